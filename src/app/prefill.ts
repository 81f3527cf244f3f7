import { isControlParameter } from '../embed/parameters';
import { parseAnswers, type Answers, type Catalogue } from '../engine';

/**
 * Answers given as query parameters (`?antragsteller=gemeinde&ags=08116036&phasen=beteiligung,umsetzung`),
 * checked like typed answers. Invalid or unknown ones are ignored and named, for a visible notice.
 */
export function prefillFromQuery(catalogue: Catalogue, search: string): { answers: Answers; ignored: string[] } {
  const params = new URLSearchParams(search);
  const raw: Record<string, unknown> = {};
  for (const [key, text] of params) {
    if (isControlParameter(key)) continue;
    const fact = catalogue.facts.find((f) => f.id === key);
    if (!fact) raw[key] = text;
    else if (fact.type === 'boolean') raw[key] = ['true', 'ja', 'yes', '1'].includes(text) ? true : ['false', 'nein', 'no', '0'].includes(text) ? false : text;
    else if (fact.type === 'set') raw[key] = text.split(',').map((s) => s.trim()).filter(Boolean);
    else if (fact.type === 'integer' || fact.type === 'money') raw[key] = /^\d+$/.test(text) ? Number(text) : text;
    else raw[key] = text;
  }
  const { answers, issues } = parseAnswers(catalogue, raw);
  return { answers, ignored: issues.map((i) => i.fact) };
}
