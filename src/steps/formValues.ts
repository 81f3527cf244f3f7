// zod's mini build keeps the app's first load small; the schema is the same.
import * as z from 'zod/mini';
import type { Answers, Fact, FactValue } from '../engine';
import { formatEuro, parseEuro } from '../ui/money';

/** What the inputs of a step hold: text, a choice, or a list of choices. */
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

/** An answer as the form shows it again (when going back or editing from the review). */
export function toFormValue(fact: Fact, answer: FactValue | undefined): FormValue {
  switch (fact.input) {
    case 'checkboxes':
      return Array.isArray(answer) ? [...answer] : [];
    case 'yes_no':
      return answer === true ? 'ja' : answer === false ? 'nein' : '';
    case 'money':
      return typeof answer === 'number' ? formatEuro(answer, 'de').replace(/\s?€$/, '') : '';
    case 'number':
      return typeof answer === 'number' ? String(answer) : '';
    default:
      return typeof answer === 'string' ? answer : '';
  }
}

export function toFormValues(facts: readonly Fact[], answers: Answers): FormValues {
  return Object.fromEntries(facts.map((f) => [f.id, toFormValue(f, answers[f.id])]));
}

/** Error codes; the step page turns them into sentences naming the question. */
export type FieldError = 'required' | 'money' | 'number' | 'range' | 'date' | 'choice';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Converts one form value to an answer (undefined = not answered), or says what is wrong. */
export function fromFormValue(fact: Fact, value: FormValue | undefined): { answer?: FactValue; error?: FieldError } {
  const text = typeof value === 'string' ? value.trim() : '';
  const values = fact.values?.map((v) => v.id) ?? [];
  const empty = (): { error?: FieldError } => (fact.required ? { error: 'required' } : {});
  switch (fact.input) {
    case 'checkboxes': {
      const list = Array.isArray(value) ? value.filter((v) => values.includes(v)) : [];
      return list.length ? { answer: list } : empty();
    }
    case 'yes_no':
      return text === 'ja' ? { answer: true } : text === 'nein' ? { answer: false } : text === 'offen' ? {} : empty();
    case 'radio':
      if (!text) return empty();
      return values.includes(text) ? { answer: text } : { error: 'choice' };
    case 'money': {
      const r = parseEuro(text);
      if (!r.ok) return { error: 'money' };
      return r.value === undefined ? empty() : { answer: r.value };
    }
    case 'number': {
      if (!text) return empty();
      if (!/^\d+$/.test(text)) return { error: 'number' };
      const n = Number(text);
      const inRange = (fact.min === undefined || n >= fact.min) && (fact.max === undefined || n <= fact.max);
      return inRange ? { answer: n } : { error: 'range' };
    }
    case 'date':
      if (!text) return empty();
      return DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? { answer: text } : { error: 'date' };
    case 'gemeinde':
      if (!text) return empty();
      return /^08\d{6}$/.test(text) ? { answer: text } : { error: 'choice' };
    default:
      return {};
  }
}

/**
 * The zod schema of one step: it checks every shown question and turns the form values into
 * answers. Once any cost is given, the other costs count as 0 (the cost form was filled in).
 */
export function stepSchema(facts: readonly Fact[]) {
  return z.pipe(
    // Any value: an untouched radio group is null after blur (react-hook-form), which means "no answer".
    z.record(z.string(), z.unknown()),
    z.transform((values, ctx) => {
      const answers: Record<string, FactValue> = {};
      for (const f of facts) {
        const raw = values[f.id];
        const r = fromFormValue(f, typeof raw === 'string' || Array.isArray(raw) ? (raw as FormValue) : undefined);
        if (r.error) ctx.issues.push({ code: 'custom', path: [f.id], message: r.error, input: values[f.id] });
        else if (r.answer !== undefined) answers[f.id] = r.answer;
      }
      const costs = facts.filter((f) => f.input === 'money' && f.id.startsWith('kosten_'));
      if (costs.some((f) => answers[f.id] !== undefined)) for (const f of costs) answers[f.id] ??= 0;
      return answers as Answers;
    }),
  );
}
