/** Dates, money and shares as the results show them; German is the reference. */

export type Lang = 'de' | 'en';

/** The language of the results for an i18next language tag. */
export function langOf(language: string | undefined): Lang {
  return language?.startsWith('en') ? 'en' : 'de';
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "2026-08-14" → "14.08.2026" (de) or "14 Aug 2026" (en); anything else is shown as given. */
export function formatDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : dateFormats[lang].format(new Date(time));
}

/** A source's Stand: a date as a date, "o. D." (the source shows none) in words. */
export function formatStand(stand: string, lang: Lang, t: Translate): string {
  return stand.trim() === 'o. D.' ? t('results.sources.undated') : formatDate(stand, lang);
}

const moneyFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
};

/** Whole euros: "20.000 €" (de) or "€20,000" (en); parts of a euro are cut off, never rounded up. */
export function formatMoney(euro: number, lang: Lang): string {
  return moneyFormats[lang].format(Math.floor(euro));
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A plain number: "80.000" (de) or "80,000" (en). */
export function formatNumber(n: number, lang: Lang): string {
  return numberFormats[lang].format(n);
}

/** A share 0.6 → "60 %" (de) or "60%" (en). */
export function formatShare(share: number, lang: Lang): string {
  const pct = numberFormats[lang].format(Math.round(share * 1000) / 10);
  return lang === 'de' ? `${pct}\u00a0%` : `${pct}%`;
}

/** The part of i18next's `t` the pure helpers need; tests pass the real one. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
