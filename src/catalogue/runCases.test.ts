/**
 * The case runner: a case pins statuses, amounts and deadlines per program, the criteria that
 * fail or stay open (`failed:`, `open:`), and the whole set of eligible programs (`eligible:`).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { FIXTURE_PROGRAMS, compileWithCases } from '../engine/testing/catalogueFixture';
import { formatIssue } from './ruleIssue';
import { runCases } from './runCases';

const FILE = 'rules/cases/fixture.yaml';

/** Answers under which exactly beratung-alter, kommunal-impuls, personal-deckel and treffpunkt are eligible. */
const ANSWERS = `
      antragsteller: gemeinde
      buergerbeteiligung: true
      zivilgesellschaftlicher_partner: true
      gemeinderatsbeschluss: true
      bereits_begonnen: false
      phasen: [umsetzung]
      massnahmen: [begegnungsort]
      kosten_personal: 30000
      kosten_sach: 15000
      kosten_beratung: 5000
      kosten_investition: 0`;
const ELIGIBLE = ['beratung-alter', 'kommunal-impuls', 'personal-deckel', 'treffpunkt'];

/** Compiles the fixture programs with one case file and runs its cases; every message as `file:line:col: …`. */
function run(cases: string): string[] {
  const { catalogue, cases: loaded, issues } = compileWithCases(FIXTURE_PROGRAMS, [{ file: FILE, text: cases }]);
  if (!catalogue) return issues.map(formatIssue);
  return [...issues.map(formatIssue), ...runCases(catalogue, loaded).map(formatIssue)];
}

/** One case (at line 2, column 5 of the file) with the given keys after its answers. */
const oneCase = (rest: string, answers = ANSWERS) => `cases:
  - name: Gemeinde mit Treffpunkt
    as_of: 2026-02-01
    answers:${answers}
${rest}
`;

describe('eligible: exactly these programs are eligible', () => {
  it('the premise: these answers make exactly those programs eligible', () => {
    const { catalogue, cases } = compileWithCases(FIXTURE_PROGRAMS, [{ file: FILE, text: oneCase(`    eligible: [${ELIGIBLE.join(', ')}]`) }]);
    const e = evaluate(catalogue!, cases[0]!.answers as never, { asOf: '2026-02-01' });
    expect(e.programs.filter((p) => p.status === 'eligible').map((p) => p.id)).toEqual(ELIGIBLE);
  });

  it('passes when the list is exactly right, in any order, with no `expect` at all', () => {
    expect(run(oneCase(`    eligible: [${[...ELIGIBLE].reverse().join(', ')}]`))).toEqual([]);
  });

  it('reports programs that are eligible but not listed', () => {
    expect(run(oneCase('    eligible: [kommunal-impuls, treffpunkt]'))).toEqual([
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": eligible but not expected: beratung-alter, personal-deckel`,
    ]);
  });

  it('reports listed programs that are not eligible, with the criteria that fail or stay open', () => {
    expect(run(oneCase(`    eligible: [${ELIGIBLE.join(', ')}, kleine-gemeinde, kleinprojekt]`))).toEqual([
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": kleine-gemeinde: expected eligible, got ineligible (foerderfaehige-kosten=failed, groesse=unknown)`,
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": kleinprojekt: expected eligible, got ineligible (gesamtkosten=failed)`,
    ]);
  });

  it('reports an unknown program id in the list', () => {
    expect(run(oneCase(`    eligible: [${ELIGIBLE.join(', ')}, gibt-es-nicht]`))).toEqual([
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": unknown program "gibt-es-nicht" in "eligible"`,
    ]);
  });

  it('an empty list: no program may be eligible', () => {
    expect(run(oneCase('    eligible: []', ' {}'))).toEqual([]);
    expect(run(oneCase('    eligible: []'))).toEqual([
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": eligible but not expected: ${ELIGIBLE.join(', ')}`,
    ]);
  });

  it('works together with `expect`', () => {
    const rest = `    eligible: [${ELIGIBLE.join(', ')}]
    expect:
      kleinprojekt: ineligible
      treffpunkt: { status: eligible, amount: { min: 7500, max: 7500 } }`;
    expect(run(oneCase(rest))).toEqual([]);
  });

  it('a case that expects nothing at all is a schema error', () => {
    const messages = run(oneCase(''));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/a case expects something of at least one program \("expect" or "eligible"\)$/);
  });
});

describe('failed and open: the criteria that decide', () => {
  it('passes when the named criteria fail or stay open', () => {
    const rest = `    expect:
      kleinprojekt: { status: ineligible, failed: [gesamtkosten] }
      kleine-gemeinde: { status: ineligible, failed: [foerderfaehige-kosten], open: [groesse] }`;
    expect(run(oneCase(rest))).toEqual([]);
  });

  it('built-in criteria can be named too', () => {
    const answers = `
      antragsteller: verein
      gemeinnuetzig: true
      massnahmen: [digitale_teilhabe]
      kosten_personal: 0
      kosten_sach: 1000
      kosten_beratung: 0
      kosten_investition: 0`;
    const rest = `    expect:
      treffpunkt: { status: ineligible, failed: [massnahmen, mindestbetrag] }
      kommunal-impuls: { status: ineligible, failed: [antragsberechtigt], open: [buergerbeteiligung] }`;
    expect(run(oneCase(rest, answers))).toEqual([]);
  });

  it('reports a criterion that does not fail, or is not open, with the ones that are', () => {
    const rest = `    expect:
      kleinprojekt: { status: ineligible, failed: [gesamtkosten, antragsberechtigt] }
      kleine-gemeinde: { status: ineligible, open: [kommunal] }
      kommunal-impuls: { status: eligible, open: [partner] }`;
    expect(run(oneCase(rest))).toEqual([
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": kleinprojekt: expected criterion "antragsberechtigt" to be failed; failed: gesamtkosten`,
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": kleine-gemeinde: expected criterion "kommunal" to be open; open: groesse`,
      `${FILE}:2:5: case "Gemeinde mit Treffpunkt": kommunal-impuls: expected criterion "partner" to be open; open: none`,
    ]);
  });

  it('an empty list is a schema error', () => {
    const messages = run(oneCase(`    expect:
      kleinprojekt: { status: ineligible, failed: [] }`));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^rules\/cases\/fixture\.yaml:\d+:\d+: /);
  });
});
