/**
 * The rule compiler's checks for the program parts the engine reads for its built-in criteria:
 * purpose (`massnahmen`), `applies`, deadlines with `when`, ids the engine reserves, the Stand of
 * a source, and the grouping of a set fact (`grouped_by`).
 */
import { describe, expect, it } from 'vitest';
import { compileWithCases, programYaml, questionsYaml } from '../engine/testing/catalogueFixture';
import { compileRules } from './compileRules';
import { formatIssue, type RuleIssue } from './ruleIssue';
import conditionsYaml from '../../rules/conditions.yaml?raw';

const CRITERION = `
criteria:
  - id: alle
    text: { de: Alle., en: Everyone. }
    source: richtlinie
    rule: { fact: buergerbeteiligung, is: true }
`;

function issuesOf(body: string): { issues: readonly RuleIssue[]; text: string } {
  const text = programYaml('pruefling', body);
  const { issues } = compileWithCases([text], []);
  return { issues, text };
}

/** The text of the program file from the issue's position on (to see that it points at the right node). */
const at = (text: string, issue: RuleIssue) => text.split('\n')[issue.line - 1]!.slice(issue.col - 1);

describe('criterion ids the engine adds itself', () => {
  it.each(['phasen', 'massnahmen', 'foerderfaehige-kosten', 'mindestbetrag'])('"%s" is reported at the id', (id) => {
    const { issues, text } = issuesOf(`
criteria:
  - id: alle
    text: { de: Alle., en: Everyone. }
    source: richtlinie
    rule: { fact: buergerbeteiligung, is: true }
  - id: ${id}
    text: { de: Doppelt., en: Twice. }
    source: richtlinie
    rule: { fact: gemeinnuetzig, is: true }
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(`"${id}" is a criterion the engine adds itself; choose another id`);
    expect(issues[0]!.file).toBe('rules/programs/pruefling.yaml');
    expect(at(text, issues[0]!)).toBe(id);
  });

  it('similar ids are fine', () => {
    expect(issuesOf(CRITERION.replace('id: alle', 'id: phasen-passen')).issues).toEqual([]);
  });
});

describe('purpose (massnahmen)', () => {
  it('accepts values of the fact, a source, an own text and an uncertain note', () => {
    const { issues } = issuesOf(`${CRITERION}
massnahmen:
  funds: [begegnungsort, nahversorgung]
  source: { ref: faq, section: Frage 1 }
  text: { de: Treffpunkte und Läden., en: Meeting places and shops. }
  uncertain: { de: Nur aus der FAQ., en: From the FAQ only. }
`);
    expect(issues).toEqual([]);
  });

  it('reports a value that is not a Maßnahme, at the value', () => {
    const { issues, text } = issuesOf(`${CRITERION}
massnahmen:
  funds: [begegnungsort, dorfladen]
  source: richtlinie
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^"dorfladen" is not a Maßnahme \(fact "massnahmen"\); allowed values: .*begegnungsort/);
    expect(at(text, issues[0]!)).toBe('dorfladen]');
  });

  it('reports an unknown source', () => {
    const { issues, text } = issuesOf(`${CRITERION}
massnahmen:
  funds: [begegnungsort]
  source: pressemitteilung
`);
    expect(issues.map((i) => i.message)).toEqual(['unknown source "pressemitteilung"; this program\'s sources: richtlinie, faq']);
    expect(at(text, issues[0]!)).toBe('pressemitteilung');
  });

  it('needs at least one value', () => {
    const { issues } = issuesOf(`${CRITERION}
massnahmen:
  funds: []
  source: richtlinie
`);
    expect(issues.map((i) => i.message)).toEqual(['massnahmen.funds: name at least one value of "massnahmen" the program funds']);
  });
});

describe('applies and when are rules like any other', () => {
  it('an unknown fact in `applies` is reported there', () => {
    const { issues, text } = issuesOf(`
criteria:
  - id: alle
    text: { de: Alle., en: Everyone. }
    source: richtlinie
    applies: { fact: rechtsform, equals: verein }
    rule: { fact: buergerbeteiligung, is: true }
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^unknown fact "rechtsform"/);
    expect(at(text, issues[0]!)).toMatch(/^rechtsform/);
  });

  it('an operator that does not fit the fact in `when` of a deadline is reported there', () => {
    const { issues, text } = issuesOf(`${CRITERION}
deadlines:
  dates:
    - date: 2026-06-30
      label: { de: Folgeanträge, en: Repeat applications }
      when: { fact: folgeantrag, in: [ja] }
      source: richtlinie
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^operator "in" does not fit fact "folgeantrag" \(boolean\)/);
    expect(at(text, issues[0]!)).toMatch(/^in: \[ja\]/);
  });

  it('an unknown condition in `when` of a recurring deadline is reported there', () => {
    const { issues, text } = issuesOf(`${CRITERION}
deadlines:
  recurring:
    - { month: 9, day: 30, label: { de: Frist, en: Deadline }, when: { condition: erstantrag }, source: richtlinie }
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^unknown condition "erstantrag"/);
    expect(at(text, issues[0]!)).toMatch(/^erstantrag/);
  });

  it('next_round unknown and a rhythm are accepted', () => {
    const { issues } = issuesOf(`${CRITERION}
deadlines:
  next_round: unknown
  rhythm: { de: Zwei Runden im Jahr., en: Two rounds a year. }
  dates:
    - { date: 2025-06-30, label: { de: Frist, en: Deadline }, when: { fact: folgeantrag, is: false }, source: richtlinie }
`);
    expect(issues).toEqual([]);
  });
});

describe('the Stand of a source', () => {
  it.each(['o. D. [aktuell]', '[2026]', '2026-01 [geschätzt]'])('"%s": a bracketed guess is reported at the Stand', (stand) => {
    const text = programYaml('pruefling', CRITERION).replace('stand: "2026-01"', `stand: "${stand}"`);
    expect(text).toContain(stand);
    const { issues } = compileWithCases([text], []);
    expect(issues.map((i) => i.message)).toEqual([
      'sources.0.stand: write the Stand the source shows (a date, or "o. D."); guesses in brackets are not shown to users',
    ]);
    expect(at(text, issues[0]!)).toBe(`"${stand}"`);
  });

  it('a date or "o. D." is fine', () => {
    for (const stand of ['o. D.', '2026-01-15', 'März 2026', 'Stand 11/2026 (S. 3)']) {
      const text = programYaml('pruefling', CRITERION).replace('stand: "2026-01"', `stand: "${stand}"`);
      expect(compileWithCases([text], []).issues.map(formatIssue), stand).toEqual([]);
    }
  });
});

describe('grouped_by in the questions', () => {
  const compileQuestions = (questions: string) =>
    compileRules({
      questions: { file: 'rules/questions.yaml', text: questions },
      conditions: { file: 'rules/conditions.yaml', text: conditionsYaml },
      combinations: { file: 'rules/combinations.yaml', text: 'relations: []\n' },
      programs: [],
      cases: [],
    }).issues.map((i) => i.message);

  it('the real questions group massnahmen by handlungsfelder without issues', () => {
    expect(questionsYaml).toContain('grouped_by: handlungsfelder');
    expect(compileQuestions(questionsYaml)).toEqual([]);
  });

  it('grouped by a fact without values', () => {
    expect(compileQuestions(questionsYaml.replace('grouped_by: handlungsfelder', 'grouped_by: buergerbeteiligung'))).toContain(
      '"buergerbeteiligung" is not a fact with values',
    );
  });

  it('every value needs a group of the grouping fact', () => {
    const messages = compileQuestions(questionsYaml.replace('grouped_by: handlungsfelder', 'grouped_by: zielgruppen'));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^each value needs a "group" of "zielgruppen"; allowed values: aeltere, /);
  });
});
