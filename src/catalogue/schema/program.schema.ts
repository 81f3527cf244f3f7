import { z } from 'zod';
import {
  CostType,
  Euro,
  FundingType,
  IsoDate,
  KebabId,
  Level,
  Localized,
  OfferKind,
  Share,
  SnakeId,
  Source,
  SourceRef,
} from './common.schema';
import { ExprSchema } from './expression.schema';

/** A note saying why a value is uncertain ([UNSICHER] in programs.md); shown to users. */
const UncertainNote = Localized;

const Criterion = z.strictObject({
  id: KebabId,
  text: Localized,
  source: SourceRef,
  /**
   * Whom the criterion concerns (e.g. only non-municipal applicants). Where this fails, the
   * criterion does not apply: it is neither met nor failed and is not listed.
   */
  applies: ExprSchema.optional(),
  rule: ExprSchema,
  uncertain: UncertainNote.optional(),
});

/**
 * The program's purpose (Fördergegenstand): the values of the fact `massnahmen` it funds. A project
 * that names none of them does not fit, whoever applies.
 */
const Purpose = z.strictObject({
  funds: z.array(SnakeId).min(1, 'name at least one value of "massnahmen" the program funds'),
  source: SourceRef,
  /** How the sources word the purpose, shown with the criterion. */
  text: Localized.optional(),
  uncertain: UncertainNote.optional(),
});

/** `unknown`: no source states it. `none`: the program has no such limit. */
const EuroOrOpen = z.union([Euro, z.literal('unknown'), z.literal('none')], {
  error: 'give whole euros, "unknown" (no source states it) or "none" (no such limit)',
});
const Quota = z.union(
  [Share, z.strictObject({ min: Share, max: Share }), z.literal('unknown'), z.literal('none')],
  { error: 'give a share (0.6), a range {min, max}, "unknown" or "none" (fixed amounts)' },
);

/** Amount rules for one group of applicants (or for all when `applicants` is left out). */
const Tier = z.strictObject({
  applicants: z.array(SnakeId).min(1).optional(),
  /** Further condition for this tier (e.g. `leistungsschwach`); tiers are tried in order. */
  when: ExprSchema.optional(),
  quota: Quota,
  min: EuroOrOpen,
  max: EuroOrOpen,
  fixed: Euro.optional(),
  per_unit: z.strictObject({ fact: SnakeId, euro: Euro }).optional(),
  source: SourceRef,
  uncertain: UncertainNote.optional(),
});

const Amount = z.strictObject({
  cost_types: z.array(CostType).min(1, 'name the cost types the program pays for'),
  tiers: z.array(Tier).min(1),
  own_share_min: z.union([Share, z.literal('unknown'), z.literal('none')]),
  cost_type_caps: z
    .array(z.strictObject({ cost_type: CostType, max_share: Share, source: SourceRef }))
    .optional(),
  note: Localized.optional(),
});

const DeadlineDate = z.strictObject({
  date: IsoDate,
  opens: IsoDate.optional(),
  label: Localized,
  /** For whom this deadline holds (e.g. only repeat applications, `folgeantrag: true`). */
  when: ExprSchema.optional(),
  source: SourceRef,
  uncertain: UncertainNote.optional(),
});

/** A yearly deadline, only where a source states the pattern ("Anträge bis 30.09."). */
const Recurring = z.strictObject({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  opens: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).optional(),
  label: Localized,
  when: ExprSchema.optional(),
  source: SourceRef,
});

const Deadlines = z.strictObject({
  continuous: z.boolean().optional(),
  dates: z.array(DeadlineDate).optional(),
  recurring: z.array(Recurring).optional(),
  /**
   * `not_announced` only where a source says a new round will come but has no date yet;
   * `unknown` where the sources say nothing about one.
   */
  next_round: z.enum(['announced', 'not_announced', 'unknown']).optional(),
  /** The rhythm the sources state ("in der Regel zwei Runden im Jahr, zuletzt März und August"). */
  rhythm: Localized.optional(),
  note: Localized.optional(),
});

export const ProgramSchema = z.strictObject({
  id: KebabId,
  name: Localized,
  funder: Localized,
  level: Level,
  kind: OfferKind,
  funding_type: FundingType,
  closed: z.boolean().optional(),
  phases: z.array(SnakeId).min(1),
  handlungsfelder: z.array(SnakeId).min(1),
  zielgruppen: z.array(SnakeId).min(1),
  massnahmen: Purpose.optional(),
  summary: Localized,
  sources: z.array(Source).min(1, 'every program names at least one source'),
  last_checked: IsoDate,
  review_by: IsoDate,
  valid: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }).optional(),
  criteria: z.array(Criterion).min(1, 'a program needs at least one criterion (who may apply)'),
  amount: z.union([Amount, z.literal('none')], {
    error: 'give the amount rules, or "none" for advice and training without money',
  }),
  deadlines: Deadlines,
  application: z.strictObject({
    route: Localized,
    next_step: Localized,
    contact: Localized.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  }),
});

export type Program = z.output<typeof ProgramSchema>;
export type Criterion = z.output<typeof Criterion>;
export type Amount = z.output<typeof Amount>;
export type Tier = z.output<typeof Tier>;
export type Deadlines = z.output<typeof Deadlines>;
export type Purpose = z.output<typeof Purpose>;
export type ProgramSource = z.output<typeof Source>;
