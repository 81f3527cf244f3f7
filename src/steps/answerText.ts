import type { Fact, FactValue } from '../engine';
import { formatEuro } from '../ui/money';
import { localized } from '../ui/localized';

/** An answer in words, for the review page: value labels, Ja/Nein, euros, dates. */
export function answerText(fact: Fact, value: FactValue, lang: string, yesNo: { yes: string; no: string }, gemeindeName?: string): string {
  const label = (id: string) => {
    const v = fact.values?.find((x) => x.id === id);
    return v ? localized(v.label, lang) : id;
  };
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (typeof value === 'object') return value.map(label).join(', ');
  if (typeof value === 'number') return fact.type === 'money' ? formatEuro(value, lang.startsWith('en') ? 'en' : 'de') : value.toLocaleString(lang);
  if (fact.type === 'date') return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  if (fact.type === 'ags') return gemeindeName ?? value;
  return label(value as string);
}
