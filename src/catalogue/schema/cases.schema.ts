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
  /** Exactly these programs, and no other, are eligible ("passt"): a journey pins the whole answer. */
  eligible: z.array(KebabId).optional(),
  expect: z.record(KebabId, Expected).default({}),
}).refine((c) => Object.keys(c.expect).length > 0 || c.eligible !== undefined, {
  message: 'a case expects something of at least one program ("expect" or "eligible")',
});

export const CasesFileSchema = z.strictObject({
  cases: z.array(Case).min(1),
});

export type CasesFile = z.output<typeof CasesFileSchema>;
export type Case = z.output<typeof Case>;
