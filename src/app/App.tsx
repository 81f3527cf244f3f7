import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ProgramOverview } from '../ui/ProgramOverview';
import { useCatalogue } from './useCatalogue';

/** The app frame: header with language switch, one h1 per screen, the honest-data footer. */
export function App() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const catalogue = useCatalogue();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <p className="site-name">{t('app.siteName')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          {t('app.title')}
        </h1>
        <p className="lead">{t('start.lead')}</p>
        <p>{t('start.privacy')}</p>
        {catalogue ? (
          <ProgramOverview catalogue={catalogue} />
        ) : (
          <p role="status" aria-busy="true">
            {t('app.loading')}
          </p>
        )}
      </main>
      <footer className="site-footer">
        <p>
          <strong>{t('disclaimer')}</strong>
        </p>
        {catalogue ? <p>{t('footer.stand', { stand: catalogue.stand, version: catalogue.version })}</p> : null}
        <p>{t('footer.population')}</p>
      </footer>
    </>
  );
}
