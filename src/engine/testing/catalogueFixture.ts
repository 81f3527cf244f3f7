/**
 * Test-only helper: builds small catalogues with the real rule compiler from the real answers
 * vocabulary (`rules/questions.yaml`) and shared conditions (`rules/conditions.yaml`) plus
 * purpose-made programs written inline as YAML. It never reads `rules/programs/`, whose files
 * change while others edit them. Not part of the engine: nothing outside tests imports it.
 */
import { compileRules, type CompileResult } from '../../catalogue/compileRules';
import { formatIssue } from '../../catalogue/ruleIssue';
import conditionsYaml from '../../../rules/conditions.yaml?raw';
import questionsYaml from '../../../rules/questions.yaml?raw';
import type { Answers, Catalogue, Program } from '../types';

export { conditionsYaml, questionsYaml };

/** Removes the common indentation of a template literal, so YAML can be indented with the code. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n') + '\n';
}

/** Top-level keys every program needs; each is filled in unless the body gives it itself. */
const defaults = (id: string): Record<string, string> => ({
  id: `id: ${id}`,
  name: `name: { de: Testprogramm ${id}, en: Test program ${id} }`,
  funder: 'funder: { de: Testförderer, en: Test funder }',
  level: 'level: land',
  kind: 'kind: foerderung',
  funding_type: 'funding_type: zuschuss',
  phases: 'phases: [umsetzung]',
  handlungsfelder: 'handlungsfelder: [beteiligung_engagement]',
  zielgruppen: 'zielgruppen: [alle_generationen]',
  summary: 'summary: { de: Ein Testprogramm., en: A test program. }',
  sources: dedent(`
    sources:
      - id: richtlinie
        url: https://example.org/richtlinie
        title: Förderrichtlinie
        stand: "2026-01"
        official: true
      - id: faq
        reference: FAQ des Fördergebers, S. 2
        stand: o. D.
        official: false
  `).trimEnd(),
  last_checked: 'last_checked: 2026-01-15',
  review_by: 'review_by: 2027-01-15',
  amount: 'amount: none',
  deadlines: 'deadlines: { continuous: true }',
  application: dedent(`
    application:
      route: { de: Antrag per Post., en: Apply by post. }
      next_step: { de: Beim Fördergeber anrufen., en: Call the funder. }
  `).trimEnd(),
});

/**
 * The YAML of one test program: `body` holds the top-level keys that matter for the test (at
 * least `criteria`, written at column 0 or indented consistently); every other required key is
 * filled with a neutral default. The program has the sources `richtlinie` (url) and `faq`
 * (reference).
 */
export function programYaml(id: string, body: string): string {
  const own = dedent(body);
  const given = new Set([...own.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]!));
  const filled = Object.entries(defaults(id))
    .filter(([key]) => !given.has(key))
    .map(([, yaml]) => yaml);
  return `${filled.join('\n')}\n${own}`;
}

/**
 * Compiles a catalogue from the real questions and conditions plus the given program YAML texts
 * (each named `rules/programs/<id>.yaml` after its `id:` line) and a combinations file. Throws with
 * every `file:line:col: reason` if the rules have issues, so a broken fixture fails loudly.
 */
export function buildCatalogue(programs: readonly string[], combinations = 'relations: []\n', withPhaseFit = false): Catalogue {
  const { catalogue, issues } = compileWithCases(programs, [], combinations);
  if (!catalogue || issues.length) {
    throw new Error(`test catalogue does not compile:\n${issues.map(formatIssue).join('\n')}`);
  }
  return withPhaseFit ? catalogue : withoutPhaseFit(catalogue);
}

/**
 * The same catalogue without the built-in phase fit (evaluate.ts adds a `phasen` criterion to a
 * program that names its phases), so tests of a program's own criteria see only those.
 */
export function withoutPhaseFit(catalogue: Catalogue): Catalogue {
  return { ...catalogue, programs: catalogue.programs.map((p) => ({ ...p, phases: [] })) };
}

/**
 * Compiles the given programs with scenario case files (`{ file, text }`, files under
 * `rules/cases/`), for tests of the case runner; issues are returned, not thrown.
 */
export function compileWithCases(
  programs: readonly string[],
  cases: readonly { file: string; text: string }[],
  combinations = 'relations: []\n',
): CompileResult {
  return compileRules({
    questions: { file: 'rules/questions.yaml', text: questionsYaml },
    conditions: { file: 'rules/conditions.yaml', text: conditionsYaml },
    combinations: { file: 'rules/combinations.yaml', text: combinations },
    programs: programs.map((text, i) => {
      const id = /^id:\s*(\S+)\s*$/m.exec(text)?.[1] ?? `program-${i}`;
      return { file: `rules/programs/${id}.yaml`, text };
    }),
    cases,
  });
}

/** A catalogue of exactly one program, and that program. */
export function singleProgram(id: string, body: string): { catalogue: Catalogue; program: Program } {
  const catalogue = buildCatalogue([programYaml(id, body)]);
  return { catalogue, program: programOf(catalogue, id) };
}

/** The program of a catalogue by id; throws on a typo so tests fail clearly. */
export function programOf(catalogue: Catalogue, id: string): Program {
  const p = catalogue.programs.find((x) => x.id === id);
  if (!p) throw new Error(`no program "${id}" in the test catalogue (${catalogue.programs.map((x) => x.id).join(', ')})`);
  return p;
}

/**
 * The standard test programs. Each one exercises a few features:
 * - `kommunal-impuls`: municipal applicants (any/all, a shared condition), per-applicant tiers
 *   with unknown quota, dated deadlines with opening dates (modelled on Quartiersimpulse);
 * - `verein-mikro`: civil-society applicants, quota 0.8 with min/max and own share, a recurring
 *   yearly deadline, an uncertain criterion;
 * - `kleine-gemeinde`: a derived fact (`einwohner`), a fixed amount, continuous deadline;
 * - `beratung-alter`: advice without money, set operators, no deadline known;
 * - `beendet`: valid until 2025-12-31, a passed deadline with an announced next round;
 * - `personal-deckel`: quota range, own share, personal ≤ 40 %;
 * - `monatlich`: an amount per month (`per_unit`), number and date operators;
 * - `kleinprojekt`: a limit on the derived total cost `kosten_gesamt` (like LEADER Regionalbudget),
 *   decided by bounds while some costs are still unanswered;
 * - `treffpunkt`: a purpose (`massnahmen`), a criterion that `applies` only to non-municipal
 *   applicants, cost types and a minimum grant (cost fit), deadlines for first and repeat
 *   applications (`when: folgeantrag`), no word on a next round, a rhythm.
 */
export const FIXTURE_PROGRAMS: readonly string[] = [
  programYaml(
    'kommunal-impuls',
    `
    criteria:
      - id: antragsberechtigt
        text:
          de: Antragsberechtigt sind Städte, Gemeinden und kommunale Verbünde; Landkreise nur mit einer Gemeinde.
          en: Towns, municipalities and associations may apply; districts only with a municipality.
        source: { ref: richtlinie, section: Nr. 2 Antragsberechtigt }
        rule:
          any:
            - condition: gemeinde-oder-verbund
            - all:
                - fact: antragsteller
                  equals: landkreis
                - fact: kreis_mit_gemeinde
                  is: true
      - id: buergerbeteiligung
        text: { de: Bürgerbeteiligung ist Pflicht., en: Citizen participation is required. }
        source: { ref: richtlinie, section: Nr. 3 }
        rule: { fact: buergerbeteiligung, is: true }
      - id: partner
        text: { de: Ein zivilgesellschaftlicher Partner wirkt mit., en: A civil-society partner takes part. }
        source: faq
        rule: { fact: zivilgesellschaftlicher_partner, is: true }
      - id: beschluss
        text: { de: Ein Gemeinderatsbeschluss liegt vor., en: A council decision exists. }
        source: richtlinie
        rule: { fact: gemeinderatsbeschluss, is: true }
      - id: noch-nicht-begonnen
        text: { de: Noch nicht begonnen., en: Not yet started. }
        source: richtlinie
        rule: { condition: noch-nicht-begonnen }
    amount:
      cost_types: [personal, sach, beratung]
      own_share_min: unknown
      tiers:
        - applicants: [gemeinde, stadtkreis]
          quota: unknown
          min: 20000
          max: 85000
          source: richtlinie
        - applicants: [kommunaler_verbund, landkreis]
          quota: unknown
          min: 40000
          max: 115000
          source: richtlinie
    deadlines:
      next_round: not_announced
      dates:
        - date: 2026-03-13
          opens: 2026-01-14
          label: { de: Runde 1/2026, en: Round 1/2026 }
          source: richtlinie
        - date: 2026-08-14
          opens: 2026-05-04
          label: { de: Runde 2/2026, en: Round 2/2026 }
          source: richtlinie
    `,
  ),
  programYaml(
    'verein-mikro',
    `
    criteria:
      - id: traeger
        text: { de: Antragsberechtigt sind zivilgesellschaftliche Gruppen., en: Civil-society groups may apply. }
        source: richtlinie
        rule: { condition: zivilgesellschaft }
      - id: gemeinnuetzig
        text: { de: Der Träger ist gemeinnützig., en: The body is non-profit. }
        source: richtlinie
        rule: { fact: gemeinnuetzig, is: true }
      - id: kommune
        text: { de: Die Gemeinde unterstützt das Vorhaben., en: The municipality supports the project. }
        source: { ref: faq, section: Frage 4 }
        uncertain: { de: Nur aus der FAQ bekannt., en: Known from the FAQ only. }
        rule: { fact: kommune_unterstuetzt, is: true }
    amount:
      cost_types: [sach, beratung]
      own_share_min: 0.1
      tiers:
        - quota: 0.8
          min: 500
          max: 5000
          source: richtlinie
    deadlines:
      recurring:
        - month: 9
          day: 30
          opens: { month: 7, day: 1 }
          label: { de: Jährliche Frist, en: Yearly deadline }
          source: richtlinie
    `,
  ),
  programYaml(
    'kleine-gemeinde',
    `
    criteria:
      - id: kommunal
        text: { de: Antragsteller ist eine Kommune., en: The applicant is a municipal body. }
        source: richtlinie
        rule: { condition: kommunaler-antragsteller }
      - id: groesse
        text: { de: Höchstens 5.000 Einwohner., en: "At most 5,000 inhabitants." }
        source: richtlinie
        rule: { fact: einwohner, max: 5000 }
    amount:
      cost_types: [investition]
      own_share_min: none
      tiers:
        - quota: none
          min: none
          max: 3000
          fixed: 3000
          source: richtlinie
    deadlines: { continuous: true }
    `,
  ),
  programYaml(
    'beratung-alter',
    `
    kind: beratung
    funding_type: beratung
    criteria:
      - id: thema
        text: { de: Das Vorhaben betrifft das Alter., en: The project is about old age. }
        source: richtlinie
        rule:
          any:
            - fact: handlungsfelder
              includes_any: [pflege_gesundheit, familie_generationen]
            - fact: zielgruppen
              includes_all: [aeltere, pflegebeduerftige]
    amount: none
    deadlines: {}
    `,
  ),
  programYaml(
    'beendet',
    `
    valid: { from: 2020-01-01, to: 2025-12-31 }
    criteria:
      - id: beteiligung
        text: { de: Bürgerbeteiligung., en: Citizen participation. }
        source: richtlinie
        rule: { fact: buergerbeteiligung, is: true }
    deadlines:
      next_round: announced
      dates:
        - date: 2025-06-30
          label: { de: Letzte Frist, en: Last deadline }
          source: richtlinie
    `,
  ),
  programYaml(
    'personal-deckel',
    `
    criteria:
      - id: traeger
        text: { de: Kommunen und Vereine., en: Municipalities and associations. }
        source: richtlinie
        rule:
          any:
            - condition: kommunaler-antragsteller
            - fact: antragsteller
              equals: verein
    amount:
      cost_types: [personal, sach]
      own_share_min: 0.2
      cost_type_caps:
        - cost_type: personal
          max_share: 0.4
          source: richtlinie
      tiers:
        - quota: { min: 0.5, max: 0.9 }
          min: none
          max: 50000
          source: richtlinie
    deadlines:
      dates:
        - date: 2026-06-30
          label: { de: Stichtag, en: Cut-off date }
          source: richtlinie
    `,
  ),
  programYaml(
    'monatlich',
    `
    criteria:
      - id: laufzeit
        text: { de: Mindestens sechs Monate., en: At least six months. }
        source: richtlinie
        rule: { fact: laufzeit_monate, min: 6 }
      - id: beginn
        text: { de: Beginn ab 2026., en: Start from 2026. }
        source: richtlinie
        rule: { fact: projektbeginn, on_or_after: 2026-01-01 }
      - id: eigenmittel
        text: { de: Mindestens 1.000 € Eigenmittel., en: "At least €1,000 own funds." }
        source: richtlinie
        rule: { fact: eigenmittel, min: 1000 }
    amount:
      cost_types: [personal]
      own_share_min: none
      tiers:
        - quota: none
          min: none
          max: 30000
          per_unit: { fact: laufzeit_monate, euro: 500 }
          source: richtlinie
    deadlines: { continuous: true }
    `,
  ),
  programYaml(
    'kleinprojekt',
    `
    criteria:
      - id: gesamtkosten
        text: { de: Gesamtkosten unter 20.000 €., en: Total costs below €20000. }
        source: richtlinie
        rule: { fact: kosten_gesamt, max: 19999 }
    deadlines: { continuous: true }
    `,
  ),
  programYaml(
    'treffpunkt',
    `
    massnahmen:
      funds: [begegnungsort, engagement_ehrenamt]
      source: { ref: richtlinie, section: Nr. 1 Zuwendungszweck }
    criteria:
      - id: traeger
        text: { de: "Kommunen, Vereine und Initiativen.", en: "Municipalities, associations and initiatives." }
        source: richtlinie
        rule: { fact: antragsteller, in: [gemeinde, stadtkreis, kommunaler_verbund, verein, initiative] }
      - id: gemeinnuetzig
        text: { de: Nichtkommunale Träger sind gemeinnützig., en: Non-municipal bodies are non-profit. }
        source: { ref: richtlinie, section: Nr. 2 }
        applies:
          not: { fact: antragsteller, in: [gemeinde, stadtkreis, kommunaler_verbund] }
        rule: { fact: gemeinnuetzig, is: true }
    amount:
      cost_types: [sach, investition]
      own_share_min: none
      tiers:
        - quota: 0.5
          min: 2500
          max: 20000
          source: { ref: richtlinie, section: Nr. 5 Höhe }
    deadlines:
      next_round: unknown
      rhythm: { de: In der Regel eine Runde im Frühjahr., en: Usually one round in spring. }
      dates:
        - date: 2026-04-30
          opens: 2026-01-15
          label: { de: Erstanträge, en: First applications }
          when: { fact: folgeantrag, is: false }
          source: richtlinie
        - date: 2026-03-31
          label: { de: Folgeanträge, en: Repeat applications }
          when: { fact: folgeantrag, is: true }
          source: richtlinie
    `,
  ),
];

let cached: Catalogue | undefined;

/** The catalogue of the standard test programs (compiled once). */
export function fixtureCatalogue(): Catalogue {
  cached ??= buildCatalogue(FIXTURE_PROGRAMS);
  return cached;
}

/**
 * The cost form as the app sends it (all four types): 50,000 € of the types `kommunal-impuls`
 * pays, enough for the minimum grant of either of its tiers (20,000 € and 40,000 €).
 */
export const KOMMUNAL_COSTS = {
  kosten_personal: 30000,
  kosten_sach: 15000,
  kosten_beratung: 5000,
  kosten_investition: 0,
} as const;

/**
 * Answers under which `kommunal-impuls` is eligible for a Gemeinde (its own criteria and its cost
 * fit); tests remove or change one fact to see a single criterion fail or stay open.
 */
export const KOMMUNAL_ELIGIBLE = {
  antragsteller: 'gemeinde',
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: true,
  gemeinderatsbeschluss: true,
  bereits_begonnen: false,
  ...KOMMUNAL_COSTS,
} as const;

/** The four cost facts of the cost form, all 0 except the given ones (as the step schema sends them). */
export function costs(given: Partial<Record<'kosten_personal' | 'kosten_sach' | 'kosten_beratung' | 'kosten_investition', number>>): Answers {
  return { kosten_personal: 0, kosten_sach: 0, kosten_beratung: 0, kosten_investition: 0, ...given };
}

/**
 * Answers under which `treffpunkt` is eligible for a Verein: a Maßnahme it funds, non-profit, and
 * 12,000 € of Sach- and Investitionskosten (a grant of 6,000 €, above its minimum of 2,500 €).
 */
export const TREFFPUNKT_ELIGIBLE: Answers = {
  antragsteller: 'verein',
  gemeinnuetzig: true,
  massnahmen: ['begegnungsort'],
  ...costs({ kosten_sach: 8000, kosten_investition: 4000 }),
};

/** A copy of the answers without the given facts (as if never answered). */
export function without(answers: Answers, ...facts: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !facts.includes(k)));
}
