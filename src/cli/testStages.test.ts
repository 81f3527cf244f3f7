import { describe, expect, it } from 'vitest';
import { ALL_STAGES, runStages } from './testStages';

/** Runs the stages with scripted exit codes and durations (ms) instead of npm. */
function stages(scripts: readonly string[], results: Record<string, [code: number, ms: number]>) {
  let clock = 0;
  const ran: string[] = [];
  const out: string[] = [];
  const code = runStages(
    scripts,
    { out: (line) => out.push(line), err: (line) => out.push(`err: ${line}`) },
    (script) => {
      ran.push(script);
      const [exit, ms] = results[script] ?? [0, 0];
      clock += ms;
      return exit;
    },
    () => clock,
  );
  return { code, ran, out };
}

describe('npm test stages', () => {
  it('runs lint, typecheck, rules:check, build, unit and browser tests in this order', () => {
    expect(ALL_STAGES).toEqual(['lint', 'typecheck', 'rules:check', 'build', 'test:unit', 'test:browser']);
  });

  it('runs every stage and ends with the time of each and the total', () => {
    const r = stages(ALL_STAGES, { lint: [0, 25_400], typecheck: [0, 28_100], 'test:unit': [0, 61_000], 'test:browser': [0, 150_000] });
    expect(r.code).toBe(0);
    expect(r.ran).toEqual([...ALL_STAGES]);
    expect(r.out).toEqual([
      '',
      'lint: 25.4 s',
      'typecheck: 28.1 s',
      'rules:check: 0.0 s',
      'build: 0.0 s',
      'unit tests: 61.0 s',
      'browser tests: 150.0 s',
      'total: 264.5 s',
    ]);
  });

  it('stops at the first stage that fails and exits with its code', () => {
    const r = stages(ALL_STAGES, { lint: [0, 1000], typecheck: [2, 3000] });
    expect(r.code).toBe(2);
    expect(r.ran).toEqual(['lint', 'typecheck']);
    expect(r.out).toEqual(['', 'lint: 1.0 s', 'typecheck: failed with exit code 2 after 3.0 s', 'total: 4.0 s']);
  });
});
