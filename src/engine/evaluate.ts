import { amountFor, type AmountResult } from './amounts';
import { deadlineAt, validityAt, type DeadlineState } from './deadlines';
import { deriveFacts } from './derive';
import { costFit } from './costFit';
import { evalExpr } from './expr';
import { purposeFit, purposeMismatchText, purposeText } from './purpose';
import type { Answers, Catalogue, Criterion, EvaluateOptions, Program, ProgramSource, Status, Truth } from './types';

/** One criterion as judged for these answers, with its text and resolved source. */
export interface CriterionResult {
  readonly id: string;
  readonly result: Truth;
  readonly text: Criterion['text'];
  readonly source: ProgramSource & { readonly section?: string };
  readonly uncertain?: Criterion['uncertain'];
}

/** Everything the app shows for one program. */
export interface ProgramResult {
  readonly id: string;
  readonly status: Status;
  readonly met: readonly CriterionResult[];
  readonly failed: readonly CriterionResult[];
  readonly open: readonly CriterionResult[];
  readonly amount: AmountResult;
  readonly deadline: DeadlineState;
  /** `ended`: closed with no new entry; such a program is never eligible. */
  readonly validity: 'current' | 'ended' | 'not_yet';
  /** Past its review-by date: possibly outdated. */
  readonly stale: boolean;
}

export interface Evaluation {
  readonly asOf: string;
  readonly answers: Answers;
  readonly programs: readonly ProgramResult[];
}

// Memoised per program and date: both are pure functions of immutable catalogue data.
const deadlineCache = new WeakMap<Program, Map<string, DeadlineState>>();
function cachedDeadline(p: Program, asOf: string): DeadlineState {
  let byDate = deadlineCache.get(p);
  if (!byDate) deadlineCache.set(p, (byDate = new Map()));
  let d = byDate.get(asOf);
  if (!d) byDate.set(asOf, (d = deadlineAt(p, asOf)));
  return d;
}

/** Deadlines that hold only for some applicants (`when`) depend on the answers; the others are cached. */
function deadlineFor(p: Program, asOf: string, answers: Answers, catalogue: Catalogue): DeadlineState {
  const conditional = p.deadlines.dates?.some((d) => d.when) || p.deadlines.recurring?.some((r) => r.when);
  return conditional ? deadlineAt(p, asOf, (e) => evalExpr(e, answers, catalogue)) : cachedDeadline(p, asOf);
}

type ResolvedSource = CriterionResult['source'];
const sourceCache = new WeakMap<Criterion, ResolvedSource>();
function sourceOf(c: Criterion, p: Program): ResolvedSource {
  let s = sourceCache.get(c);
  if (!s) {
    const source = p.sources.find((x) => x.id === c.source.ref) ?? p.sources[0]!;
    s = c.source.section ? { ...source, section: c.source.section } : source;
    sourceCache.set(c, s);
  }
  return s;
}

/** `undefined` where the criterion does not concern these answers (`applies` failed): not listed at all. */
function judge(c: Criterion, p: Program, answers: Answers, catalogue: Catalogue): CriterionResult | undefined {
  const applies = c.applies ? evalExpr(c.applies, answers, catalogue) : 'met';
  if (applies === 'failed') return undefined;
  let result = evalExpr(c.rule, answers, catalogue);
  // "applies → rule": while it is open whom the criterion concerns, a failed rule is open too.
  if (applies === 'unknown' && result === 'failed') result = 'unknown';
  if (!c.uncertain) return { id: c.id, result, text: c.text, source: sourceOf(c, p) };
  // A criterion the sources leave uncertain never rules a program out: it stays open.
  return { id: c.id, result: result === 'failed' ? 'unknown' : result, text: c.text, source: sourceOf(c, p), uncertain: c.uncertain };
}

/**
 * The project seeks money for some phases (`phasen`); a program that pays for none of them does
 * not fit. Its text is built from the phase labels of the catalogue.
 */
function phaseFit(p: Program, answers: Answers, catalogue: Catalogue): CriterionResult | undefined {
  if (p.phases.length === 0) return undefined;
  let text = phaseTexts.get(p);
  if (!text) {
    const labels = catalogue.facts.find((f) => f.id === 'phasen')?.values ?? [];
    const names = (lang: 'de' | 'en') => p.phases.map((id) => labels.find((v) => v.id === id)?.label[lang] ?? id).join(', ');
    text = { de: `Fördert diese Phasen: ${names('de')}.`, en: `Funds these phases: ${names('en')}.` };
    phaseTexts.set(p, text);
  }
  const wanted = answers.phasen;
  let result: Truth = 'unknown';
  if (Array.isArray(wanted)) {
    result = 'failed';
    for (const x of p.phases) if (wanted.includes(x)) result = 'met';
  }
  return { id: 'phasen', result, text, source: phaseSource(p) };
}
const phaseTexts = new WeakMap<Program, { de: string; en: string }>();
const costSources = new WeakMap<Program, ResolvedSource>();
/** The source of the amount rules (first tier), where the cost types and minimum come from. */
function costSource(p: Program): ResolvedSource {
  let s = costSources.get(p);
  if (!s) {
    const ref = p.amount === 'none' ? undefined : p.amount.tiers[0]?.source;
    const source = p.sources.find((x) => x.id === ref?.ref) ?? p.sources[0]!;
    costSources.set(p, (s = { ...source, section: ref?.section ?? 'Förderung' }));
  }
  return s;
}
const phaseSources = new WeakMap<Program, ResolvedSource>();
function phaseSource(p: Program): ResolvedSource {
  let s = phaseSources.get(p);
  if (!s) phaseSources.set(p, (s = { ...p.sources[0]!, section: 'Phasen' }));
  return s;
}

/** The built-in purpose fit: does the project do what the program funds (`massnahmen`)? */
function purposeCriterion(p: Program, answers: Answers, catalogue: Catalogue): CriterionResult | undefined {
  const result = purposeFit(p, answers);
  if (result === undefined || !p.massnahmen) return undefined;
  const given = answers.massnahmen;
  const text = result === 'failed' && Array.isArray(given) ? purposeMismatchText(p, catalogue, given) : purposeText(p, catalogue);
  const ref = p.massnahmen.source;
  const source = p.sources.find((x) => x.id === ref.ref) ?? p.sources[0]!;
  const uncertain = p.massnahmen.uncertain;
  return {
    id: 'massnahmen',
    // An uncertain purpose never rules a program out (as for any uncertain criterion).
    result: uncertain && result === 'failed' ? 'unknown' : result,
    text,
    source: ref.section ? { ...source, section: ref.section } : source,
    ...(uncertain ? { uncertain } : {}),
  };
}

/** Evaluates one program (answers already derived). */
export function evaluateProgram(p: Program, answers: Answers, catalogue: Catalogue, asOf: string): ProgramResult {
  const met: CriterionResult[] = [];
  const failed: CriterionResult[] = [];
  const open: CriterionResult[] = [];
  const sort = (r: CriterionResult | undefined) => {
    if (r) (r.result === 'met' ? met : r.result === 'failed' ? failed : open).push(r);
  };
  sort(purposeCriterion(p, answers, catalogue));
  for (const c of p.criteria) sort(judge(c, p, answers, catalogue));
  sort(phaseFit(p, answers, catalogue));
  const amount = amountFor(p, answers, catalogue);
  for (const c of costFit(p, amount, answers, catalogue)) sort({ ...c, source: costSource(p) });
  const validity = validityAt(p, asOf);
  const status: Status = failed.length || validity !== 'current' ? 'ineligible' : open.length ? 'unknown' : 'eligible';
  return {
    id: p.id,
    status,
    met,
    failed,
    open,
    amount,
    deadline: deadlineFor(p, asOf, answers, catalogue),
    validity,
    stale: p.review_by < asOf,
  };
}

/**
 * Evaluates every program of the catalogue for one set of answers, as of `options.asOf`.
 * Pure, synchronous and total: any answers object gets a result, never an exception.
 */
export function evaluate(catalogue: Catalogue, answers: Answers, options: EvaluateOptions): Evaluation {
  const safe = typeof answers === 'object' && answers !== null ? answers : {};
  const derived = deriveFacts(safe, options.gemeinden, catalogue);
  return {
    asOf: options.asOf,
    answers: derived,
    programs: catalogue.programs.map((p) => evaluateProgram(p, derived, catalogue, options.asOf)),
  };
}
