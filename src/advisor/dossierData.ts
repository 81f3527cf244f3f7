import { relevantFacts, type Answers, type Catalogue, type Evaluation, type Fact, type GemeindeIndex } from '../engine';
import { shownWhen, visibleQuestions } from '../wizard/questions';

/** The answered questions of each section, in questionnaire order (sections without answers left out). */
export function answeredSections(catalogue: Catalogue, asOf: string, answers: Answers, gemeinden?: GemeindeIndex): { id: string; title: Catalogue['sections'][number]['title']; facts: Fact[] }[] {
  const ask = { catalogue, asOf, ...(gemeinden ? { gemeinden } : {}) };
  return catalogue.sections
    .map((s) => ({ id: s.id, title: s.title, facts: visibleQuestions(ask, answers, s.id).filter((f) => answers[f.id] !== undefined) }))
    .filter((s) => s.facts.length > 0);
}

/**
 * The open questions: questions not yet answered whose answer can still change a program's status
 * or amount (the engine's relevance), as the questionnaire would ask them.
 */
export function openQuestions(catalogue: Catalogue, evaluation: Evaluation): Fact[] {
  const relevant = relevantFacts(catalogue, evaluation);
  return catalogue.facts.filter(
    (f) => relevant.has(f.id) && f.question !== undefined && f.section !== undefined && !f.derived_from && shownWhen(catalogue, f, evaluation.answers),
  );
}
