import { describe, expect, it } from 'vitest';
import { loadRules } from '../cli/nodeRules';
import { counterfactuals, evaluate } from './index';

const catalogue = loadRules().catalogue!;

describe('hints on the real catalogue', () => {
  it('never suggest a status nobody can switch to (a Gemeinde does not become a Stadtkreis)', () => {
    const answers = { antragsteller: 'gemeinde', phasen: ['konzept_analyse', 'umsetzung'], handlungsfelder: ['pflege_gesundheit'] };
    const ev = evaluate(catalogue, answers, { asOf: '2026-11-21' });
    const hints = catalogue.programs.flatMap((p) => counterfactuals(p, catalogue, ev.answers, '2026-11-21'));
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.filter((h) => h.antragsteller === 'stadtkreis')).toEqual([]);
    // Other applicants remain possible hints, e.g. the Landkreis for the Pflegekonferenzen.
    const pk = catalogue.programs.find((p) => p.id === 'kommunale-pflegekonferenzen')!;
    expect(counterfactuals(pk, catalogue, ev.answers, '2026-11-21').some((h) => h.antragsteller === 'landkreis')).toBe(true);
  });
});
