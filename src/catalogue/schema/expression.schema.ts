import { z } from 'zod';
import { IsoDate, KebabId, SnakeId } from './common.schema';

/**
 * The closed operator set. Each compares one fact with a value; a fact that is not answered
 * makes the comparison unknown (three-valued logic).
 */
export const OPERATORS = [
  'is',
  'equals',
  'in',
  'includes_any',
  'includes_all',
  'min',
  'max',
  'before',
  'on_or_after',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** Compiled form of a rule expression, as the engine reads it. */
export type Expr =
  | { readonly kind: 'all'; readonly items: readonly Expr[] }
  | { readonly kind: 'any'; readonly items: readonly Expr[] }
  | { readonly kind: 'not'; readonly item: Expr }
  | { readonly kind: 'condition'; readonly id: string }
  | { readonly kind: 'fact'; readonly fact: string; readonly op: Operator; readonly value: ExprValue };
export type ExprValue = boolean | number | string | readonly string[];

/** Written form (YAML). Zod cannot infer recursive transformed types, hence written out. */
export type ExprInput = {
  all?: ExprInput[];
  any?: ExprInput[];
  not?: ExprInput;
  condition?: string;
  fact?: string;
} & { [K in Operator]?: unknown };

const COMBINATORS = ['all', 'any', 'not', 'condition', 'fact'] as const;

const operand: Record<Operator, z.ZodType> = {
  is: z.boolean({ error: '"is" takes true or false' }),
  equals: z.union([z.string(), z.number(), z.boolean()], { error: '"equals" takes one value' }),
  in: z.array(SnakeId).min(1, '"in" takes a non-empty list of values'),
  includes_any: z.array(SnakeId).min(1, '"includes_any" takes a non-empty list of values'),
  includes_all: z.array(SnakeId).min(1, '"includes_all" takes a non-empty list of values'),
  min: z.number({ error: '"min" takes a number' }),
  max: z.number({ error: '"max" takes a number' }),
  before: IsoDate,
  on_or_after: IsoDate,
};

export const ExprSchema: z.ZodType<Expr, ExprInput> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(ExprSchema).min(1, '"all" needs at least one item').optional(),
      any: z.array(ExprSchema).min(1, '"any" needs at least one item').optional(),
      not: ExprSchema.optional(),
      condition: KebabId.optional(),
      fact: SnakeId.optional(),
      ...Object.fromEntries(OPERATORS.map((op) => [op, operand[op].optional()])),
    })
    .superRefine((e, ctx) => {
      const rec = e as Record<string, unknown>;
      const heads = COMBINATORS.filter((k) => rec[k] !== undefined);
      const ops = OPERATORS.filter((k) => rec[k] !== undefined);
      if (heads.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            heads.length === 0
              ? `a rule needs one of: ${COMBINATORS.join(', ')}`
              : `a rule takes only one of ${heads.join(', ')}; nest them with "all" or "any"`,
        });
        return;
      }
      if (heads[0] === 'fact' && ops.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `"fact: ${String(rec.fact)}" needs exactly one operator; allowed: ${OPERATORS.join(', ')}`,
        });
      }
      if (heads[0] !== 'fact' && ops.length > 0) {
        ctx.addIssue({ code: 'custom', path: [ops[0]!], message: `operator "${ops[0]}" needs a "fact"` });
      }
    })
    .transform((e): Expr => {
      const rec = e as Record<string, unknown>;
      if (e.all) return { kind: 'all', items: e.all };
      if (e.any) return { kind: 'any', items: e.any };
      if (e.not) return { kind: 'not', item: e.not };
      if (e.condition) return { kind: 'condition', id: e.condition };
      const op = OPERATORS.find((k) => rec[k] !== undefined)!;
      return { kind: 'fact', fact: e.fact!, op, value: rec[op] as ExprValue };
    }),
) as unknown as z.ZodType<Expr, ExprInput>;
