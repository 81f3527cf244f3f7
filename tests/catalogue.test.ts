import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/catalogue/jsonSchemas';
import { formatIssue } from '../src/catalogue/ruleIssue';
import { readRuleFiles } from '../src/catalogue/readRuleFiles';
import { runCases } from '../src/catalogue/runCases';
import { loadGemeinden, loadRules } from '../src/cli/nodeRules';
import { FACTS, PROGRAM_IDS } from '../src/catalogue/testing/vocabulary';

const { catalogue, cases, issues } = loadRules();

describe('the real rules', () => {
  it('compile without issues', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(catalogue).toBeDefined();
  });

  it('pass every scenario case', () => {
    expect(runCases(catalogue!, cases, loadGemeinden()).map(formatIssue)).toEqual([]);
  });

  it('contain every program id of the vocabulary', () => {
    const ids = catalogue!.programs.map((p) => p.id);
    expect(PROGRAM_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('keep every fact and value of the vocabulary', () => {
    for (const [id, spec] of Object.entries(FACTS)) {
      const fact = catalogue!.facts.find((f) => f.id === id);
      expect(fact, id).toBeDefined();
      if (Array.isArray(spec)) expect(fact!.values!.map((v) => v.id), id).toEqual(expect.arrayContaining([...spec]));
      else expect(fact!.type, id).toBe(spec);
    }
  });

  it('have cases for eligible, ineligible and unknown for every program', () => {
    for (const p of catalogue!.programs) {
      // A case that lists the program under `eligible:` pins it as eligible, too.
      const statuses = new Set(cases.flatMap((c) => [...(c.expect[p.id] ? [c.expect[p.id]!.status] : []), ...(c.eligible?.includes(p.id) ? ['eligible' as const] : [])]));
      // A program whose every criterion is uncertain can never be ruled out (see README, Decisions).
      const canFail = p.closed || p.criteria.some((c) => !c.uncertain);
      const wanted = p.closed ? ['ineligible'] : canFail ? ['eligible', 'ineligible', 'unknown'] : ['eligible', 'unknown'];
      expect([...statuses].sort(), p.id).toEqual(expect.arrayContaining(wanted));
    }
  });

  it('give every criterion, amount and deadline a source with a Stand', () => {
    for (const p of catalogue!.programs) {
      const ids = new Map(p.sources.map((s) => [s.id, s]));
      const refs = [
        ...p.criteria.map((c) => c.source.ref),
        ...(p.massnahmen ? [p.massnahmen.source.ref] : []),
        ...(p.amount === 'none' ? [] : [...p.amount.tiers.map((t) => t.source.ref), ...(p.amount.cost_type_caps ?? []).map((c) => c.source.ref)]),
        ...(p.deadlines.dates ?? []).map((d) => d.source.ref),
        ...(p.deadlines.recurring ?? []).map((d) => d.source.ref),
      ];
      for (const ref of refs) {
        expect(ids.get(ref), `${p.id}: ${ref}`).toBeDefined();
        expect(ids.get(ref)!.stand.length, `${p.id}: ${ref}`).toBeGreaterThan(0);
        expect(ids.get(ref)!.url ?? ids.get(ref)!.reference, `${p.id}: ${ref}`).toBeTruthy();
      }
    }
    for (const r of catalogue!.relations) expect(r.source.stand, r.id).not.toBe('');
  });
});

describe('rule files for editors', () => {
  it('point to their JSON Schema on the first line', () => {
    const files = readRuleFiles('rules');
    const expected = (file: string) => {
      if (file.startsWith('rules/programs/')) return '../schema/program.schema.json';
      if (file.startsWith('rules/cases/')) return '../schema/cases.schema.json';
      return `./schema/${{ 'questions.yaml': 'questions', 'conditions.yaml': 'conditions', 'combinations.yaml': 'relations' }[file.slice(6)]}.schema.json`;
    };
    for (const f of [files.questions, files.conditions, files.combinations, ...files.programs, ...files.cases]) {
      expect(f.text.split('\n')[0], f.file).toBe(`# yaml-language-server: $schema=${expected(f.file)}`);
    }
  });

  it('get JSON Schemas that match the zod schemas (run `npm run rules:schema` after a change)', () => {
    for (const [file, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(`rules/schema/${file}`, 'utf8'), file).toBe(text);
    }
  });
});
