/**
 * Negative fixtures for the rule validator: every file in tests/rule-fixtures/ is a deliberately
 * broken rule file whose first two lines say where it goes and what the validator must print:
 *
 *   # target: programs/zz-fixture.yaml       (path inside the rules folder; replaces a file there)
 *   # expect: rules/programs/zz-fixture.yaml:12:5: exact message
 *
 * Each fixture is written into a fresh copy of the real rules and checked three ways: the
 * validator (compileRules + runCases), the command line (rules:check, in-process through its
 * `main`; once as the real `npm run rules:check`) and the Vite build (the plugin's load hook for
 * each, one real `vite build`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRules } from '../src/catalogue/compileRules';
import { readRuleFiles } from '../src/catalogue/readRuleFiles';
import { formatIssue, RuleError } from '../src/catalogue/ruleIssue';
import { runCases } from '../src/catalogue/runCases';
import { rulesPlugin } from '../src/catalogue/vitePlugin';
import { loadGemeinden } from '../src/cli/nodeRules';
import { main as rulesCheck } from '../src/cli/rulesCheck';

const ROOT = resolve(import.meta.dirname, '..');
const RULES = join(ROOT, 'rules');
const FIXTURES = join(ROOT, 'tests', 'rule-fixtures');
/** Files the fixtures may build on; every other program and case file may be work in progress. */
const KEEP = /^(programs|cases)\/quartiersimpulse\.ya?ml$/;

interface Fixture {
  readonly name: string;
  readonly target: string;
  readonly expected: string;
  readonly text: string;
}

function readFixture(name: string): Fixture {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const [first = '', second = ''] = text.split('\n');
  const target = /^# target: (\S+)\s*$/.exec(first)?.[1];
  const expected = /^# expect: (.+?)\s*$/.exec(second)?.[1];
  if (!target || !expected) throw new Error(`${name}: the first two lines must be "# target: …" and "# expect: …"`);
  if (!/^(questions|conditions|combinations)\.yaml$|^(programs|cases)\/[a-z0-9-]+\.yaml$/.test(target)) {
    throw new Error(`${name}: target "${target}" is not a rule file path (e.g. programs/zz-fixture.yaml)`);
  }
  return { name, target, expected, text };
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map(readFixture);

/** Everything the validator reports for a rules folder: issues, then case failures if it compiled. */
function report(dir: string): string[] {
  const { catalogue, cases, issues } = compileRules(readRuleFiles(dir));
  const lines = issues.map(formatIssue);
  if (catalogue) lines.push(...runCases(catalogue, cases, loadGemeinden(dir)).map(formatIssue));
  return lines;
}

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

/**
 * A copy of the real rules without the program and case files that are broken right now
 * (others add programs while these tests run). Without it, one broken program elsewhere would
 * stop the catalogue from compiling, and the case fixtures would never reach runCases.
 */
let base = '';
function makeBase(): string {
  const dir = tempDir('fbk-rules-base-');
  cpSync(RULES, dir, { recursive: true });
  const dropped: string[] = [];
  const drop = (lines: readonly string[], test: (rel: string) => boolean) => {
    for (const line of lines) {
      const rel = /^rules\/([^:]+):/.exec(line)?.[1];
      if (!rel || !test(rel) || !existsSync(join(dir, rel))) continue;
      rmSync(join(dir, rel));
      dropped.push(line);
    }
  };
  const otherProgramOrCase = (rel: string) => /^(programs|cases)\//.test(rel) && !KEEP.test(rel);
  drop(compileRules(readRuleFiles(dir)).issues.map(formatIssue), otherProgramOrCase);
  if (compileRules(readRuleFiles(dir)).issues.some((i) => i.file === 'rules/combinations.yaml')) {
    dropped.push('rules/combinations.yaml: has issues; replaced by "relations: []"');
    writeFileSync(join(dir, 'combinations.yaml'), 'relations: []\n');
  }
  drop(report(dir), (rel) => rel.startsWith('cases/'));
  if (dropped.length) {
    console.warn(`The real rules have issues unrelated to the fixtures; left out of the copy:\n  ${dropped.join('\n  ')}`);
  }
  return dir;
}

/** A fresh copy of the (cleaned) real rules with the fixture written to its target. */
function withFixture(f: Fixture): string {
  const dir = tempDir(`fbk-${f.name.replace(/\.yaml$/, '')}-`);
  cpSync(base, dir, { recursive: true });
  mkdirSync(dirname(join(dir, f.target)), { recursive: true });
  writeFileSync(join(dir, f.target), f.text);
  return dir;
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd());

beforeAll(() => {
  base = makeBase();
});
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('rule fixtures', () => {
  it('there are fixtures, each expecting a message in its own target file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const f of fixtures) expect(f.expected, f.name).toMatch(new RegExp(`^rules/${f.target.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\S`));
  });
});

describe('validator and rules:check report each broken fixture', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const dir = withFixture(f);
    const got = report(dir);
    expect(got, `validator output:\n${got.join('\n')}`).toContain(f.expected);

    const out: string[] = [];
    const err: string[] = [];
    const status = rulesCheck(['--rules', dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
    const stderr = err.join('\n');
    expect(status, `rules:check output:\n${[...err, ...out].join('\n')}`).toBe(1);
    expect(lines(stderr), stderr).toContain(f.expected);
  });

  // The same, once through the real command: the script entry, npm's exit code and stderr.
  const sample = fixtures.find((f) => f.name === 'case-wrong-status.yaml') ?? fixtures[0]!;
  it(`npm run rules:check: ${sample.name}`, () => {
    const run = spawnSync('npm', ['run', '--silent', 'rules:check', '--', '--rules', withFixture(sample)], { cwd: ROOT, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(1);
    expect(lines(run.stderr), run.stderr).toContain(sample.expected);
  });
});

/** The build compiles the rules but runs no cases, so case fixtures are left to the two blocks above. */
const buildFixtures = fixtures.filter((f) => !f.target.startsWith('cases/'));

describe('the Vite build fails on each broken fixture', () => {
  it.each(buildFixtures.map((f) => [f.name, f] as const))('plugin load hook: %s', (_name, f) => {
    const plugin = rulesPlugin(withFixture(f));
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => unknown;
    let thrown: unknown;
    try {
      load.call({ addWatchFile() {} }, '\0virtual:catalogue');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuleError);
    expect(lines((thrown as RuleError).message)).toContain(f.expected);
  });

  // The app has no index.html yet, so `vite build` is given an entry that imports the catalogue;
  // the config is the project's own vite.config.ts, pointed at the copy through FBK_RULES_DIR.
  const sample = buildFixtures.find((f) => f.name === 'unknown-fact.yaml') ?? buildFixtures[0]!;
  it(`vite build with vite.config.ts: ${sample.name}`, async () => {
    const dir = withFixture(sample);
    const entry = join(tempDir('fbk-entry-'), 'entry.js');
    writeFileSync(entry, "import catalogue from 'virtual:catalogue';\nconsole.log(catalogue.version);\n");
    const before = process.env.FBK_RULES_DIR;
    process.env.FBK_RULES_DIR = dir;
    let thrown: unknown;
    try {
      await build({
        configFile: join(ROOT, 'vite.config.ts'),
        root: ROOT,
        logLevel: 'silent',
        build: { write: false, rollupOptions: { input: entry } },
      });
    } catch (e) {
      thrown = e;
    } finally {
      if (before === undefined) delete process.env.FBK_RULES_DIR;
      else process.env.FBK_RULES_DIR = before;
    }
    expect(thrown, 'the build should have failed').toBeDefined();
    expect(String((thrown as Error).message ?? thrown)).toContain(sample.expected);
  });
});
