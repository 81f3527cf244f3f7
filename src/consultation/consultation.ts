// zod's mini build keeps the app's first load small (the app sets `jitless` before any schema runs).
import * as z from 'zod/mini';
import { COST_TYPES, parseAnswers, type Catalogue, type DeadlineState, type Evaluation, type FactValue } from '../engine';
import { isRealDate } from '../engine/answers';
import { FORMAT, VERSION, migrate } from './migrations';

export { FORMAT, VERSION };

/** Limits: anything longer or larger is rejected as a whole, with a clear error. */
export const LIMITS = {
  title: 200,
  note: 20_000,
  /** Program ids in `pinned`, `excluded`, `notes.programs` and `snapshot` (each). */
  programIds: 100,
  /**
   * Cost items of the plan. The brief allowed 50, but the planner is exact and its work grows as
   * 3^items per candidate (12 items ≈ 0.2 s on the real catalogue, 16 ≈ 4 s, 20 ≈ 40 s; beyond 31
   * its bit masks break), so a tampered file with 50 items would freeze the browser.
   */
  planItems: 12,
  /** Keys of `answers`: the vocabulary has about 30 facts; a file with hundreds is not ours. */
  answerKeys: 200,
  /** Ids (program, item, phase), catalogue version and stand, and item labels. */
  id: 64,
  label: 200,
  /** Largest cost item, in whole euros (1 trillion): sums of items stay exact integers. */
  amount: 1e12,
} as const;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

const text = (max: number) => z.string().check(z.maxLength(max));
const id = text(LIMITS.id);
const programIds = z.array(id).check(z.maxLength(LIMITS.programIds));
const fewKeys = <T extends object>(max: number) => z.refine<T>((o) => Object.keys(o).length <= max, { error: `more than ${max} entries` });

export const PlanItemSchema = z.object({
  id,
  type: z.enum(COST_TYPES),
  amount: z.int().check(z.minimum(0), z.maximum(LIMITS.amount)),
  phase: z.optional(id),
  label: z.optional(text(LIMITS.label)),
});

export const SnapshotEntrySchema = z.object({
  status: z.enum(['eligible', 'unknown', 'ineligible']),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  deadline: text(LIMITS.id),
});

/**
 * The shape of a consultation, format version 2. Answers are only checked to be an object here:
 * `validateConsultation` sends them through `parseAnswers`, which keeps the valid ones and names
 * the rest, so one bad answer never costs the whole consultation.
 */
export const ConsultationSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  /** When it was saved (ISO date-time). */
  savedAt: z.string().check(
    z.maxLength(40),
    z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { error: 'not an ISO date-time' }),
  ),
  /** The date the programs were judged as of (YYYY-MM-DD). */
  asOf: z.string().check(z.refine(isRealDate, { error: 'not a date YYYY-MM-DD' })),
  /** The catalogue it was made with; empty when not recorded (migrated from an older format). */
  catalogue: z.object({ version: id, stand: id }),
  title: z.optional(text(LIMITS.title)),
  answers: z.custom<Record<string, FactValue>>((v) => isPlainObject(v) && Object.keys(v).length <= LIMITS.answerKeys, { error: 'answers must be an object' }),
  planItems: z.optional(z.array(PlanItemSchema).check(
    z.maxLength(LIMITS.planItems),
    z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, { error: 'duplicate item ids' }),
  )),
  pinned: programIds,
  excluded: programIds,
  notes: z.object({
    general: text(LIMITS.note),
    programs: z.record(id, text(LIMITS.note)).check(fewKeys(LIMITS.programIds)),
  }),
  /** Status, amount and deadline per program when saved, to say what changed since. */
  snapshot: z.optional(z.record(id, SnapshotEntrySchema).check(fewKeys(LIMITS.programIds))),
});

export type Consultation = z.infer<typeof ConsultationSchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
export type SnapshotEntry = z.infer<typeof SnapshotEntrySchema>;
export type Snapshot = Record<string, SnapshotEntry>;

export type ConsultationError = 'not_json' | 'not_a_consultation' | 'unsupported_version' | 'invalid';
export type ConsultationResult =
  | { readonly ok: true; readonly consultation: Consultation; readonly dropped: string[] }
  | { readonly ok: false; readonly error: ConsultationError; readonly detail?: string };

/** A new consultation: no answers, no notes. `now` gives `savedAt` (default: the clock). */
export function emptyConsultation(catalogue: Pick<Catalogue, 'version' | 'stand'>, asOf: string, now: Date = new Date()): Consultation {
  return {
    format: FORMAT,
    version: VERSION,
    savedAt: now.toISOString(),
    asOf,
    catalogue: { version: catalogue.version, stand: catalogue.stand },
    answers: {},
    pinned: [],
    excluded: [],
    notes: { general: '', programs: {} },
  };
}

/** A deadline state as one comparable string: `open_until:2026-12-01`, `passed:2025-06-30:announced`, `continuous` … */
export function deadlineKey(d: DeadlineState): string {
  switch (d.state) {
    case 'closed':
      return d.since ? `closed:${d.since}` : 'closed';
    case 'open_until':
    case 'next_deadline':
      return `${d.state}:${d.date}`;
    case 'passed':
      return `passed:${d.last}:${d.nextRound}`;
    case 'continuous':
    case 'unknown':
      return d.state;
  }
}

/** What each program looked like in this evaluation: status, amount range (null: none or unknown), deadline. */
export function snapshotOf(evaluation: Evaluation): Snapshot {
  const out: Snapshot = {};
  for (const r of evaluation.programs) {
    const money = r.amount.kind === 'money' ? r.amount : null;
    out[r.id] = { status: r.status, min: money?.min ?? null, max: money?.max ?? null, deadline: deadlineKey(r.deadline) };
  }
  return out;
}

function firstIssue(error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly code: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  // Path and code only: zod's message text depends on which locale is loaded.
  return `${path || '(root)'}: ${issue.code}`;
}

/**
 * Reads a consultation from anything (parsed JSON, or JSON text): upgrades older formats
 * (`migrate`), checks the shape and limits, sends the answers through `parseAnswers` and drops
 * program ids the catalogue does not know. `dropped` names every answer (fact id) and program id
 * left out, for a visible notice. Never throws; on error the caller keeps its current answers.
 */
export function validateConsultation(raw: unknown, catalogue: Catalogue, now: Date = new Date()): ConsultationResult {
  try {
    let data = raw;
    if (typeof raw === 'string') {
      try {
        data = JSON.parse(raw);
      } catch {
        return { ok: false, error: 'not_json' };
      }
    }
    const migrated = migrate(data, now);
    if (!migrated.ok) return migrated;
    const parsed = ConsultationSchema.safeParse(migrated.value);
    if (!parsed.success) return { ok: false, error: 'invalid', detail: firstIssue(parsed.error) };
    const c = parsed.data;
    const input = migrated.value as { answers: Record<string, unknown>; notes: { programs: Record<string, unknown> } };

    const dropped = new Set<string>();
    // The raw answers, not zod's copy: zod skips a `__proto__` key silently; parseAnswers names it.
    const { answers, issues } = parseAnswers(catalogue, input.answers);
    for (const i of issues) dropped.add(i.fact);

    const known = new Set(catalogue.programs.map((p) => p.id));
    const keep = (ids: readonly string[]) => {
      const out: string[] = [];
      for (const p of ids) {
        if (!known.has(p)) dropped.add(p);
        else if (!out.includes(p)) out.push(p);
      }
      return out;
    };
    const programs: Record<string, string> = {};
    for (const key of Object.keys(input.notes.programs)) {
      const note = Object.hasOwn(c.notes.programs, key) ? c.notes.programs[key] : undefined;
      if (known.has(key) && note !== undefined) programs[key] = note;
      else dropped.add(key);
    }

    const consultation: Consultation = {
      format: FORMAT,
      version: VERSION,
      savedAt: c.savedAt,
      asOf: c.asOf,
      catalogue: { version: c.catalogue.version, stand: c.catalogue.stand },
      ...(c.title !== undefined ? { title: c.title } : {}),
      answers: { ...answers },
      ...(c.planItems !== undefined ? { planItems: c.planItems } : {}),
      pinned: keep(c.pinned),
      excluded: keep(c.excluded),
      notes: { general: c.notes.general, programs },
      ...(c.snapshot !== undefined ? { snapshot: c.snapshot } : {}),
    };
    return { ok: true, consultation, dropped: [...dropped] };
  } catch {
    // Total by construction; this is the last line against the unforeseen (e.g. a stack overflow).
    return { ok: false, error: 'invalid' };
  }
}
