import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CRITERIA, deriveFacts, evalExpr, evaluate, evaluateProgram, indexGemeinden, parseGemeindenCsv, type ProgramResult } from './index';
import { KOMMUNAL_ELIGIBLE, costs, without, fixtureCatalogue, programOf, singleProgram } from './testing/catalogueFixture';
import type { Answers } from './types';

const catalogue = fixtureCatalogue();
const AS_OF = '2026-02-01';
const GEMEINDEN_CSV = readFileSync(fileURLToPath(new URL('../../rules/data/gemeinden.csv', import.meta.url)), 'utf8');
const gemeinden = indexGemeinden(parseGemeindenCsv(GEMEINDEN_CSV));

function result(answers: Answers, id: string, asOf = AS_OF): ProgramResult {
  const r = evaluate(catalogue, answers, { asOf, gemeinden }).programs.find((p) => p.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
}
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe('status', () => {
  it('eligible when every criterion is met', () => {
    const r = result(KOMMUNAL_ELIGIBLE, 'kommunal-impuls');
    expect(r.status).toBe('eligible');
    // Its own criteria in file order, then the built-in cost fit (three of four cost types, a minimum grant).
    expect(ids(r.met)).toEqual(['antragsberechtigt', 'buergerbeteiligung', 'partner', 'beschluss', 'noch-nicht-begonnen', 'foerderfaehige-kosten', 'mindestbetrag']);
    expect(r.failed).toEqual([]);
    expect(r.open).toEqual([]);
  });

  it('not eligible while the costs are unknown: the cost fit stays open', () => {
    const r = result(without(KOMMUNAL_ELIGIBLE, 'kosten_personal', 'kosten_sach', 'kosten_beratung', 'kosten_investition'), 'kommunal-impuls');
    expect(r.status).toBe('unknown');
    expect(ids(r.open)).toEqual(['foerderfaehige-kosten', 'mindestbetrag']);
    expect(r.met).toHaveLength(5);
  });

  it('unknown when nothing failed and something is open', () => {
    const rest = without(KOMMUNAL_ELIGIBLE, 'zivilgesellschaftlicher_partner');
    const r = result(rest, 'kommunal-impuls');
    expect(r.status).toBe('unknown');
    expect(ids(r.open)).toEqual(['partner']);
    expect(r.failed).toEqual([]);
    expect(r.met).toHaveLength(6);
  });

  it('ineligible when one criterion fails, even with others open', () => {
    const r = result({ antragsteller: 'verein' }, 'kommunal-impuls');
    expect(r.status).toBe('ineligible');
    expect(ids(r.failed)).toEqual(['antragsberechtigt']);
    // No tier pays a Verein, so no minimum grant applies; the cost types still do.
    expect(ids(r.open)).toEqual(['buergerbeteiligung', 'partner', 'beschluss', 'noch-nicht-begonnen', 'foerderfaehige-kosten']);
  });

  it('every program is unknown or ineligible with no answers, and none is eligible', () => {
    const e = evaluate(catalogue, {}, { asOf: AS_OF });
    expect(e.programs.map((p) => p.id)).toEqual(catalogue.programs.map((p) => p.id));
    for (const p of e.programs) expect(p.status).not.toBe('eligible');
    expect(e.programs.find((p) => p.id === 'kommunal-impuls')!.status).toBe('unknown');
  });

  it('met, failed and open partition the criteria in their order', () => {
    const r = result({ antragsteller: 'landkreis', buergerbeteiligung: false, bereits_begonnen: false }, 'kommunal-impuls');
    expect(r.status).toBe('ineligible');
    expect(ids(r.met)).toEqual(['noch-nicht-begonnen']);
    expect(ids(r.failed)).toEqual(['buergerbeteiligung']);
    // Landkreis without kreis_mit_gemeinde: the any/all stays open; so does the cost fit.
    expect(ids(r.open)).toEqual(['antragsberechtigt', 'partner', 'beschluss', 'foerderfaehige-kosten', 'mindestbetrag']);
    for (const c of [...r.met, ...r.failed, ...r.open]) {
      expect(c.result).toBe(r.met.includes(c) ? 'met' : r.failed.includes(c) ? 'failed' : 'unknown');
    }
  });

  it('a Landkreis with a Gemeinde is eligible, without one it is not', () => {
    expect(result({ ...KOMMUNAL_ELIGIBLE, antragsteller: 'landkreis', kreis_mit_gemeinde: true }, 'kommunal-impuls').status).toBe('eligible');
    expect(result({ ...KOMMUNAL_ELIGIBLE, antragsteller: 'landkreis', kreis_mit_gemeinde: false }, 'kommunal-impuls').status).toBe('ineligible');
  });
});

describe('criterion texts and sources', () => {
  it('carries the text in both languages', () => {
    const r = result(KOMMUNAL_ELIGIBLE, 'kommunal-impuls');
    expect(r.met[1]!.text).toEqual({ de: 'Bürgerbeteiligung ist Pflicht.', en: 'Citizen participation is required.' });
  });

  it('resolves the source reference and keeps the section', () => {
    const r = result(KOMMUNAL_ELIGIBLE, 'kommunal-impuls');
    const byId = Object.fromEntries(r.met.map((c) => [c.id, c]));
    expect(byId.antragsberechtigt!.source).toEqual({
      id: 'richtlinie',
      url: 'https://example.org/richtlinie',
      title: 'Förderrichtlinie',
      stand: '2026-01',
      official: true,
      section: 'Nr. 2 Antragsberechtigt',
    });
    // A plain reference by id: the source as it is, without a section.
    expect(byId.partner!.source).toEqual({ id: 'faq', reference: 'FAQ des Fördergebers, S. 2', stand: 'o. D.', official: false });
    expect(byId.beschluss!.source).not.toHaveProperty('section');
  });

  it('does not change the program’s own source list', () => {
    result(KOMMUNAL_ELIGIBLE, 'kommunal-impuls');
    for (const s of programOf(catalogue, 'kommunal-impuls').sources) expect(s).not.toHaveProperty('section');
  });

  it('passes an uncertain note on, only where there is one', () => {
    const r = result({ antragsteller: 'verein', gemeinnuetzig: true }, 'verein-mikro');
    expect(r.status).toBe('unknown');
    expect(r.open[0]!.uncertain).toEqual({ de: 'Nur aus der FAQ bekannt.', en: 'Known from the FAQ only.' });
    expect(r.open[0]!.source).toMatchObject({ id: 'faq', section: 'Frage 4' });
    expect(r.met[0]).not.toHaveProperty('uncertain');
  });
});

describe('uncertain criteria', () => {
  const VEREIN_COSTS = costs({ kosten_sach: 2000 });

  it('never rule a program out: a failed uncertain criterion stays open', () => {
    const r = result({ antragsteller: 'verein', gemeinnuetzig: true, kommune_unterstuetzt: false, ...VEREIN_COSTS }, 'verein-mikro');
    expect(r.status).toBe('unknown');
    expect(ids(r.open)).toEqual(['kommune']);
    expect(r.open[0]!.result).toBe('unknown');
    expect(r.failed).toEqual([]);
  });

  it('count as met when met', () => {
    const r = result({ antragsteller: 'verein', gemeinnuetzig: true, kommune_unterstuetzt: true, ...VEREIN_COSTS }, 'verein-mikro');
    expect(r.status).toBe('eligible');
    expect(r.met[2]).toMatchObject({ id: 'kommune', result: 'met', uncertain: { de: 'Nur aus der FAQ bekannt.', en: 'Known from the FAQ only.' } });
  });
});

describe('validity and freshness', () => {
  const beendet = programOf(catalogue, 'beendet');

  it('an ended program is never eligible, even with every criterion met', () => {
    const r = result({ buergerbeteiligung: true }, 'beendet', '2026-01-01');
    expect(r.status).toBe('ineligible');
    expect(r.validity).toBe('ended');
    expect(ids(r.met)).toEqual(['beteiligung']);
    expect(r.failed).toEqual([]);
    expect(r.deadline).toEqual({ state: 'closed', since: '2025-12-31' });
  });

  it('the same program was eligible while it ran', () => {
    const r = result({ buergerbeteiligung: true }, 'beendet', '2025-06-01');
    expect(r.status).toBe('eligible');
    expect(r.validity).toBe('current');
  });

  it('a closed program is ended and never eligible', () => {
    const { catalogue: cat, program } = singleProgram(
      'geschlossen',
      `
      closed: true
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      `,
    );
    const r = evaluateProgram(program, { buergerbeteiligung: true }, cat, '2026-01-01');
    expect(r).toMatchObject({ status: 'ineligible', validity: 'ended' });
    expect(evaluate(cat, { buergerbeteiligung: true }, { asOf: '1999-01-01' }).programs[0]!.status).toBe('ineligible');
  });

  it('stale only after review_by', () => {
    expect(beendet.review_by).toBe('2027-01-15');
    expect(result({}, 'beendet', '2027-01-15').stale).toBe(false);
    expect(result({}, 'beendet', '2027-01-16').stale).toBe(true);
    expect(result({}, 'kommunal-impuls', '2026-06-01').stale).toBe(false);
  });

  it('reports the deadline and amount as of the date', () => {
    const r = result({ antragsteller: 'gemeinde' }, 'kommunal-impuls', '2026-02-01');
    expect(r.deadline).toMatchObject({ state: 'open_until', date: '2026-03-13' });
    expect(r.amount).toMatchObject({ kind: 'money', min: 20000, max: 85000 });
    expect(result({}, 'beratung-alter').amount).toEqual({ kind: 'none' });
  });

  it('echoes asOf and is deterministic', () => {
    const a = evaluate(catalogue, KOMMUNAL_ELIGIBLE, { asOf: AS_OF, gemeinden });
    const b = evaluate(catalogue, KOMMUNAL_ELIGIBLE, { asOf: AS_OF, gemeinden });
    expect(a.asOf).toBe(AS_OF);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('derived facts from ags (rules/data/gemeinden.csv)', () => {
  it('reads all 1,101 Gemeinden, quoted names included', () => {
    const list = parseGemeindenCsv(GEMEINDEN_CSV);
    expect(list).toHaveLength(1101);
    expect(gemeinden.get('08116036')).toEqual({
      ags: '08116036',
      name: 'Kohlberg',
      gemeindetyp: 'Gemeinde',
      kreisAgs: '08116',
      kreis: 'Esslingen',
      einwohner: 2344,
      stand: '2022-05-15',
    });
    expect(gemeinden.get('08111000')).toMatchObject({ name: 'Stuttgart, Landeshauptstadt', kreis: 'Stuttgart, Stadtkreis', gemeindetyp: 'Stadtkreis' });
    for (const g of list) {
      expect(g.ags).toMatch(/^08\d{6}$/);
      expect(Number.isInteger(g.einwohner) && g.einwohner > 0).toBe(true);
    }
  });

  it('Kohlberg (08116036): einwohner 2344, kreis_ags 08116, gemeindetyp gemeinde', () => {
    expect(deriveFacts({ ags: '08116036' }, gemeinden)).toEqual({
      ags: '08116036',
      einwohner: 2344,
      kreis_ags: '08116',
      gemeindetyp: 'gemeinde',
    });
  });

  it('maps every Gemeindetyp of the table', () => {
    expect(deriveFacts({ ags: '08111000' }, gemeinden).gemeindetyp).toBe('stadtkreis');
    expect(deriveFacts({ ags: '08115003' }, gemeinden).gemeindetyp).toBe('grosse_kreisstadt');
    const typs = new Set(parseGemeindenCsv(GEMEINDEN_CSV).map((g) => deriveFacts({ ags: g.ags }, gemeinden).gemeindetyp));
    expect([...typs].sort()).toEqual(['gemeinde', 'grosse_kreisstadt', 'stadt', 'stadtkreis']);
  });

  it('a small Gemeinde makes the population criterion met, a large city fails it', () => {
    const investment = costs({ kosten_investition: 10000 });
    const kohlberg = result({ antragsteller: 'gemeinde', ags: '08116036', ...investment }, 'kleine-gemeinde');
    expect(kohlberg.status).toBe('eligible');
    const stuttgart = result({ antragsteller: 'stadtkreis', ags: '08111000', ...investment }, 'kleine-gemeinde');
    expect(stuttgart.status).toBe('ineligible');
    expect(ids(stuttgart.failed)).toEqual(['groesse']);
  });

  it('the evaluation holds the derived answers', () => {
    const e = evaluate(catalogue, { ags: '08116036' }, { asOf: AS_OF, gemeinden });
    expect(e.answers).toMatchObject({ einwohner: 2344, kreis_ags: '08116', gemeindetyp: 'gemeinde' });
  });

  it('a known Gemeinde overrides typed derived facts', () => {
    const e = evaluate(catalogue, { ags: '08116036', einwohner: 999999, gemeindetyp: 'stadtkreis' }, { asOf: AS_OF, gemeinden });
    expect(e.answers).toMatchObject({ einwohner: 2344, gemeindetyp: 'gemeinde' });
  });

  it('without the table, or with an unknown or ill-typed ags, nothing is derived', () => {
    expect(result({ antragsteller: 'gemeinde', ags: '08999999' }, 'kleine-gemeinde').status).toBe('unknown');
    expect(evaluate(catalogue, { antragsteller: 'gemeinde', ags: '08116036' }, { asOf: AS_OF }).programs.find((p) => p.id === 'kleine-gemeinde')!.status).toBe('unknown');
    expect(deriveFacts({ ags: 8116036 } as unknown as Answers, gemeinden)).toEqual({ ags: 8116036 });
    const answers = { ags: '08999999', einwohner: 100 };
    expect(deriveFacts(answers, gemeinden)).toBe(answers);
  });

  it('does not change the answers it was given', () => {
    const answers = { ags: '08116036' };
    evaluate(catalogue, answers, { asOf: AS_OF, gemeinden });
    expect(answers).toEqual({ ags: '08116036' });
  });
});

describe('derived total cost (kosten_gesamt)', () => {
  it('is the sum of the costs once every cost type is answered', () => {
    expect(deriveFacts({ kosten_sach: 1000, kosten_personal: 500, kosten_beratung: 0, kosten_investition: 0 }, undefined)).toMatchObject({ kosten_gesamt: 1500 });
    expect(deriveFacts({ kosten_sach: 1000, kosten_personal: 500 }, undefined)).not.toHaveProperty('kosten_gesamt');
    expect(deriveFacts({ antragsteller: 'verein' }, undefined)).not.toHaveProperty('kosten_gesamt');
  });

  it('decides a limit on the total cost', () => {
    expect(result({ kosten_sach: 25000, kosten_personal: 0, kosten_beratung: 0, kosten_investition: 0 }, 'kleinprojekt').status).toBe('ineligible');
    expect(result({ kosten_sach: 5000, kosten_personal: 0, kosten_beratung: 0, kosten_investition: 0 }, 'kleinprojekt').status).toBe('eligible');
    expect(result({}, 'kleinprojekt').status).toBe('unknown');
  });

  /**
   * `kosten_gesamt` is derived only once every cost type is answered; derived from partial
   * answers, a limit on the total could be met first and fail after a further answer
   * (Kleene monotonicity, DESIGN §4/§8).
   */
  it('answering a further cost never turns an eligible program ineligible', () => {
    const before = result({ kosten_sach: 5000 }, 'kleinprojekt').status;
    const after = result({ kosten_sach: 5000, kosten_investition: 50000, kosten_personal: 0, kosten_beratung: 0 }, 'kleinprojekt').status;
    expect(after).toBe('ineligible');
    if (before !== 'unknown') expect(after, `was ${before} with only kosten_sach answered`).toBe(before);
  });
});

describe('totality: any input gets a result, never an exception', () => {
  const odd: unknown[] = [
    null,
    undefined,
    0,
    42,
    'antragsteller=gemeinde',
    true,
    [],
    ['gemeinde'],
    Object.create(null),
    new Date(0),
    { antragsteller: 5, buergerbeteiligung: 'ja', kosten_sach: -100, kosten_personal: Number.NaN, laufzeit_monate: Number.POSITIVE_INFINITY },
    { antragsteller: null, handlungsfelder: [null, 1, {}], projektbeginn: 20260101, ags: 8116036 },
    { ags: ['08116036'], einwohner: '2344', zielgruppen: 'aeltere', kosten_investition: 1e308, kosten_sach: 1e308 },
    { __proto__: { antragsteller: 'gemeinde' } },
    JSON.parse('{"__proto__": {"antragsteller": "gemeinde"}, "constructor": 1, "toString": "x"}'),
  ];

  it.each(odd.map((a) => [a]))('%j', (answers) => {
    const e = evaluate(catalogue, answers as Answers, { asOf: AS_OF, gemeinden });
    expect(e.programs).toHaveLength(catalogue.programs.length);
    for (const p of e.programs) {
      expect(['eligible', 'unknown', 'ineligible']).toContain(p.status);
      const program = programOf(catalogue, p.id);
      const listed = ids([...p.met, ...p.failed, ...p.open]);
      // Each criterion once: the program's own (unless it does not apply), then the built-in ones.
      expect(new Set(listed).size, p.id).toBe(listed.length);
      const own = program.criteria.filter((c) => !c.applies || evalExpr(c.applies, e.answers, catalogue) !== 'failed').map((c) => c.id);
      expect(listed.filter((id) => !Object.hasOwn(BUILTIN_CRITERIA, id)), p.id).toEqual(own);
      expect(listed.includes('massnahmen'), p.id).toBe(program.massnahmen !== undefined);
      const restricted = program.amount !== 'none' && program.amount.cost_types.length < 4;
      expect(listed.includes('foerderfaehige-kosten'), p.id).toBe(restricted);
    }
  });

  /**
   * Engine bug (purpose.ts, purposeMismatchText → labelsOf): a Maßnahme that is not a value of the
   * vocabulary is named by itself (`?? id`) and handed to Intl.ListFormat, which throws a TypeError
   * for anything but a string, so `evaluate` throws for { massnahmen: [0] } or [null] (a failed
   * purpose fit builds that text). Expected: a result like for any other ill-typed answer.
   */
  it('an ill-typed Maßnahme ({ massnahmen: [0] }, [null], [{}, …])', () => {
    for (const answers of [{ massnahmen: [0] }, { massnahmen: [null] }, { massnahmen: [{}, 'digitale_teilhabe'] }]) {
      const e = evaluate(catalogue, answers as unknown as Answers, { asOf: AS_OF });
      expect(e.programs).toHaveLength(catalogue.programs.length);
    }
  });

  it('answers inherited from a prototype are not taken as given', () => {
    const r = result(Object.create(KOMMUNAL_ELIGIBLE) as Answers, 'kommunal-impuls');
    expect(r.status).not.toBe('eligible');
  });
});
