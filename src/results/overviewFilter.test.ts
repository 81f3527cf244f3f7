import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { filterOverview, programsFor } from './overviewFilter';
import { AS_OF, testCatalogue } from './testing';

const catalogue = testCatalogue();
const all = { applicant: '', handlungsfeld: '', level: '' };

describe('filterOverview', () => {
  it('lists every program without filters', () => {
    expect(filterOverview(catalogue, all, AS_OF)).toHaveLength(catalogue.programs.length);
  });

  it('lists a program for an applicant unless that answer alone rules it out', () => {
    for (const applicant of ['verein', 'gemeinde']) {
      const open = programsFor(catalogue, applicant, AS_OF);
      const results = evaluate(catalogue, { antragsteller: applicant }, { asOf: AS_OF }).programs;
      for (const r of results) expect(open.has(r.id), `${applicant} ${r.id}`).toBe(r.status !== 'ineligible');
    }
    const forVerein = filterOverview(catalogue, { ...all, applicant: 'verein' }, AS_OF).map((p) => p.id);
    expect(forVerein).toContain('gut-beraten');
    expect(forVerein).not.toContain('staedtebaufoerderung');
    expect(forVerein).not.toContain('mehrgenerationenhaus');
  });

  it('filters by Handlungsfeld and funder level', () => {
    const care = filterOverview(catalogue, { ...all, handlungsfeld: 'pflege_gesundheit', level: 'land' }, AS_OF);
    expect(care.length).toBeGreaterThan(0);
    for (const p of care) {
      expect(p.handlungsfelder).toContain('pflege_gesundheit');
      expect(p.level).toBe('land');
    }
  });
});
