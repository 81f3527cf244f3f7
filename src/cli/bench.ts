import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { formatIssue } from '../catalogue/ruleIssue';
import { counterfactuals, evaluate, planFinancing, relevantFacts, type Answers, type Catalogue } from '../engine';
import { optimize } from '../engine/plan/optimize';
import type { Candidate, PlanProblem } from '../engine/plan/solve';
import { loadGemeinden, loadRules } from './nodeRules';
import { runAsScript, type Io } from './runMain';

/** Median wall time of `fn` in milliseconds, after a warm-up. */
function median(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A catalogue of `n` programs made from the real ones, each with its own id. */
function synthetic(base: Catalogue, n: number): Catalogue {
  const programs = Array.from({ length: n }, (_, i) => {
    const p = base.programs[i % base.programs.length]!;
    return { ...p, id: `${p.id}-${i}` };
  });
  return { ...base, programs };
}

const ANSWERS: Answers = {
  antragsteller: 'gemeinde',
  ags: '08116036',
  handlungsfelder: ['pflege_gesundheit', 'beteiligung_engagement'],
  phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
  zielgruppen: ['aeltere'],
  gemeinderatsbeschluss: true,
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: true,
  kosten_personal: 60000,
  kosten_sach: 25000,
  kosten_beratung: 15000,
  bereits_begonnen: false,
};

/** A planning problem of `n` synthetic candidates over 6 cost items, seeded for repeatable runs. */
function syntheticPlan(n: number): PlanProblem {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const types = ['personal', 'sach', 'beratung', 'investition'] as const;
  const items = Array.from({ length: 6 }, (_, i) => ({ id: `k${i}`, type: types[i % 4]!, amount: 5000 + Math.floor(rnd() * 200_000) }));
  const candidates: Candidate[] = Array.from({ length: n }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    types: types.filter(() => rnd() < 0.6),
    phases: ['umsetzung'],
    shareCap: [0.5, 0.6, 0.75, 0.9, 1][Math.floor(rnd() * 5)]!,
    max: 2000 + Math.floor(rnd() * 150_000),
    min: rnd() < 0.3 ? 5000 : 0,
    subsidiary: rnd() < 0.2,
    sure: rnd() < 0.7,
  }));
  const exclusive = Array.from({ length: Math.min(3, Math.floor(n / 10)) }, (_, i) => [candidates[i * 2]!.id, candidates[i * 2 + 1]!.id] as const);
  return { items, candidates, exclusive, pinned: [] };
}

/** `npm run bench`: prints the median evaluation and planning times, and the first-load size of dist/. */
export function main(_argv: readonly string[], io: Io): number {
  const { catalogue, issues } = loadRules();
  if (!catalogue) {
    for (const i of issues) io.err(formatIssue(i));
    return 1;
  }
  const gemeinden = loadGemeinden();
  const asOf = '2026-11-21';
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
  io.out(`Förderbaukasten benchmarks (Node ${process.version}, median of repeated runs)`);
  io.out(`catalogue ${catalogue.version}: ${catalogue.programs.length} programs`);
  const real = median(() => evaluate(catalogue, ANSWERS, { asOf, gemeinden }), 2000);
  io.out(`evaluate, real catalogue (${catalogue.programs.length} programs): ${fmt(real)}  (bar ≤ 1 ms)`);
  for (const n of [100, 1000, 10000]) {
    const big = synthetic(catalogue, n);
    const t = median(() => evaluate(big, ANSWERS, { asOf, gemeinden }), n >= 10000 ? 30 : 200);
    io.out(`evaluate, ${n} synthetic programs: ${fmt(t)}${n === 10000 ? '  (bar ≤ 50 ms)' : ''}`);
  }
  const ev = evaluate(catalogue, ANSWERS, { asOf, gemeinden });
  io.out(`relevantFacts, real catalogue: ${fmt(median(() => relevantFacts(catalogue, ev), 1000))}`);
  io.out(
    `counterfactuals for all programs not eligible: ${fmt(
      median(() => {
        for (const p of catalogue.programs) counterfactuals(p, catalogue, ev.answers, asOf);
      }, 100),
    )}`,
  );

  const planAnswers: Answers = { ...ANSWERS, kosten_investition: 200000, laendlicher_raum: true, sanierungsgebiet: true, phasen: ['konzept_analyse', 'beteiligung', 'umsetzung', 'investition'] };
  const planEval = evaluate(catalogue, planAnswers, { asOf, gemeinden });
  io.out(`plan, real catalogue (${planFinancing(catalogue, planEval).planned.length} programs planned): ${fmt(median(() => planFinancing(catalogue, planEval), 200))}`);
  for (const n of [10, 20, 30, 60]) {
    const problem = syntheticPlan(n);
    io.out(`plan, ${n} candidate programs × 6 cost items: ${fmt(median(() => optimize(problem), n >= 60 ? 20 : 50))}${n === 30 ? '  (bar ≤ 50 ms)' : ''}`);
  }

  /** First load: the scripts and styles index.html pulls in before anything else, gzipped. */
  if (existsSync('dist/index.html')) {
    const html = readFileSync('dist/index.html', 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const kb = files.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f))).length, 0) / 1024;
    io.out(`first-load JS+CSS (dist/, ${files.length} files): ${kb.toFixed(1)} KB gzip  (bar ≤ 150 KB)`);
  } else {
    io.out('first-load size: run `npm run build` first');
  }
  return 0;
}

runAsScript(import.meta.url, main);
