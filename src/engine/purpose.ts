import type { Answers, Catalogue, Program, Truth } from './types';

type Text = { readonly de: string; readonly en: string };

const listFormat = { de: new Intl.ListFormat('de', { type: 'disjunction' }), en: new Intl.ListFormat('en', { type: 'disjunction' }) };
const andFormat = { de: new Intl.ListFormat('de', { type: 'conjunction' }), en: new Intl.ListFormat('en', { type: 'conjunction' }) };

function labelsOf(catalogue: Catalogue, ids: readonly string[], lang: 'de' | 'en'): string[] {
  const values = catalogue.facts.find((f) => f.id === 'massnahmen')?.values ?? [];
  return ids.map((id) => values.find((v) => v.id === id)?.label[lang] ?? id);
}

const texts = new WeakMap<Program, Text>();

/** "Fördert: A, B oder C." – the purpose as the catalogue's labels word it, or as the program file words it. */
export function purposeText(p: Program, catalogue: Catalogue): Text {
  let text = texts.get(p);
  if (!text) {
    const own = p.massnahmen?.text;
    const names = (lang: 'de' | 'en') => listFormat[lang].format(labelsOf(catalogue, p.massnahmen?.funds ?? [], lang));
    text = own ?? { de: `Fördert: ${names('de')}.`, en: `Funds: ${names('en')}.` };
    texts.set(p, text);
  }
  return text;
}

/**
 * Why the purpose does not fit, in words: "Fördert: A oder B. Ihr Vorhaben nennt nichts davon, sondern: C und D."
 * Built from the answers, so it names what the project does.
 */
export function purposeMismatchText(p: Program, catalogue: Catalogue, given: readonly string[]): Text {
  const base = purposeText(p, catalogue);
  // An ill-typed answer (a number in the list) is not named; the engine never throws.
  const words = given.filter((x): x is string => typeof x === 'string');
  const named = (lang: 'de' | 'en') => andFormat[lang].format(labelsOf(catalogue, words, lang));
  return {
    de: `${base.de} Ihr Vorhaben nennt nichts davon, sondern: ${named('de')}.`,
    en: `${base.en} Your project names none of these, but: ${named('en')}.`,
  };
}

/** Met when the project names a Maßnahme the program funds; unknown while `massnahmen` is unanswered. */
export function purposeFit(p: Program, answers: Answers): Truth | undefined {
  if (!p.massnahmen) return undefined;
  const given = answers.massnahmen;
  if (!Array.isArray(given)) return 'unknown';
  for (const x of p.massnahmen.funds) if (given.includes(x)) return 'met';
  return 'failed';
}
