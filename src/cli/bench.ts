import { performance } from 'node:perf_hooks';
import { formatIssue } from '../catalogue/ruleIssue';
import { counterfactuals, evaluate, relevantFacts, type Answers, type Catalogue } from '../engine';
import { loadGemeinden, loadRules } from './nodeRules';

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

const { catalogue, issues } = loadRules();
if (!catalogue) {
  for (const i of issues) console.error(formatIssue(i));
  process.exit(1);
}
const gemeinden = loadGemeinden();
const asOf = '2026-11-21';
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`Förderbaukasten benchmarks (Node ${process.version}, median of repeated runs)`);
console.log(`catalogue ${catalogue.version}: ${catalogue.programs.length} programs`);
const real = median(() => evaluate(catalogue, ANSWERS, { asOf, gemeinden }), 2000);
console.log(`evaluate, real catalogue (${catalogue.programs.length} programs): ${fmt(real)}  (bar ≤ 1 ms)`);
for (const n of [100, 1000, 10000]) {
  const big = synthetic(catalogue, n);
  const t = median(() => evaluate(big, ANSWERS, { asOf, gemeinden }), n >= 10000 ? 30 : 200);
  console.log(`evaluate, ${n} synthetic programs: ${fmt(t)}${n === 10000 ? '  (bar ≤ 50 ms)' : ''}`);
}
const ev = evaluate(catalogue, ANSWERS, { asOf, gemeinden });
console.log(`relevantFacts, real catalogue: ${fmt(median(() => relevantFacts(catalogue, ev), 1000))}`);
console.log(
  `counterfactuals for all programs not eligible: ${fmt(
    median(() => {
      for (const p of catalogue.programs) counterfactuals(p, catalogue, ev.answers, asOf);
    }, 100),
  )}`,
);
