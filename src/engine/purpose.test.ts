/**
 * The built-in purpose fit (`massnahmen`): a program funds some Maßnahmen; a project that names
 * none of them does not fit, whoever applies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateProgram } from './index';
import { purposeFit } from './purpose';
import { TREFFPUNKT_ELIGIBLE, fixtureCatalogue, programOf, singleProgram } from './testing/catalogueFixture';
import type { Answers, Program } from './types';

const catalogue = fixtureCatalogue();
const AS_OF = '2026-02-01';
const treffpunkt = programOf(catalogue, 'treffpunkt');
const MASSNAHMEN = catalogue.facts.find((f) => f.id === 'massnahmen')!.values!;
const label = (id: string, lang: 'de' | 'en' = 'de') => MASSNAHMEN.find((v) => v.id === id)!.label[lang];

const judged = (p: Program, answers: Answers) => {
  const r = evaluateProgram(p, answers, catalogue, AS_OF);
  return { r, purpose: [...r.met, ...r.failed, ...r.open].find((c) => c.id === 'massnahmen') };
};

describe('purpose fit', () => {
  it('open while massnahmen is unanswered, and listed first', () => {
    const { r, purpose } = judged(treffpunkt, { antragsteller: 'gemeinde' });
    expect(purpose?.result).toBe('unknown');
    expect(r.open[0]!.id).toBe('massnahmen');
  });

  it('met when the project names one Maßnahme the program funds', () => {
    expect(judged(treffpunkt, { massnahmen: ['begegnungsort'] }).purpose?.result).toBe('met');
    expect(judged(treffpunkt, { massnahmen: ['digitale_teilhabe', 'engagement_ehrenamt'] }).purpose?.result).toBe('met');
  });

  it('failed when the project names none of them, and that alone rules the program out', () => {
    const { r, purpose } = judged(treffpunkt, { ...TREFFPUNKT_ELIGIBLE, massnahmen: ['digitale_teilhabe', 'integration_zugewanderte'] });
    expect(purpose?.result).toBe('failed');
    expect(r.status).toBe('ineligible');
    expect(r.failed.map((c) => c.id)).toEqual(['massnahmen']);
    // An empty answer is an answer: the project does none of these things.
    expect(judged(treffpunkt, { massnahmen: [] }).purpose?.result).toBe('failed');
  });

  it('an answer the engine cannot read is not an answer', () => {
    expect(judged(treffpunkt, { massnahmen: 'begegnungsort' }).purpose?.result).toBe('unknown');
    expect(judged(treffpunkt, { massnahmen: true }).purpose?.result).toBe('unknown');
  });

  it('texts: what the program funds, and on failure what the project does instead', () => {
    expect(judged(treffpunkt, {}).purpose?.text).toEqual({
      de: `Fördert: ${label('begegnungsort')} oder ${label('engagement_ehrenamt')}.`,
      en: `Funds: ${label('begegnungsort', 'en')} or ${label('engagement_ehrenamt', 'en')}.`,
    });
    expect(judged(treffpunkt, { massnahmen: ['begegnungsort'] }).purpose?.text).toEqual(judged(treffpunkt, {}).purpose?.text);
    const failed = judged(treffpunkt, { massnahmen: ['digitale_teilhabe', 'integration_zugewanderte'] }).purpose!;
    expect(failed.text.de).toBe(
      `Fördert: ${label('begegnungsort')} oder ${label('engagement_ehrenamt')}. Ihr Vorhaben nennt nichts davon, sondern: ${label('digitale_teilhabe')} und ${label('integration_zugewanderte')}.`,
    );
    expect(failed.text.en).toBe(
      `Funds: ${label('begegnungsort', 'en')} or ${label('engagement_ehrenamt', 'en')}. Your project names none of these, but: ${label('digitale_teilhabe', 'en')} and ${label('integration_zugewanderte', 'en')}.`,
    );
  });

  it('the source of the purpose, with its section', () => {
    expect(judged(treffpunkt, {}).purpose?.source).toMatchObject({ id: 'richtlinie', url: 'https://example.org/richtlinie', section: 'Nr. 1 Zuwendungszweck' });
  });

  it('a program without a purpose has no such criterion', () => {
    for (const p of catalogue.programs.filter((x) => !x.massnahmen)) {
      const r = evaluateProgram(p, { massnahmen: ['digitale_teilhabe'] }, catalogue, AS_OF);
      expect([...r.met, ...r.failed, ...r.open].map((c) => c.id), p.id).not.toContain('massnahmen');
      expect(purposeFit(p, { massnahmen: ['digitale_teilhabe'] })).toBeUndefined();
    }
  });

  it('the program’s own wording replaces the generated one', () => {
    const { program } = singleProgram(
      'eigener-zweck',
      `
      massnahmen:
        funds: [nahversorgung]
        source: faq
        text: { de: Gefördert werden Dorfläden., en: Village shops are funded. }
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      `,
    );
    expect(judged(program, {}).purpose?.text).toEqual({ de: 'Gefördert werden Dorfläden.', en: 'Village shops are funded.' });
    expect(judged(program, { massnahmen: ['begegnungsort'] }).purpose?.text.de).toBe(
      `Gefördert werden Dorfläden. Ihr Vorhaben nennt nichts davon, sondern: ${label('begegnungsort')}.`,
    );
    // A plain reference: the source as it is, without a section.
    expect(judged(program, {}).purpose?.source).toEqual({ id: 'faq', reference: 'FAQ des Fördergebers, S. 2', stand: 'o. D.', official: false });
  });

  it('an uncertain purpose never rules a program out: failed is shown as open, with the note', () => {
    const { program } = singleProgram(
      'unsicherer-zweck',
      `
      massnahmen:
        funds: [nahversorgung]
        source: richtlinie
        uncertain: { de: Nur aus einer Pressemitteilung., en: From a press release only. }
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      `,
    );
    const note = { de: 'Nur aus einer Pressemitteilung.', en: 'From a press release only.' };
    const failed = judged(program, { massnahmen: ['begegnungsort'], buergerbeteiligung: true });
    expect(failed.purpose).toMatchObject({ result: 'unknown', uncertain: note });
    expect(failed.r.status).toBe('unknown');
    // The text still says what the project does instead.
    expect(failed.purpose!.text.de).toContain('Ihr Vorhaben nennt nichts davon');
    expect(judged(program, { massnahmen: ['nahversorgung'] }).purpose).toMatchObject({ result: 'met', uncertain: note });
    expect(judged(program, { massnahmen: ['nahversorgung'], buergerbeteiligung: true }).r.status).toBe('eligible');
    // Without the note there is no `uncertain` key at all.
    expect(judged(treffpunkt, {}).purpose).not.toHaveProperty('uncertain');
  });

  it('property: met if the answer meets the funds, failed if answered and disjoint, unknown if unanswered', () => {
    const ids = MASSNAHMEN.map((v) => v.id);
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 1 }),
        fc.option(fc.subarray(ids), { nil: undefined }),
        fc.boolean(),
        (funds, given, uncertain) => {
          const p: Program = {
            ...treffpunkt,
            massnahmen: { ...treffpunkt.massnahmen!, funds, ...(uncertain ? { uncertain: { de: 'unsicher', en: 'uncertain' } } : {}) },
          };
          const answers: Answers = given === undefined ? {} : { massnahmen: given };
          const want = given === undefined ? 'unknown' : given.some((x) => funds.includes(x)) ? 'met' : 'failed';
          expect(purposeFit(p, answers)).toBe(want);
          const { r, purpose } = judged(p, answers);
          expect(purpose?.result).toBe(uncertain && want === 'failed' ? 'unknown' : want);
          if (want === 'failed' && !uncertain) expect(r.status).toBe('ineligible');
          if (want !== 'failed' || uncertain) expect(r.failed.map((c) => c.id)).not.toContain('massnahmen');
        },
      ),
      { numRuns: 500 },
    );
  });
});
