import type { Answers, Catalogue, Fact, FactValue } from './types';

/** Why one answer was not taken. */
export interface AnswerIssue {
  readonly fact: string;
  readonly reason: 'unknown_fact' | 'wrong_type' | 'unknown_value' | 'out_of_range';
  /** What would have been accepted, for the message. */
  readonly expected: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists (no 30 February). */
export const isRealDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function accept(fact: Fact, raw: unknown): { value?: FactValue; issue?: AnswerIssue['reason']; expected: string } {
  const values = fact.values?.map((v) => v.id) ?? [];
  const inRange = (n: number) => (fact.min === undefined || n >= fact.min) && (fact.max === undefined || n <= fact.max);
  switch (fact.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw, expected: 'true or false' } : { issue: 'wrong_type', expected: 'true or false' };
    case 'enum': {
      const expected = `one of ${values.join(', ')}`;
      if (typeof raw !== 'string') return { issue: 'wrong_type', expected };
      return values.includes(raw) ? { value: raw, expected } : { issue: 'unknown_value', expected };
    }
    case 'set': {
      const expected = `a list of ${values.join(', ')}`;
      if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'string')) return { issue: 'wrong_type', expected };
      if (!raw.every((x) => values.includes(x))) return { issue: 'unknown_value', expected };
      return { value: [...new Set(raw as string[])], expected };
    }
    case 'integer':
    case 'money': {
      const expected = fact.type === 'money' ? 'whole euros ≥ 0' : 'a whole number';
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) return { issue: 'wrong_type', expected };
      if (fact.type === 'money' && raw < 0) return { issue: 'out_of_range', expected };
      return inRange(raw) ? { value: raw, expected } : { issue: 'out_of_range', expected };
    }
    case 'date': {
      const expected = 'a date YYYY-MM-DD';
      const ok = typeof raw === 'string' && isRealDate(raw);
      return ok ? { value: raw, expected } : { issue: 'wrong_type', expected };
    }
    case 'ags': {
      // 8 digits for a Gemeinde, 5 for a Kreis (kreis_ags).
      const expected = 'a Gemeindeschlüssel of Baden-Württemberg as text, e.g. "08116036" (Kreis: "08116")';
      return typeof raw === 'string' && /^08\d{3}(\d{3})?$/.test(raw) ? { value: raw, expected } : { issue: 'wrong_type', expected };
    }
  }
}

/**
 * Checks raw answers (from a link, file, URL or form) against the vocabulary. Valid answers are
 * kept, invalid ones dropped and reported; never throws, whatever it is given.
 */
export function parseAnswers(catalogue: Catalogue, raw: unknown): { answers: Answers; issues: AnswerIssue[] } {
  const answers: Record<string, FactValue> = {};
  const issues: AnswerIssue[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { answers, issues };
  const byId = new Map(catalogue.facts.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(raw)) {
    const fact = byId.get(id);
    if (!fact) {
      issues.push({ fact: id, reason: 'unknown_fact', expected: 'a fact of the vocabulary' });
      continue;
    }
    const r = accept(fact, value);
    if (r.value !== undefined) answers[id] = r.value;
    else issues.push({ fact: id, reason: r.issue!, expected: r.expected });
  }
  return { answers, issues };
}
