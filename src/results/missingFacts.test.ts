import { describe, expect, it } from 'vitest';
import { missingQuestions } from './missingFacts';
import { testCatalogue, testEvaluation } from './testing';

const catalogue = testCatalogue();
const program = (id: string) => catalogue.programs.find((p) => p.id === id)!;
const ids = (facts: { id: string }[]) => facts.map((f) => f.id);

describe('missingQuestions', () => {
  it('links an open criterion to the unanswered questions it reads', () => {
    const answers = testEvaluation({}).answers;
    const criterion = program('quartiersimpulse').criteria.find((c) => c.id === 'zivilgesellschaftlicher-partner')!;
    expect(ids(missingQuestions(catalogue, program('quartiersimpulse'), criterion.id, answers))).toEqual(['zivilgesellschaftlicher_partner']);
  });

  it('counts an answer given as undefined as missing', () => {
    expect(ids(missingQuestions(catalogue, program('quartiersimpulse'), 'phasen', { phasen: undefined as never }))).toEqual(['phasen']);
  });

  it('links the built-in phase fit to the phase question', () => {
    expect(ids(missingQuestions(catalogue, program('quartiersimpulse'), 'phasen', {}))).toEqual(['phasen']);
  });

  it('asks for the Gemeinde where a criterion reads a fact derived from it', () => {
    expect(ids(missingQuestions(catalogue, program('gut-beraten'), 'einwohnergrenze', { antragsteller: 'verein' }))).toEqual(['ags']);
  });

  it('leaves out answered questions and questions not asked in this situation', () => {
    const answers = testEvaluation({ antragsteller: 'gemeinde' }).answers;
    const p = program('gut-beraten');
    expect(ids(missingQuestions(catalogue, p, 'antragsberechtigt', answers))).toEqual([]);
    // `kommune_unterstuetzt` is not asked of a municipality.
    expect(ids(missingQuestions(catalogue, p, 'bestaetigung-gemeinde', answers))).toEqual([]);
  });
});
