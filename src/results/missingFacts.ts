import { BUILTIN_CRITERIA, evalExpr, factsOf, type Answers, type Catalogue, type Fact, type Program, type Status } from '../engine';

/**
 * The questions whose answer is missing for an open criterion, in questionnaire order: facts
 * the criterion reads (a derived fact by the fact it comes from, `einwohner` by `ags`), not yet
 * answered, and asked in the current situation. Built-in criteria (phase, purpose, cost fit) read the facts `BUILTIN_CRITERIA` names.
 */
export function missingQuestions(catalogue: Catalogue, program: Program, criterionId: string, answers: Answers, status: Status = 'unknown'): Fact[] {
  // A program the engine has ruled out stays so whatever else is answered; the questionnaire does
  // not ask for its missing facts (engine relevance), so there is nothing to link to.
  if (status === 'ineligible') return [];
  const criterion = program.criteria.find((c) => c.id === criterionId);
  const read = criterion ? factsOf(criterion.rule, catalogue) : new Set(BUILTIN_CRITERIA[criterionId] ?? [criterionId]);
  const byId = new Map(catalogue.facts.map((f) => [f.id, f]));
  const wanted = new Set<string>();
  for (const id of read) for (const source of byId.get(id)?.derived_from ?? [id]) wanted.add(source);
  return catalogue.facts.filter(
    (f) =>
      wanted.has(f.id) &&
      f.section !== undefined &&
      f.question !== undefined &&
      !f.derived_from &&
      answers[f.id] === undefined &&
      (!f.when || evalExpr(f.when, answers, catalogue) === 'met'),
  );
}
