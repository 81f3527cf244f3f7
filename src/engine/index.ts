/**
 * The Förderbaukasten rules engine: pure, synchronous, deterministic and total. It reads the
 * compiled catalogue and one set of answers and says, as of a date, which programs fit, why,
 * how much money is possible and where their deadlines stand. No React, XState or i18next here.
 */

/** Evaluates every program for one set of answers, as of `options.asOf` (never `Date.now()`). */
export { evaluate, evaluateProgram } from './evaluate';
export type { CriterionResult, Evaluation, ProgramResult } from './evaluate';

/** Checks raw answers (link, file, URL, form) against the vocabulary; keeps valid, reports the rest. */
export { parseAnswers } from './answers';
export type { AnswerIssue } from './answers';

/** The smallest sets of answers that would make a program eligible. */
export { counterfactuals } from './counterfactual';
export type { Assignment } from './counterfactual';

/** The criteria the engine adds to every program (phase, purpose and cost fit), with the facts each reads. */
export { BUILTIN_CRITERIA } from './builtinCriteria';

/** The unanswered facts that can still change a status or amount. */
export { relevantFacts } from './relevance';

/** The amount range of a program for this project's costs (unknown stays `null`). */
export { amountFor, costOf } from './amounts';
export type { AmountNote, AmountResult } from './amounts';

/** Deadline state and validity of a program as of a date. */
export { deadlineAt, validityAt } from './deadlines';
export type { DeadlineJudge, DeadlineState } from './deadlines';

/** Facts that follow from `ags` (population, Kreis, Gemeindetyp), and the Gemeinde table. */
export { deriveFacts } from './derive';
export { indexGemeinden, parseGemeindenCsv } from './gemeinden';

/** Three-valued evaluation of one rule expression, and the facts it reads. */
export { evalExpr, factsOf } from './expr';

/** The financing plan: the best permissible combination of programs over the cost items. */
export { isOpenAmount, MAX_PLAN_ITEMS, planFinancing } from './plan/plan';
export type { LeftOut, Plan, PlannedProgram, PlanVariant } from './plan/plan';
export { defaultItems } from './plan/build';
export type { PlanOptions, SetAside } from './plan/build';
export type { Allocation, CostItem } from './plan/solve';

export { COST_TYPES, costFact } from './costTypes';
export type { CostType } from './costTypes';
export type {
  Answers,
  Catalogue,
  EvaluateOptions,
  Fact,
  FactValue,
  Gemeinde,
  GemeindeIndex,
  Program,
  ProgramSource,
  Relation,
  Status,
  Truth,
} from './types';
