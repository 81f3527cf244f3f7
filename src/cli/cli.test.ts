import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAM_IDS } from '../catalogue/testing/vocabulary';
import { main as evaluate } from './evaluate';
import { main as rulesCheck } from './rulesCheck';
import type { Main } from './runMain';

const tmp = mkdtempSync(join(tmpdir(), 'fbk-cli-'));
/** Runs a command in-process; what it writes is collected as the terminal would show it. */
const run = (main: Main, ...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(argv, { out: (line) => out.push(`${line}\n`), err: (line) => err.push(`${line}\n`) });
  return { status, stdout: out.join(''), stderr: err.join('') };
};
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const kohlberg = file('kohlberg.json', JSON.stringify({ antragsteller: 'gemeinde', ags: '08116036', buergerbeteiligung: true, kosten_sach: 30000 }));

describe('npm run evaluate', () => {
  it('prints the status, reasons, amount and deadline of every program as JSON', () => {
    const r = run(evaluate, '--answers', kohlberg, '--as-of', '2026-11-21');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe('2026-11-21');
    expect(out.programs.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([...PROGRAM_IDS]));
    const qi = out.programs.find((p: { id: string }) => p.id === 'quartiersimpulse');
    expect(qi.status).toBe('unknown');
    expect(qi.amount).toEqual({ min: 20000, max: 30000 });
    expect(qi.deadline.state).toBe('passed');
    expect(qi.reasons.met.map((m: { id: string }) => m.id)).toContain('buergerbeteiligung');
    expect(qi.reasons.open.map((m: { id: string }) => m.id)).toContain('gemeinderatsbeschluss');
    for (const p of out.programs) expect(['eligible', 'unknown', 'ineligible']).toContain(p.status);
  });

  it.each([
    ['a missing file', [join(tmp, 'nope.json')], 'answers file not found'],
    ['broken JSON', [file('broken.json', '{"antragsteller": ')], 'is not valid JSON'],
    ['a JSON list', [file('list.json', '[1,2]')], 'must hold one JSON object'],
    ['an unknown value', [file('value.json', '{"antragsteller":"konzern"}')], 'antragsteller: unknown value'],
    ['a number for ags', [file('ags.json', '{"ags": 8116036}')], 'ags: wrong type'],
  ])('exits 2 with a clear message on %s', (_what, args, message) => {
    const r = run(evaluate, '--answers', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run evaluate -- --answers FILE.json');
    expect(r.stdout).toBe('');
  });

  it('exits 2 without --answers, with an unknown option or with a bad date', () => {
    expect(run(evaluate)).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('missing --answers FILE.json') });
    expect(run(evaluate, '--answer', kohlberg)).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining("Unknown option '--answer'") });
    const r = run(evaluate, '--answers', file('ok.json', '{}'), '--as-of', '2026-13-40');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a date');
  });
});

describe('npm run rules:check', () => {
  it('passes on the real rules and reports the counts', () => {
    const r = run(rulesCheck, '--as-of', '2026-11-21');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ programs, \d+ relations, \d+ cases \(\d+ passed, 0 failed\)/);
  });

  it('lists programs past their review-by date as possibly outdated', () => {
    const r = run(rulesCheck, '--as-of', '2099-01-01');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: quartiersimpulse: past its review-by date');
  });
});

describe('the real command', () => {
  it('npm run evaluate prints what main prints and exits 0', () => {
    const argv = ['--answers', kohlberg, '--as-of', '2026-11-21'];
    const r = spawnSync('npm', ['run', '--silent', 'evaluate', '--', ...argv], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(run(evaluate, ...argv).stdout));
  });
});
