import { evalExpr, evaluate, relevantFacts, type Answers, type Catalogue, type Fact, type FactValue, type GemeindeIndex } from '../engine';

/** What the wizard needs to decide which questions to ask. */
export interface AskContext {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly gemeinden?: GemeindeIndex;
}

/** The section ids in the order the questionnaire walks them. */
export function sectionIds(catalogue: Catalogue): string[] {
  return catalogue.sections.map((s) => s.id);
}

/** The facts asked in a section, in the order of `rules/questions.yaml`. */
export function questionsOf(catalogue: Catalogue, section: string): Fact[] {
  return catalogue.facts.filter((f) => f.section === section && !f.derived_from);
}

function only(answers: Answers, facts: ReadonlySet<string>): Answers {
  const out: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(answers)) if (facts.has(k)) out[k] = v;
  return out;
}

/** The answers given in the sections before `section`. */
function answersBefore(ctx: AskContext, answers: Answers, section: string): Answers {
  const ids = sectionIds(ctx.catalogue);
  const earlier = new Set(ids.slice(0, Math.max(0, ids.indexOf(section))).flatMap((s) => questionsOf(ctx.catalogue, s).map((f) => f.id)));
  return only(answers, earlier);
}

/**
 * The questions of a section worth asking, judged on the answers of the earlier sections: a
 * question is shown when its `when` is met and its answer can still change some program's
 * status or amount (the engine's relevance).
 */
export function visibleQuestions(ctx: AskContext, answers: Answers, section: string): Fact[] {
  const before = answersBefore(ctx, answers, section);
  const evaluation = evaluate(ctx.catalogue, before, { asOf: ctx.asOf, ...(ctx.gemeinden ? { gemeinden: ctx.gemeinden } : {}) });
  const relevant = relevantFacts(ctx.catalogue, evaluation);
  const own = questionsOf(ctx.catalogue, section);
  // `when` may depend on an earlier question of the same section (gemeinnützig after the applicant).
  const seen = { ...evaluation.answers, ...only(answers, new Set(own.map((f) => f.id))) };
  return own.filter((f) => relevant.has(f.id) && shownWhen(ctx.catalogue, f, seen));
}

/**
 * The questions a section's form holds: those whose answer can still change a result. Their own
 * `when` is left to the form, which reveals a conditional question as soon as it is met there.
 */
export function askableQuestions(ctx: AskContext, answers: Answers, section: string): Fact[] {
  const before = answersBefore(ctx, answers, section);
  const relevant = relevantFacts(ctx.catalogue, evaluate(ctx.catalogue, before, { asOf: ctx.asOf, ...(ctx.gemeinden ? { gemeinden: ctx.gemeinden } : {}) }));
  return questionsOf(ctx.catalogue, section).filter((f) => relevant.has(f.id));
}

/** A question's own condition (`when`): shown once it is met, like a conditional reveal. */
export function shownWhen(catalogue: Catalogue, fact: Fact, answers: Answers): boolean {
  return !fact.when || evalExpr(fact.when, answers, catalogue) === 'met';
}

/**
 * Keeps only the answers of questions that are still asked, section by section, so answers of
 * questions that became irrelevant never reach the evaluation.
 */
export function pruneAnswers(ctx: AskContext, answers: Answers): Answers {
  let kept: Answers = {};
  for (const section of sectionIds(ctx.catalogue)) {
    const own = only(answers, new Set(questionsOf(ctx.catalogue, section).map((f) => f.id)));
    const visible = new Set(visibleQuestions(ctx, { ...kept, ...own }, section).map((f) => f.id));
    kept = { ...kept, ...only(answers, visible) };
  }
  return kept;
}

/** The facts a section asks, to replace a section's answers as a whole on submit. */
export function factIdsOf(catalogue: Catalogue, section: string): Set<string> {
  return new Set(questionsOf(catalogue, section).map((f) => f.id));
}
