import { describe, expect, it } from 'vitest';
import { evalExpr, factsOf } from './index';
import { buildCatalogue, fixtureCatalogue, programOf, programYaml } from './testing/catalogueFixture';
import type { Answers, Expr, FactValue, Truth } from './types';

const catalogue = fixtureCatalogue();

type Op = Extract<Expr, { kind: 'fact' }>['op'];
const leaf = (fact: string, op: Op, value: FactValue): Expr => ({ kind: 'fact', fact, op, value });
const all = (...items: Expr[]): Expr => ({ kind: 'all', items });
const any = (...items: Expr[]): Expr => ({ kind: 'any', items });
const not = (item: Expr): Expr => ({ kind: 'not', item });
const condition = (id: string): Expr => ({ kind: 'condition', id });

/** One comparison of `value` (or no answer at all for `undefined`). */
function judge(op: Op, expected: FactValue, value: unknown): Truth {
  const answers = (value === undefined ? {} : { x: value }) as Answers;
  return evalExpr(leaf('x', op, expected), answers, catalogue);
}

/** Leaves whose truth is fixed by `TRUTHS`: `m` is answered true, `f` false, `u` unanswered. */
const TRUTHS: Answers = { m: true, f: false };
const of: Record<Truth, Expr> = { met: leaf('m', 'is', true), failed: leaf('f', 'is', true), unknown: leaf('u', 'is', true) };
const VALUES: readonly Truth[] = ['met', 'failed', 'unknown'];

describe('Kleene logic', () => {
  it('the three leaves are met, failed and unknown', () => {
    expect(VALUES.map((t) => evalExpr(of[t], TRUTHS, catalogue))).toEqual(VALUES);
  });

  // Strong Kleene: F dominates "and", T dominates "or"; otherwise U is contagious.
  const AND: Record<Truth, Record<Truth, Truth>> = {
    met: { met: 'met', failed: 'failed', unknown: 'unknown' },
    failed: { met: 'failed', failed: 'failed', unknown: 'failed' },
    unknown: { met: 'unknown', failed: 'failed', unknown: 'unknown' },
  };
  const OR: Record<Truth, Record<Truth, Truth>> = {
    met: { met: 'met', failed: 'met', unknown: 'met' },
    failed: { met: 'met', failed: 'failed', unknown: 'unknown' },
    unknown: { met: 'met', failed: 'unknown', unknown: 'unknown' },
  };
  const pairs = VALUES.flatMap((a) => VALUES.map((b) => [a, b] as const));

  it.each(pairs)('all(%s, %s)', (a, b) => {
    expect(evalExpr(all(of[a], of[b]), TRUTHS, catalogue)).toBe(AND[a][b]);
  });

  it.each(pairs)('any(%s, %s)', (a, b) => {
    expect(evalExpr(any(of[a], of[b]), TRUTHS, catalogue)).toBe(OR[a][b]);
  });

  it.each([
    ['met', 'failed'],
    ['failed', 'met'],
    ['unknown', 'unknown'],
  ] as const)('not(%s) is %s', (a, want) => {
    expect(evalExpr(not(of[a]), TRUTHS, catalogue)).toBe(want);
  });

  it('a single item is passed through by all and any', () => {
    for (const t of VALUES) {
      expect(evalExpr(all(of[t]), TRUTHS, catalogue)).toBe(t);
      expect(evalExpr(any(of[t]), TRUTHS, catalogue)).toBe(t);
    }
  });

  it('a failed item decides "all" even after many unknowns, a met item decides "any"', () => {
    const unknowns = Array.from({ length: 10 }, () => of.unknown);
    expect(evalExpr(all(...unknowns, of.failed), TRUTHS, catalogue)).toBe('failed');
    expect(evalExpr(any(...unknowns, of.met), TRUTHS, catalogue)).toBe('met');
    expect(evalExpr(all(...unknowns, of.met), TRUTHS, catalogue)).toBe('unknown');
    expect(evalExpr(any(...unknowns, of.failed), TRUTHS, catalogue)).toBe('unknown');
  });

  it('nests: not(all(met, any(unknown, failed))) is unknown; not(any(failed, all(met, met))) is failed', () => {
    expect(evalExpr(not(all(of.met, any(of.unknown, of.failed))), TRUTHS, catalogue)).toBe('unknown');
    expect(evalExpr(not(any(of.failed, all(of.met, of.met))), TRUTHS, catalogue)).toBe('failed');
    expect(evalExpr(not(not(of.unknown)), TRUTHS, catalogue)).toBe('unknown');
    expect(evalExpr(not(not(of.met)), TRUTHS, catalogue)).toBe('met');
  });

  it('very deep nesting gives a result, never a stack overflow', () => {
    let deep: Expr = of.met;
    for (let i = 0; i < 10_000; i++) deep = not(deep);
    expect(VALUES).toContain(evalExpr(deep, TRUTHS, catalogue));
  });
});

describe('operators', () => {
  it('is: compares a boolean answer with true or false', () => {
    expect(judge('is', true, true)).toBe('met');
    expect(judge('is', true, false)).toBe('failed');
    expect(judge('is', false, false)).toBe('met');
    expect(judge('is', false, true)).toBe('failed');
    expect(judge('is', true, undefined)).toBe('unknown');
  });

  it('equals: the same value of the same type', () => {
    expect(judge('equals', 'landkreis', 'landkreis')).toBe('met');
    expect(judge('equals', 'landkreis', 'gemeinde')).toBe('failed');
    expect(judge('equals', 5000, 5000)).toBe('met');
    expect(judge('equals', 5000, 5001)).toBe('failed');
    expect(judge('equals', '08116036', '08116036')).toBe('met');
    expect(judge('equals', '08116036', '08116037')).toBe('failed');
    expect(judge('equals', 'gemeinde', undefined)).toBe('unknown');
  });

  it('in: the answer is one of the listed values', () => {
    expect(judge('in', ['gemeinde', 'stadtkreis'], 'stadtkreis')).toBe('met');
    expect(judge('in', ['gemeinde', 'stadtkreis'], 'verein')).toBe('failed');
    expect(judge('in', ['gemeinde'], undefined)).toBe('unknown');
  });

  it('includes_any: at least one listed value was chosen', () => {
    expect(judge('includes_any', ['aeltere', 'familien'], ['familien', 'zugewanderte'])).toBe('met');
    expect(judge('includes_any', ['aeltere', 'familien'], ['zugewanderte'])).toBe('failed');
    expect(judge('includes_any', ['aeltere'], [])).toBe('failed');
    expect(judge('includes_any', ['aeltere'], undefined)).toBe('unknown');
  });

  it('includes_all: every listed value was chosen', () => {
    expect(judge('includes_all', ['aeltere', 'familien'], ['familien', 'aeltere', 'zugewanderte'])).toBe('met');
    expect(judge('includes_all', ['aeltere', 'familien'], ['aeltere'])).toBe('failed');
    expect(judge('includes_all', ['aeltere'], [])).toBe('failed');
    expect(judge('includes_all', ['aeltere'], undefined)).toBe('unknown');
  });

  it('min: at least the value (inclusive)', () => {
    expect(judge('min', 1000, 1000)).toBe('met');
    expect(judge('min', 1000, 1001)).toBe('met');
    expect(judge('min', 1000, 999)).toBe('failed');
    expect(judge('min', 0, 0)).toBe('met');
    expect(judge('min', 1000, undefined)).toBe('unknown');
  });

  it('max: at most the value (inclusive)', () => {
    expect(judge('max', 5000, 5000)).toBe('met');
    expect(judge('max', 5000, 4999)).toBe('met');
    expect(judge('max', 5000, 5001)).toBe('failed');
    expect(judge('max', 5000, undefined)).toBe('unknown');
  });

  it('before: strictly earlier than the date', () => {
    expect(judge('before', '2026-01-01', '2025-12-31')).toBe('met');
    expect(judge('before', '2026-01-01', '2026-01-01')).toBe('failed');
    expect(judge('before', '2026-01-01', '2026-01-02')).toBe('failed');
    expect(judge('before', '2026-01-01', undefined)).toBe('unknown');
  });

  it('on_or_after: the date itself or later', () => {
    expect(judge('on_or_after', '2026-01-01', '2026-01-01')).toBe('met');
    expect(judge('on_or_after', '2026-01-01', '2027-03-15')).toBe('met');
    expect(judge('on_or_after', '2026-01-01', '2025-12-31')).toBe('failed');
    expect(judge('on_or_after', '2026-01-01', undefined)).toBe('unknown');
  });
});

describe('ill-typed answers are unknown, never an error', () => {
  const cases: [Op, FactValue, unknown][] = [
    ['is', true, 'true'],
    ['is', true, 1],
    ['is', false, 0],
    ['is', true, ['true']],
    ['is', true, null],
    ['equals', 'gemeinde', 1],
    ['equals', 5000, '5000'],
    ['equals', 'gemeinde', ['gemeinde']],
    ['equals', true, 'true'],
    ['in', ['gemeinde'], ['gemeinde']],
    ['in', ['gemeinde'], 1],
    ['in', ['gemeinde'], true],
    ['includes_any', ['aeltere'], 'aeltere'],
    ['includes_any', ['aeltere'], [1, 2]],
    ['includes_any', ['aeltere'], ['aeltere', 3]],
    ['includes_any', ['aeltere'], { 0: 'aeltere', length: 1 }],
    ['includes_all', ['aeltere'], 'aeltere'],
    ['includes_all', ['aeltere'], [null]],
    ['min', 1000, '5000'],
    ['min', 1000, Number.NaN],
    ['min', 1000, Number.POSITIVE_INFINITY],
    ['min', 1000, true],
    ['max', 5000, Number.NEGATIVE_INFINITY],
    ['max', 5000, Number.NaN],
    ['max', 5000, [1]],
    ['before', '2026-01-01', 20251231],
    ['before', '2026-01-01', ['2025-01-01']],
    ['before', '2026-01-01', true],
    ['on_or_after', '2026-01-01', 20270101],
    ['on_or_after', '2026-01-01', { date: '2027-01-01' }],
  ];
  it.each(cases)('%s %j with answer %j', (op, expected, value) => {
    expect(judge(op, expected, value)).toBe('unknown');
  });

  it('a fact answered only on the prototype chain counts as unanswered', () => {
    const answers = Object.create({ x: true }) as Answers;
    expect(evalExpr(leaf('x', 'is', true), answers, catalogue)).toBe('unknown');
    expect(evalExpr(leaf('constructor', 'is', true), {}, catalogue)).toBe('unknown');
    expect(evalExpr(leaf('toString', 'equals', 'x'), {}, catalogue)).toBe('unknown');
  });

  it('an unknown condition id is unknown', () => {
    expect(evalExpr(condition('gibt-es-nicht'), {}, catalogue)).toBe('unknown');
    expect(evalExpr(condition('constructor'), {}, catalogue)).toBe('unknown');
  });
});

describe('shared conditions', () => {
  it('evaluate their rule from rules/conditions.yaml', () => {
    const kommunal = condition('kommunaler-antragsteller');
    expect(evalExpr(kommunal, { antragsteller: 'landkreis' }, catalogue)).toBe('met');
    expect(evalExpr(kommunal, { antragsteller: 'verein' }, catalogue)).toBe('failed');
    expect(evalExpr(kommunal, {}, catalogue)).toBe('unknown');
  });

  it('combine with Kleene logic inside the condition (gewerblich = all of two facts)', () => {
    const gewerblich = condition('gewerblich');
    expect(evalExpr(gewerblich, { antragsteller: 'unternehmen', gemeinnuetzig: false }, catalogue)).toBe('met');
    expect(evalExpr(gewerblich, { antragsteller: 'unternehmen', gemeinnuetzig: true }, catalogue)).toBe('failed');
    expect(evalExpr(gewerblich, { antragsteller: 'unternehmen' }, catalogue)).toBe('unknown');
    // One failed part decides, even with the other part open.
    expect(evalExpr(gewerblich, { antragsteller: 'verein' }, catalogue)).toBe('failed');
    expect(evalExpr(not(gewerblich), { antragsteller: 'verein' }, catalogue)).toBe('met');
  });

  it('noch-nicht-begonnen is met only for bereits_begonnen = false', () => {
    const c = condition('noch-nicht-begonnen');
    expect(evalExpr(c, { bereits_begonnen: false }, catalogue)).toBe('met');
    expect(evalExpr(c, { bereits_begonnen: true }, catalogue)).toBe('failed');
    expect(evalExpr(c, {}, catalogue)).toBe('unknown');
  });
});

describe('factsOf', () => {
  it('lists every fact of a rule, following shared conditions', () => {
    const rule = programOf(catalogue, 'kommunal-impuls').criteria.find((c) => c.id === 'antragsberechtigt')!.rule;
    expect([...factsOf(rule, catalogue)].sort()).toEqual(['antragsteller', 'kreis_mit_gemeinde']);
    expect([...factsOf(condition('gewerblich'), catalogue)].sort()).toEqual(['antragsteller', 'gemeinnuetzig']);
  });

  it('collects through all, any and not, once per fact', () => {
    const e = all(leaf('a', 'is', true), any(leaf('b', 'min', 1), not(leaf('a', 'is', false))), not(condition('noch-nicht-begonnen')));
    expect([...factsOf(e, catalogue)].sort()).toEqual(['a', 'b', 'bereits_begonnen']);
  });

  it('adds to a given set and ignores unknown conditions', () => {
    const into = new Set(['schon_da']);
    const out = factsOf(any(condition('gibt-es-nicht'), leaf('x', 'is', true)), catalogue, into);
    expect(out).toBe(into);
    expect([...out].sort()).toEqual(['schon_da', 'x']);
  });

  it('every fixture criterion reads some fact, and answers to facts it does not read leave it unchanged', () => {
    for (const p of catalogue.programs) {
      for (const c of p.criteria) {
        const facts = factsOf(c.rule, catalogue);
        // A junk answer for a fact the rule does not read never changes its truth.
        const before = evalExpr(c.rule, {}, catalogue);
        expect(evalExpr(c.rule, { nicht_gelesen: true, ['x'.repeat(3)]: 'y' }, catalogue)).toBe(before);
        expect(facts.size).toBeGreaterThan(0);
      }
    }
  });
});

describe('a catalogue built for a single program', () => {
  it('uses the real conditions file', () => {
    const cat = buildCatalogue([
      programYaml(
        'nur-bedingung',
        `
        criteria:
          - id: verein
            text: { de: Zivilgesellschaft., en: Civil society. }
            source: richtlinie
            rule: { condition: zivilgesellschaft }
        `,
      ),
    ]);
    const rule = programOf(cat, 'nur-bedingung').criteria[0]!.rule;
    expect(evalExpr(rule, { antragsteller: 'verein' }, cat)).toBe('met');
    expect(evalExpr(rule, { antragsteller: 'gemeinde' }, cat)).toBe('failed');
  });
});
