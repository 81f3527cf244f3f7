/** The result of reading a typed amount: a whole-euro value, nothing (empty field), or not a number. */
export type EuroParse = { ok: true; value: number | undefined } | { ok: false };

/** Above this an amount is a typo, not a project budget. */
const MAX_EURO = 1e12;

// Spaces people and word processors put between digit groups: space, no-break, thin, narrow no-break.
const SPACES = /[\s\u00A0\u2007\u2009\u202F]+/g;
const CURRENCY = /^(?:€|euro|eur)\s*|\s*(?:€|euro|eur)$/gi;
// Whole euros written as "1.234,-" or "1.234,–".
const WHOLE_DASH = /,\s*[-–—]$/;
const PLAIN_DIGITS = /^\d+$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+$/;

/**
 * Reads an amount typed in German notation ("1.234,56", "1 234 €", "€ 1.234,-") and rounds it to
 * whole euros, half up. Anything that could be misread is rejected rather than guessed: negative
 * amounts, letters, more than one comma, misplaced thousand separators ("1.23.4", "1234.56"),
 * more than two decimals and amounts above 1e12.
 */
export function parseEuro(text: string): EuroParse {
  let s = text.replace(SPACES, ' ').trim();
  if (s === '') return { ok: true, value: undefined };
  s = s.replace(CURRENCY, '').trim().replace(WHOLE_DASH, '');
  const parts = s.split(',');
  if (parts.length > 2) return { ok: false };
  const [whole = '', decimals] = parts;
  if (decimals !== undefined && !/^\d{1,2}$/.test(decimals)) return { ok: false };
  if (!PLAIN_DIGITS.test(whole) && !GROUPED_DOT.test(whole) && !GROUPED_SPACE.test(whole)) return { ok: false };
  const digits = whole.replace(/[. ]/g, '').replace(/^0+(?=\d)/, '');
  // 13 digits reach 1e12; longer numbers are rejected before they can lose precision.
  if (digits.length > 13) return { ok: false };
  const cents = Number(digits) * 100 + Number((decimals ?? '0').padEnd(2, '0'));
  const value = Math.floor((cents + 50) / 100);
  return value > MAX_EURO ? { ok: false } : { ok: true, value };
}

const FORMATS = {
  de: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
};

/** A whole-euro amount as the language writes it: de "1.234 €" (no-break space), en "€1,234". */
export function formatEuro(n: number, lang: 'de' | 'en'): string {
  return FORMATS[lang].format(n);
}
