import { z } from 'zod';
import { KebabId, Localized } from './common.schema';
import { ExprSchema } from './expression.schema';

/** A named shared condition ("noch nicht begonnen"), referenced from criteria by id. */
const Condition = z.strictObject({
  id: KebabId,
  label: Localized,
  rule: ExprSchema,
});

export const ConditionsFileSchema = z.strictObject({
  conditions: z.array(Condition).min(1),
});

export type ConditionsFile = z.output<typeof ConditionsFileSchema>;
export type Condition = z.output<typeof Condition>;
