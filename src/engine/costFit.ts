import { tiersFor, type AmountResult } from './amounts';
import { COST_TYPES, costFact } from './costTypes';
import type { Answers, Catalogue, Program, Truth } from './types';

type Text = { readonly de: string; readonly en: string };

const euro = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const money = (n: number, lang: 'de' | 'en') => (lang === 'de' ? `${euro.format(n)} €` : `€${n.toLocaleString('en-GB')}`);

function costLabels(p: Program, catalogue: Catalogue, lang: 'de' | 'en'): string {
  if (p.amount === 'none') return '';
  const names = p.amount.cost_types.map((t) => catalogue.facts.find((f) => f.id === costFact(t))?.question?.[lang] ?? t);
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(names);
}

export interface CostCriterion {
  readonly id: 'foerderfaehige-kosten' | 'mindestbetrag';
  readonly result: Truth;
  readonly text: Text;
}

/** The smallest grant of the tiers that can apply, where a source states one. */
function minimumGrant(p: Program, answers: Answers, catalogue: Catalogue): number | null {
  if (p.amount === 'none') return null;
  const tiers = tiersFor(p.amount, answers, catalogue).tiers;
  if (tiers.length === 0) return null;
  const mins = tiers.map((t) => (typeof t.min === 'number' && t.fixed === undefined && !t.per_unit ? t.min : 0));
  const m = Math.min(...mins);
  return m > 0 ? m : null;
}

/**
 * One card, one truth: a program that pays only some cost types does not fit a project without
 * such costs, and one with a minimum grant does not fit a project too small to reach it.
 * Open while the costs are unknown, so answering them never turns "passt" into "passt nicht".
 */
export function costFit(p: Program, amount: AmountResult, answers: Answers, catalogue: Catalogue): CostCriterion[] {
  if (p.amount === 'none' || amount.kind !== 'money') return [];
  const out: CostCriterion[] = [];
  const restricted = p.amount.cost_types.length < COST_TYPES.length;
  // Decided only on what is known: a cost type not yet answered may still bring costs.
  const given = p.amount.cost_types.map((t) => answers[costFact(t)]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  const complete = given.length === p.amount.cost_types.length;
  const anyPositive = given.some((v) => v > 0);
  // Met once the project has costs of a type the program pays; failed once all those types are answered with 0.
  const hasCosts: Truth = anyPositive ? 'met' : complete ? 'failed' : 'unknown';
  if (restricted) {
    const text = {
      de: `Bezahlt nur: ${costLabels(p, catalogue, 'de')}.`,
      en: `Pays only: ${costLabels(p, catalogue, 'en')}.`,
    };
    out.push({ id: 'foerderfaehige-kosten', result: hasCosts, text });
  }
  const min = minimumGrant(p, answers, catalogue);
  if (min !== null && !(restricted && hasCosts === 'failed')) {
    // Below the minimum only when every tier that may apply is (max 0) and no cost type is still open.
    const below = complete && amount.notes.includes('below_minimum') && amount.max === 0;
    const text = {
      de: `Die Förderung beträgt mindestens ${money(min, 'de')}; dafür müssen die förderfähigen Kosten groß genug sein.`,
      en: `The grant is at least ${money(min, 'en')}; the eligible costs must be large enough for that.`,
    };
    // Reached once no tier that may apply is below its minimum: more costs only add.
    const reached = amount.eligibleCost !== null && !amount.notes.includes('below_minimum');
    const result: Truth = below ? (amount.uncertain ? 'unknown' : 'failed') : reached ? 'met' : 'unknown';
    out.push({ id: 'mindestbetrag', result, text });
  }
  return out;
}
