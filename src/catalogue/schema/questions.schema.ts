import { z } from 'zod';
import { KebabId, Localized, SnakeId } from './common.schema';
import { ExprSchema } from './expression.schema';

export const FACT_TYPES = ['enum', 'set', 'boolean', 'integer', 'money', 'date', 'ags'] as const;
export const INPUTS = ['radio', 'checkboxes', 'yes_no', 'number', 'money', 'date', 'gemeinde'] as const;

/** Which input fits which fact type; anything else is an authoring error. */
export const INPUT_FOR_TYPE: Record<(typeof FACT_TYPES)[number], readonly (typeof INPUTS)[number][]> = {
  enum: ['radio'],
  set: ['checkboxes'],
  boolean: ['yes_no'],
  integer: ['number'],
  money: ['money'],
  date: ['date'],
  ags: ['gemeinde'],
};

const FactValue = z.strictObject({
  id: SnakeId,
  label: Localized,
  hint: Localized.optional(),
  /** `false`: never offered in a "passt, wenn …" hint (a status nobody can change, e.g. Stadtkreis). */
  suggest: z.boolean().optional(),
  /** The value of another set fact this one belongs to (a Maßnahme's Handlungsfeld); the question groups by it. */
  group: SnakeId.optional(),
});

const Section = z.strictObject({
  id: KebabId,
  title: Localized,
});

/**
 * A fact of the answers vocabulary with the question that asks for it. Derived facts
 * (`derived_from`) are filled from another fact and never asked.
 */
const Fact = z.strictObject({
  id: SnakeId,
  type: z.enum(FACT_TYPES),
  values: z.array(FactValue).min(2, 'an enum or set fact lists at least two values').optional(),
  section: KebabId.optional(),
  question: Localized.optional(),
  hint: Localized.optional(),
  input: z.enum(INPUTS).optional(),
  when: ExprSchema.optional(),
  /** The wizard does not go on without an answer (only where nothing can be judged without it). */
  required: z.boolean().optional(),
  /** The facts this one is computed from; such a fact is never asked. */
  derived_from: z.union([SnakeId.transform((id) => [id]), z.array(SnakeId).min(1)]).optional(),
  /** The fact whose values name this question's groups (the values' `group`). */
  grouped_by: SnakeId.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const QuestionsFileSchema = z.strictObject({
  sections: z.array(Section).min(1),
  facts: z.array(Fact).min(1),
});

export type QuestionsFile = z.output<typeof QuestionsFileSchema>;
export type Fact = z.output<typeof Fact>;
export type Section = z.output<typeof Section>;
