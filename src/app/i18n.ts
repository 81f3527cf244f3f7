import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** German is the default and the reference; English mirrors every key. */
export function initI18n(lng: Language = 'de') {
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'de',
    resources: { de: { translation: de }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** The language asked for by `?lang=`, if it is one we speak. */
export function languageFromUrl(search: string): Language | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return LANGUAGES.find((l) => l === lang);
}
