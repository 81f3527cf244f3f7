import { tiersFor, type AmountResult } from './amounts';
import { COST_TYPES, costFact } from './costTypes';
import type { Answers, Catalogue, Program, Truth } from './types';

type Text = { readonly de: string; readonly en: string };
type MoneyAmount = Extract<AmountResult, { kind: 'money' }>;

/** The criteria the engine adds to every program (never written in a program file), and the facts each reads. */
export const BUILTIN_CRITERIA: Readonly<Record<string, readonly string[]>> = {
  phasen: ['phasen'],
  massnahmen: ['massnahmen'],
  'foerderfaehige-kosten': COST_TYPES.map(costFact),
  mindestbetrag: COST_TYPES.map(costFact),
};

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
  const cost = amount.eligibleCost;
  if (restricted) {
    const text = {
      de: `Bezahlt nur: ${costLabels(p, catalogue, 'de')}.`,
      en: `Pays only: ${costLabels(p, catalogue, 'en')}.`,
    };
    out.push({ id: 'foerderfaehige-kosten', result: cost === null ? 'unknown' : cost > 0 ? 'met' : 'failed', text });
  }
  const min = minimumGrant(p, answers, catalogue);
  if (min !== null && !(restricted && cost === 0)) {
    const below = (amount as MoneyAmount).notes.includes('below_minimum');
    const text = {
      de: `Die Förderung beträgt mindestens ${money(min, 'de')}; dafür müssen die förderfähigen Kosten groß genug sein.`,
      en: `The grant is at least ${money(min, 'en')}; the eligible costs must be large enough for that.`,
    };
    const result: Truth = cost === null ? 'unknown' : below ? (amount.uncertain ? 'unknown' : 'failed') : 'met';
    out.push({ id: 'mindestbetrag', result, text });
  }
  return out;
}
