import type { Answers, Assignment, Catalogue, Fact, FactValue } from '../engine';
import { formatDate, formatMoney, formatNumber, type Lang, type Translate } from './format';

function list(values: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(values);
}

function label(fact: Fact | undefined, id: string, lang: Lang): string {
  return fact?.values?.find((v) => v.id === id)?.label[lang] ?? id;
}

/** One answer in words: Ja/Nein, value labels, formatted numbers and dates. */
export function valueText(fact: Fact | undefined, value: FactValue, current: FactValue | undefined, lang: Lang, t: Translate): string {
  if (typeof value === 'boolean') return value ? t('results.hint.yes') : t('results.hint.no');
  if (typeof value === 'number') return fact?.type === 'money' ? formatMoney(value, lang) : formatNumber(value, lang);
  if (typeof value === 'string') return fact?.type === 'date' ? formatDate(value, lang) : label(fact, value, lang);
  const names = (ids: readonly string[]) => list(ids.map((id) => label(fact, id, lang)), lang);
  if (!Array.isArray(current) || current.length === 0) return names(value);
  // A set that was answered: say what to add and what to leave out.
  const added = value.filter((v) => !current.includes(v));
  const removed = (current as readonly string[]).filter((v) => !value.includes(v));
  const parts = [
    ...(added.length ? [t('results.hint.added', { values: names(added) })] : []),
    ...(removed.length ? [t('results.hint.removed', { values: names(removed) })] : []),
  ];
  return parts.length ? parts.join('; ') : names(value);
}

/** "Wirkt ein zivilgesellschaftlicher Partner mit (…)? Ja": the fact's question and the answer. */
export function answerText(catalogue: Catalogue, factId: string, value: FactValue, answers: Answers, lang: Lang, t: Translate): string {
  const fact = catalogue.facts.find((f) => f.id === factId);
  const question = fact?.question?.[lang] ?? factId;
  const answer = valueText(fact, value, answers[factId], lang, t);
  return /[?:]$/.test(question) ? `${question} ${answer}` : `${question}: ${answer}`;
}

/** Each answer of a set of answers that would make a program fit, in questionnaire order. */
export function assignmentTexts(catalogue: Catalogue, assignment: Assignment, answers: Answers, lang: Lang, t: Translate): string[] {
  const order = new Map(catalogue.facts.map((f, i) => [f.id, i]));
  return Object.keys(assignment)
    .sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
    .map((f) => answerText(catalogue, f, assignment[f]!, answers, lang, t));
}
