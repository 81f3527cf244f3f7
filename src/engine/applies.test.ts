/**
 * Criteria that concern only some applicants (`applies`): where `applies` fails the criterion is
 * not listed at all; while it is open, a failed rule is open too ("applies → rule").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateProgram } from './index';
import { TREFFPUNKT_ELIGIBLE, fixtureCatalogue, programOf, without } from './testing/catalogueFixture';
import type { Answers, Criterion, Expr, Program, Truth } from './types';

const catalogue = fixtureCatalogue();
const AS_OF = '2026-02-01';
const treffpunkt = programOf(catalogue, 'treffpunkt');

const listed = (answers: Answers, p: Program = treffpunkt) => {
  const r = evaluateProgram(p, answers, catalogue, AS_OF);
  const all = [...r.met, ...r.failed, ...r.open];
  return { r, ids: all.map((c) => c.id), gemeinnuetzig: all.find((c) => c.id === 'gemeinnuetzig') };
};

describe('a criterion that applies only to non-municipal applicants', () => {
  it('a Gemeinde: not listed at all, whatever its answer; the program is eligible without it', () => {
    const gemeinde = { ...without(TREFFPUNKT_ELIGIBLE, 'gemeinnuetzig'), antragsteller: 'gemeinde' };
    for (const answers of [gemeinde, { ...gemeinde, gemeinnuetzig: true }, { ...gemeinde, gemeinnuetzig: false }]) {
      const { r, ids } = listed(answers);
      expect(ids).not.toContain('gemeinnuetzig');
      expect(r.status).toBe('eligible');
    }
  });

  it('a Verein: met or failed by its answer, open without one', () => {
    expect(listed(TREFFPUNKT_ELIGIBLE).gemeinnuetzig?.result).toBe('met');
    expect(listed(TREFFPUNKT_ELIGIBLE).r.status).toBe('eligible');
    const no = listed({ ...TREFFPUNKT_ELIGIBLE, gemeinnuetzig: false });
    expect(no.gemeinnuetzig?.result).toBe('failed');
    expect(no.r.status).toBe('ineligible');
    expect(listed(without(TREFFPUNKT_ELIGIBLE, 'gemeinnuetzig')).gemeinnuetzig?.result).toBe('unknown');
  });

  it('applicant not yet known: a failed rule is open, a met one met', () => {
    const rest = without(TREFFPUNKT_ELIGIBLE, 'antragsteller');
    const no = listed({ ...rest, gemeinnuetzig: false });
    expect(no.gemeinnuetzig?.result).toBe('unknown');
    expect(no.r.failed).toEqual([]);
    expect(no.r.status).toBe('unknown');
    expect(listed({ ...rest, gemeinnuetzig: true }).gemeinnuetzig?.result).toBe('met');
  });

  it('keeps its place, text and source where it is listed', () => {
    const { r } = listed(TREFFPUNKT_ELIGIBLE);
    expect(r.met.map((c) => c.id)).toEqual(['massnahmen', 'traeger', 'gemeinnuetzig', 'foerderfaehige-kosten', 'mindestbetrag']);
    expect(r.met[2]).toMatchObject({
      text: { de: 'Nichtkommunale Träger sind gemeinnützig.', en: 'Non-municipal bodies are non-profit.' },
      source: { id: 'richtlinie', section: 'Nr. 2' },
    });
  });
});

describe('property: applies × rule × uncertain', () => {
  // Leaves of fixed truth: `m` is answered true, `f` false, `u` unanswered.
  const ANSWERS: Answers = { m: true, f: false };
  const leaf = (t: Truth): Expr => ({ kind: 'fact', fact: { met: 'm', failed: 'f', unknown: 'u' }[t], op: 'is', value: true });
  const truth = fc.constantFrom<Truth>('met', 'failed', 'unknown');
  const spec = fc.record({ applies: fc.option(truth, { nil: undefined }), rule: truth, uncertain: fc.boolean() });

  /** What the engine should make of one criterion: not listed (null) or its shown result. */
  function expected(s: { applies?: Truth; rule: Truth; uncertain: boolean }): Truth | null {
    if (s.applies === 'failed') return null;
    let r = s.rule;
    if (s.applies === 'unknown' && r === 'failed') r = 'unknown';
    if (s.uncertain && r === 'failed') r = 'unknown';
    return r;
  }

  it('each criterion is listed and judged as the table says; the status follows', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 6 }), (specs) => {
        const criteria: Criterion[] = specs.map((s, i) => ({
          id: `k-${i}`,
          text: { de: `K ${i}`, en: `C ${i}` },
          source: { ref: 'richtlinie' },
          rule: leaf(s.rule),
          ...(s.applies ? { applies: leaf(s.applies) } : {}),
          ...(s.uncertain ? { uncertain: { de: 'unsicher', en: 'uncertain' } } : {}),
        }));
        const p: Program = { ...treffpunkt, massnahmen: undefined, amount: 'none', criteria };
        const r = evaluateProgram(p, ANSWERS, catalogue, AS_OF);
        const got = new Map([...r.met, ...r.failed, ...r.open].map((c) => [c.id, c.result]));
        const want = specs.map(expected);
        specs.forEach((s, i) => expect(got.get(`k-${i}`) ?? null, JSON.stringify(s)).toBe(want[i]));
        expect(got.size).toBe(want.filter((w) => w !== null).length);
        const status = want.includes('failed') ? 'ineligible' : want.includes('unknown') ? 'unknown' : 'eligible';
        expect(r.status).toBe(status);
      }),
      { numRuns: 500 },
    );
  });
});
