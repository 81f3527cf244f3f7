/** Cost types; each maps to the answers fact `kosten_<type>` (vocabulary.md). */
export const COST_TYPES = ['personal', 'sach', 'beratung', 'investition'] as const;
export type CostType = (typeof COST_TYPES)[number];

/** The answers fact that holds the planned costs of a type. */
export const costFact = (t: CostType | string) => `kosten_${t}`;
