/**
 * Bounds of a money fact derived as a sum (`kosten_gesamt` from the four cost types): while some
 * costs are unanswered, the total is at least the sum of those given; `min`/`max` rules decide
 * as soon as the whole interval agrees, and never differently from the exact total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';
import { COST_TYPES, costFact, deriveFacts, evalExpr, evaluate } from './index';
import { costs, fixtureCatalogue, programOf } from './testing/catalogueFixture';
import type { Answers, Expr, Truth } from './types';

const catalogue = fixtureCatalogue();
const COST_FACTS = COST_TYPES.map(costFact);
const total = (op: 'min' | 'max', value: number): Expr => ({ kind: 'fact', fact: 'kosten_gesamt', op, value });
/** A rule judged as the engine judges it: on the derived answers. */
const judge = (e: Expr, answers: Answers): Truth => evalExpr(e, deriveFacts(answers, undefined, catalogue), catalogue);

describe('boundsOf', () => {
  it('only for a money fact derived as a sum of money facts', () => {
    expect(boundsOf('kosten_sach', {}, catalogue)).toBeUndefined();
    expect(boundsOf('einwohner', { ags: '08116036' }, catalogue)).toBeUndefined();
    expect(boundsOf('laufzeit_monate', {}, catalogue)).toBeUndefined();
    expect(boundsOf('gibt_es_nicht', {}, catalogue)).toBeUndefined();
  });

  it('nothing answered: at least 0, no upper bound', () => {
    expect(boundsOf('kosten_gesamt', {}, catalogue)).toEqual({ lo: 0, hi: Infinity });
  });

  it('some costs answered: at least their sum, no upper bound', () => {
    expect(boundsOf('kosten_gesamt', { kosten_sach: 5000, kosten_personal: 120000 }, catalogue)).toEqual({ lo: 125000, hi: Infinity });
    expect(boundsOf('kosten_gesamt', { kosten_sach: 0 }, catalogue)).toEqual({ lo: 0, hi: Infinity });
  });

  it('all four answered: exact', () => {
    expect(boundsOf('kosten_gesamt', costs({ kosten_sach: 5000, kosten_investition: 7000 }), catalogue)).toEqual({ lo: 12000, hi: 12000 });
  });

  it('an ill-typed or negative cost counts as unanswered, never as a number', () => {
    const junk = { kosten_sach: -100, kosten_personal: Number.NaN, kosten_beratung: '5000', kosten_investition: Number.POSITIVE_INFINITY } as unknown as Answers;
    expect(boundsOf('kosten_gesamt', junk, catalogue)).toEqual({ lo: 0, hi: Infinity });
    expect(boundsOf('kosten_gesamt', { ...junk, kosten_sach: 3000 } as Answers, catalogue)).toEqual({ lo: 3000, hi: Infinity });
  });
});

describe('min and max on a total that is not yet derivable', () => {
  it('known costs already above a maximum: failed, although a cost type is unanswered', () => {
    const answers = { kosten_sach: 5000, kosten_personal: 120000 };
    expect(deriveFacts(answers, undefined, catalogue)).not.toHaveProperty('kosten_gesamt');
    expect(judge(total('max', 19999), answers)).toBe('failed');
  });

  it('known costs below a maximum: unknown, the others may still exceed it', () => {
    expect(judge(total('max', 19999), { kosten_sach: 5000 })).toBe('unknown');
    expect(judge(total('max', 19999), { kosten_sach: 19999 })).toBe('unknown');
    expect(judge(total('max', 19999), { kosten_sach: 20000 })).toBe('failed');
  });

  it('known costs reaching a minimum: met, whatever the others will be', () => {
    expect(judge(total('min', 10000), { kosten_sach: 10000 })).toBe('met');
    expect(judge(total('min', 10000), { kosten_sach: 9999 })).toBe('unknown');
    expect(judge(total('min', 0), {})).toBe('met');
  });

  it('all four answered: the exact total decides', () => {
    expect(judge(total('max', 19999), costs({ kosten_sach: 19999 }))).toBe('met');
    expect(judge(total('max', 19999), costs({ kosten_sach: 20000 }))).toBe('failed');
    expect(judge(total('min', 10000), costs({ kosten_sach: 9999 }))).toBe('failed');
  });

  it('combines with not, all and any like any other result', () => {
    const answers = { kosten_sach: 30000 };
    expect(judge({ kind: 'not', item: total('max', 19999) }, answers)).toBe('met');
    expect(judge({ kind: 'all', items: [total('min', 10000), total('max', 50000)] }, answers)).toBe('unknown');
    expect(judge({ kind: 'any', items: [total('max', 19999), total('min', 25000)] }, answers)).toBe('met');
  });

  it('other operators on the total stay unknown until it is derived', () => {
    const equals: Expr = { kind: 'fact', fact: 'kosten_gesamt', op: 'equals', value: 5000 };
    expect(judge(equals, { kosten_sach: 5000 })).toBe('unknown');
    expect(judge(equals, costs({ kosten_sach: 5000 }))).toBe('met');
  });

  it('decides the fixture program `kleinprojekt` before every cost is given', () => {
    const status = (answers: Answers) => evaluate(catalogue, answers, { asOf: '2026-02-01' }).programs.find((p) => p.id === 'kleinprojekt')!;
    const big = status({ kosten_investition: 125000 });
    expect(big.status).toBe('ineligible');
    expect(big.failed.map((c) => c.id)).toEqual(['gesamtkosten']);
    expect(status({ kosten_investition: 5000 }).status).toBe('unknown');
    expect(status(costs({ kosten_investition: 5000 })).status).toBe('eligible');
    expect(programOf(catalogue, 'kleinprojekt').criteria[0]!.rule).toEqual(total('max', 19999));
  });
});

describe('properties', () => {
  const money = fc.oneof(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 2_000_000 }));
  const parts = fc.tuple(money, money, money, money);
  const threshold = fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 4_000_000 }));

  it('bounds never contradict the exact total: with parts unanswered the result is unknown or the exact one', () => {
    fc.assert(
      fc.property(parts, fc.subarray([0, 1, 2, 3]), fc.constantFrom('min' as const, 'max' as const), threshold, (values, given, op, limit) => {
        const all = Object.fromEntries(COST_FACTS.map((f, i) => [f, values[i]!]));
        const some = Object.fromEntries(given.map((i) => [COST_FACTS[i]!, values[i]!]));
        const exact = judge(total(op, limit), all);
        const sum = values.reduce((a, b) => a + b, 0);
        expect(exact).toBe((op === 'min' ? sum >= limit : sum <= limit) ? 'met' : 'failed');
        const partial = judge(total(op, limit), some);
        expect(['unknown', exact], `${op} ${limit} with ${JSON.stringify(some)} of ${JSON.stringify(all)}`).toContain(partial);
        // With every part given, nothing is left open.
        if (given.length === 4) expect(partial).toBe(exact);
      }),
      { numRuns: 1000 },
    );
  });

  it('answering the parts one by one never undoes a met or failed result', () => {
    fc.assert(
      fc.property(parts, fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }), fc.constantFrom('min' as const, 'max' as const), threshold, (values, order, op, limit) => {
        let answers: Record<string, number> = {};
        let decided: Truth | undefined;
        for (const i of order) {
          answers = { ...answers, [COST_FACTS[i]!]: values[i]! };
          const now = judge(total(op, limit), answers);
          if (decided) expect(now, JSON.stringify(answers)).toBe(decided);
          if (now !== 'unknown') decided = now;
        }
        // All four given: decided.
        expect(decided).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('the fixture program with a limit on the total: status with some costs given is unknown or the final one', () => {
    fc.assert(
      fc.property(parts, fc.subarray([0, 1, 2, 3]), (values, given) => {
        const status = (answers: Answers) => evaluate(catalogue, answers, { asOf: '2026-02-01' }).programs.find((p) => p.id === 'kleinprojekt')!.status;
        const final = status(Object.fromEntries(COST_FACTS.map((f, i) => [f, values[i]!])));
        expect(final).not.toBe('unknown');
        const partial = status(Object.fromEntries(given.map((i) => [COST_FACTS[i]!, values[i]!])));
        expect(['unknown', final]).toContain(partial);
      }),
      { numRuns: 500 },
    );
  });
});
