import { BUILTIN_CRITERIA } from './builtinCriteria';
import { COST_TYPES, costFact } from './costTypes';
import type { Evaluation } from './evaluate';
import { factsOf } from './expr';
import type { Catalogue } from './types';

/**
 * The unanswered facts whose answer can still change some program's status or amount.
 * An ineligible program stays ineligible whatever else is answered (a failed criterion cannot
 * be undone by more answers), so only programs that are eligible or unknown count.
 */
export function relevantFacts(catalogue: Catalogue, evaluation: Evaluation): Set<string> {
  const answered = (f: string) => Object.hasOwn(evaluation.answers, f);
  const relevant = new Set<string>();
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  for (const result of evaluation.programs) {
    if (result.status === 'ineligible') continue;
    for (const c of result.open) {
      const criterion = byId.get(result.id)!.criteria.find((x) => x.id === c.id);
      // Phase, purpose and cost fit are built in (evaluate.ts), not rules of the program file.
      if (!criterion) for (const f of BUILTIN_CRITERIA[c.id] ?? [c.id]) relevant.add(f);
      else {
        for (const f of factsOf(criterion.rule, catalogue)) relevant.add(f);
        if (criterion.applies) for (const f of factsOf(criterion.applies, catalogue)) relevant.add(f);
      }
    }
    const amount = byId.get(result.id)!.amount;
    if (amount !== 'none') {
      // Costs decide every money amount; the applicant decides which tier applies.
      for (const t of COST_TYPES) relevant.add(costFact(t));
      if (amount.tiers.some((t) => t.applicants)) relevant.add('antragsteller');
      for (const t of amount.tiers) if (t.per_unit) relevant.add(t.per_unit.fact);
    }
  }
  for (const f of catalogue.facts) {
    if (f.derived_from && relevant.has(f.id)) for (const d of f.derived_from) relevant.add(d);
  }
  return new Set([...relevant].filter((f) => !answered(f)));
}
