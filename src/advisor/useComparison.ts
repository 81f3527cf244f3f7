import { useMemo } from 'react';
import { evaluate, type Answers, type Catalogue, type CostItem, type Evaluation, type GemeindeIndex } from '../engine';
import type { Variant } from '../wizard/wizard.machine';
import { sideOf, type Side } from './compare';

export interface Comparison {
  readonly labels: readonly [string, string];
  readonly sides: readonly [Side, Side];
  readonly answers: readonly [Answers, Answers];
}

/** The kept variant and the current answers, each judged as of today and planned. */
export function useComparison(
  catalogue: Catalogue,
  asOf: string,
  variant: Variant | undefined,
  evaluation: Evaluation,
  plan: { items?: readonly CostItem[] | undefined; pinned: readonly string[]; excluded: readonly string[] },
  currentLabel: string,
  gemeinden?: GemeindeIndex,
): Comparison | undefined {
  const { items, pinned, excluded } = plan;
  return useMemo(() => {
    if (!variant) return undefined;
    const c = variant.consultation;
    const before = evaluate(catalogue, c.answers, { asOf, ...(gemeinden ? { gemeinden } : {}) });
    return {
      labels: [variant.label, currentLabel],
      sides: [sideOf(catalogue, before, { items: c.planItems, pinned: c.pinned, excluded: c.excluded }), sideOf(catalogue, evaluation, { items, pinned, excluded })],
      answers: [c.answers, evaluation.answers],
    };
  }, [catalogue, asOf, variant, evaluation, items, pinned, excluded, currentLabel, gemeinden]);
}
