import { z } from 'zod';
import { IsoDate, KebabId, SnakeId } from './common.schema';

const STATUSES = ['eligible', 'unknown', 'ineligible'] as const;

const Expected = z.union([
  z.enum(STATUSES),
  z.strictObject({
    status: z.enum(STATUSES),
    amount: z
      .strictObject({ min: z.number().nullable(), max: z.number().nullable() })
      .optional(),
    deadline: z.string().optional(),
    /** Criteria (ids) that must fail, or stay open: the case proves the reason, not just the status. */
    failed: z.array(z.string().min(1)).min(1).optional(),
    open: z.array(z.string().min(1)).min(1).optional(),
  }),
]).transform((e) => (typeof e === 'string' ? { status: e } : e));

/** One scenario: answers in, expected status (and amounts) out, as of a date. */
const Case = z.strictObject({
  name: z.string().min(1),
  as_of: IsoDate,
  answers: z.record(SnakeId, z.unknown()),
  expect: z.record(KebabId, Expected).refine((r) => Object.keys(r).length > 0, {
    message: 'a case expects something of at least one program',
  }),
});

export const CasesFileSchema = z.strictObject({
  cases: z.array(Case).min(1),
});

export type CasesFile = z.output<typeof CasesFileSchema>;
export type Case = z.output<typeof Case>;
