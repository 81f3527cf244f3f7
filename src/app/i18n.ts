import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import advisorDe from '../advisor/locales/de.json';
import advisorEn from '../advisor/locales/en.json';
import appDe from './locales/de.json';
import appEn from './locales/en.json';
import planDe from '../plan/locales/de.json';
import planEn from '../plan/locales/en.json';
import resultsDe from '../results/locales/de.json';
import resultsEn from '../results/locales/en.json';
import stepsDe from '../steps/locales/de.json';
import stepsEn from '../steps/locales/en.json';
import uiDe from '../ui/locales/de.json';
import uiEn from '../ui/locales/en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each area keeps its texts beside its code; every file has its own top-level keys. */
export const RESOURCES = {
  de: { ...appDe, ...uiDe, ...stepsDe, ...resultsDe, ...planDe, ...advisorDe },
  en: { ...appEn, ...uiEn, ...stepsEn, ...resultsEn, ...planEn, ...advisorEn },
};

/** German is the default and the reference; English mirrors every key. */
export function initI18n(lng: Language = 'de') {
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'de',
    resources: { de: { translation: RESOURCES.de }, en: { translation: RESOURCES.en } },
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
