import { z } from 'zod';
import { KebabId, Level, Localized, Share, Source } from './common.schema';

/** Which programs a relation speaks of: named ones, or all of a funder level. */
export const Selector = z.union(
  [
    KebabId.transform((id) => ({ programs: [id] })),
    z.strictObject({ programs: z.array(KebabId).min(1) }),
    z.strictObject({ levels: z.array(Level).min(1) }),
  ],
  { error: 'name a program id, { programs: [ids] } or { levels: [eu, bund, land, kommune, stiftung_lotterie] }' },
);

const base = {
  id: KebabId,
  text: Localized,
  source: Source,
  uncertain: Localized.optional(),
};

/** The same euro is never funded twice (`same_cost_item`) or the programs never meet (`always`). */
const Exclusion = z.strictObject({
  ...base,
  type: z.literal('exclusion'),
  a: Selector,
  b: Selector,
  scope: z.enum(['always', 'same_cost_item']),
});

/** Allowed, but to be cleared with the funder ("im Einzelfall klären"). */
const Caution = z.strictObject({
  ...base,
  type: z.literal('caution'),
  a: Selector,
  b: Selector,
  scope: z.enum(['always', 'same_cost_item']),
});

/** A source says the two may be combined (on different cost items at least). */
const Combinable = z.strictObject({
  ...base,
  type: z.literal('combinable'),
  a: Selector,
  b: Selector,
});

/** `program` pays only what the programs in `after` leave open (nachrangig). */
const Subsidiarity = z.strictObject({
  ...base,
  type: z.literal('subsidiarity'),
  program: KebabId,
  after: Selector,
});

/**
 * `program` needs money from `by` (a municipal grant, or named programs); with `ratio` the
 * program pays at most ratio × that money (§ 123 SGB XI: 1).
 */
const RequiresCofinancing = z.strictObject({
  ...base,
  type: z.literal('requires_cofinancing'),
  program: KebabId,
  by: z.union([z.literal('kommune'), Selector]),
  ratio: z.number().positive().optional(),
});

/** `program` may stand in for own funds the applicant lacks (Ausgleichstock). */
const OwnFundsReplacement = z.strictObject({
  ...base,
  type: z.literal('own_funds_replacement'),
  program: KebabId,
});

/** Loans that may finance the own share, unless the item holds money of `unless`. */
const OwnShareFinancing = z.strictObject({
  ...base,
  type: z.literal('own_share_financing'),
  program: KebabId,
  unless: Selector.optional(),
});

/** Caps over several programs on one item: most public share, least own share. */
const CombinedCap = z.strictObject({
  ...base,
  type: z.literal('combined_cap'),
  programs: Selector,
  max_public_share: Share.optional(),
  min_own_share: Share.optional(),
});

export const Relation = z.discriminatedUnion('type', [
  Exclusion,
  Caution,
  Combinable,
  Subsidiarity,
  RequiresCofinancing,
  OwnFundsReplacement,
  OwnShareFinancing,
  CombinedCap,
]);

export const RelationsFileSchema = z.strictObject({
  relations: z.array(Relation),
});

export type Relation = z.output<typeof Relation>;
export type SelectorOut = z.output<typeof Selector>;
export type RelationsFile = z.output<typeof RelationsFileSchema>;
