import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEmbedding } from '../embed/startEmbedding';
import { App } from './App';
import { initI18n, languageFromUrl } from './i18n';
import './styles.css';
import './layout.css';

const i18n = initI18n(languageFromUrl(window.location.search) ?? 'de');
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

startEmbedding();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
