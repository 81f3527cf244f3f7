import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { runAsScript, type Io } from './runMain';

/**
 * `npm test` and `npm run test:fast`: runs npm scripts one after another with their output as it
 * comes, stops at the first that fails (with its exit code) and ends with the time of each stage
 * and the total. Arguments name the scripts; without any, all stages of `npm test` run.
 */
export const ALL_STAGES = ['lint', 'typecheck', 'rules:check', 'build', 'test:unit', 'test:browser'] as const;

const LABELS: Record<string, string> = { 'test:unit': 'unit tests', 'test:browser': 'browser tests' };

/** Runs one npm script with the terminal as its output; returns its exit code. */
export type RunScript = (script: string) => number;

const npmRun: RunScript = (script) => {
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status ?? 1;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function runStages(scripts: readonly string[], io: Io, run: RunScript = npmRun, now: () => number = () => performance.now()): number {
  const start = now();
  const times: string[] = [];
  let code = 0;
  for (const script of scripts) {
    const t = now();
    code = run(script);
    const label = LABELS[script] ?? script;
    times.push(code === 0 ? `${label}: ${seconds(now() - t)}` : `${label}: failed with exit code ${code} after ${seconds(now() - t)}`);
    if (code !== 0) break;
  }
  io.out('');
  for (const line of times) io.out(line);
  io.out(`total: ${seconds(now() - start)}`);
  return code;
}

export function main(argv: readonly string[], io: Io): number {
  return runStages(argv.length ? argv : ALL_STAGES, io);
}

runAsScript(import.meta.url, main);
