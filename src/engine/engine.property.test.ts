/**
 * Properties of the engine (DESIGN.md §8), on the fixture catalogue and — when `rules/` compiles
 * without issues at test time — on the real catalogue as well. Other people edit `rules/`
 * while these tests run; a catalogue that does not compile is left out (and said so in the test
 * name), never skipped silently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../catalogue/compileRules';
import { readRuleFiles } from '../catalogue/readRuleFiles';
import {
  amountFor,
  BUILTIN_CRITERIA,
  COST_TYPES,
  costFact,
  costOf,
  counterfactuals,
  evalExpr,
  evaluate,
  factsOf,
  indexGemeinden,
  parseGemeindenCsv,
  relevantFacts,
  type AmountResult,
} from './index';
import { fixtureCatalogue } from './testing/catalogueFixture';
import type { Answers, Catalogue, Expr, Fact, FactValue, Program } from './types';

const RULES_DIR = fileURLToPath(new URL('../../rules', import.meta.url));
const gemeinden = indexGemeinden(parseGemeindenCsv(readFileSync(`${RULES_DIR}/data/gemeinden.csv`, 'utf8')));

function realCatalogue(): { catalogue?: Catalogue; why: string } {
  try {
    const { catalogue, issues } = compileRules(readRuleFiles(RULES_DIR));
    if (catalogue && issues.length === 0) return { catalogue, why: `${catalogue.programs.length} programs` };
    return { why: `left out: ${issues.length} rule issue(s), first ${issues[0]?.file}:${issues[0]?.line}` };
  } catch (e) {
    return { why: `left out: ${(e as Error).message}` };
  }
}
const real = realCatalogue();
const CATALOGUES: [string, Catalogue][] = [
  ['fixture catalogue', fixtureCatalogue()],
  ...(real.catalogue ? [[`rules/ (${real.why})`, real.catalogue] as [string, Catalogue]] : []),
];

it(`the real catalogue is ${real.catalogue ? 'checked too' : 'not checked'}: ${real.why}`, () => {
  expect(CATALOGUES.length).toBeGreaterThanOrEqual(1);
});

// ---------------------------------------------------------------------------------------------
// Arbitraries

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shiftDay = (s: string, days: number) => iso(new Date(Date.parse(`${s}T00:00:00Z`) + days * 86_400_000));

/** Evaluation dates from 2019 to 2031, so validity and deadlines vary. */
const asOfArb = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
  .map(iso);

/** Every value a rule compares a fact with, and its neighbours, so boundaries are hit often. */
function ruleConstants(catalogue: Catalogue): Map<string, FactValue[]> {
  const out = new Map<string, FactValue[]>();
  const add = (fact: string, ...vs: FactValue[]) => out.set(fact, [...(out.get(fact) ?? []), ...vs]);
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'fact':
        if (typeof e.value === 'number') add(e.fact, e.value - 1, e.value, e.value + 1);
        else if (e.op === 'before' || e.op === 'on_or_after') add(e.fact, shiftDay(e.value as string, -1), e.value as string, shiftDay(e.value as string, 1));
        else if (typeof e.value === 'string') add(e.fact, e.value);
        break;
      case 'all':
      case 'any':
        e.items.forEach(walk);
        break;
      case 'not':
        walk(e.item);
        break;
      case 'condition':
        break;
    }
  };
  for (const c of Object.values(catalogue.conditions)) walk(c.rule);
  for (const p of catalogue.programs) p.criteria.forEach((c) => walk(c.rule));
  return out;
}

const SOME_AGS = ['08116036', '08111000', '08115003', '08115001', '08999999'];

/** A well-typed value for a fact, as parseAnswers would keep it (ranges aside for derived facts). */
function valueArb(fact: Fact, constants: readonly FactValue[]): fc.Arbitrary<FactValue> {
  const values = fact.values?.map((v) => v.id) ?? [];
  const typed = ((): fc.Arbitrary<FactValue> => {
    switch (fact.type) {
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...values);
      case 'set':
        return fc.subarray(values);
      case 'integer':
        return fc.integer({ min: fact.min ?? 0, max: fact.max ?? 700_000 });
      case 'money':
        // Small projects (Mikroförderung, Kleinprojekte) as often as large ones.
        return fc.oneof(fc.integer({ min: 0, max: 25_000 }), fc.integer({ min: 0, max: 2_000_000 }));
      case 'date':
        return fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
      case 'ags':
        return fact.derived_from ? fc.constantFrom('08116', '08111', '08115') : fc.constantFrom(...SOME_AGS);
    }
  })();
  const usable = constants.filter((c) => typeof c !== 'number' || fact.type !== 'integer' || c >= (fact.min ?? -Infinity));
  return usable.length ? fc.oneof({ arbitrary: typed, weight: 2 }, { arbitrary: fc.constantFrom(...usable), weight: 1 }) : typed;
}

/** Answers of well-typed values for any subset of the facts (optionally leaving derived ones out). */
function answersArb(catalogue: Catalogue, opts: { derived?: boolean } = {}): fc.Arbitrary<Answers> {
  const constants = ruleConstants(catalogue);
  // A limit on a derived fact of the same type (kosten_gesamt) is a useful value for its sources too.
  for (const d of catalogue.facts) {
    for (const src of d.derived_from ?? []) {
      const f = catalogue.facts.find((x) => x.id === src);
      if (f && f.type === d.type) constants.set(src, [...(constants.get(src) ?? []), ...(constants.get(d.id) ?? [])]);
    }
  }
  const facts = catalogue.facts.filter((f) => opts.derived !== false || !f.derived_from);
  const model = Object.fromEntries(facts.map((f) => [f.id, valueArb(f, constants.get(f.id) ?? [])]));
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** Anything at all as answers: junk objects over real and made-up keys, or not an object at all. */
function junkArb(catalogue: Catalogue): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom(...catalogue.facts.map((f) => f.id)),
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  );
  return fc.oneof(
    fc.anything(),
    fc.dictionary(key, fc.anything()),
    // Well-typed answers with some junk mixed in.
    fc.tuple(answersArb(catalogue), fc.dictionary(key, fc.anything())).map(([a, b]) => ({ ...a, ...b })),
  );
}

const COST_FACTS = COST_TYPES.map(costFact);

/**
 * The facts a program's status can depend on: its criteria's facts (rule and `applies`), those of
 * the built-in criteria, and what those derive from.
 */
function mentionedFacts(p: Program, catalogue: Catalogue): Set<string> {
  const facts = new Set<string>();
  for (const c of p.criteria) {
    factsOf(c.rule, catalogue, facts);
    if (c.applies) factsOf(c.applies, catalogue, facts);
  }
  // The built-in phase fit reads `phasen` when the catalogue names phase values; the purpose fit `massnahmen`.
  if (p.phases.length) facts.add('phasen');
  if (p.massnahmen) facts.add('massnahmen');
  // The cost fit reads the costs, and the tier that applies (applicant, tier conditions).
  if (p.amount !== 'none') {
    for (const f of COST_FACTS) facts.add(f);
    facts.add('antragsteller');
    for (const t of p.amount.tiers) if (t.when) factsOf(t.when, catalogue, facts);
  }
  for (const f of catalogue.facts) if (f.derived_from && facts.has(f.id)) for (const d of f.derived_from) facts.add(d);
  return facts;
}

/** Answers as the app sends them: once one cost is given, the others count 0 (the cost form). */
function withCostForm(answers: Answers): Answers {
  if (!COST_FACTS.some((f) => Object.hasOwn(answers, f))) return answers;
  return { ...Object.fromEntries(COST_FACTS.map((f) => [f, 0])), ...answers };
}

/** The criteria the engine must list for a program: its own (unless `applies` fails) and the built-in ones it certainly adds. */
function requiredCriteria(p: Program, answers: Answers, catalogue: Catalogue): string[] {
  const own = p.criteria.filter((c) => !c.applies || evalExpr(c.applies, answers, catalogue) !== 'failed').map((c) => c.id);
  return [
    ...(p.massnahmen ? ['massnahmen'] : []),
    ...own,
    ...(p.phases.length ? ['phasen'] : []),
    ...(p.amount !== 'none' && p.amount.cost_types.length < COST_TYPES.length ? ['foerderfaehige-kosten'] : []),
  ];
}

type Tier = Exclude<Program['amount'], 'none'>['tiers'][number];

/**
 * The tiers whose max may bound the amount, worked out independently of the engine: tiers are
 * tried in order and the first that surely matches decides. With a `when` condition anywhere
 * this simply takes every tier (a weaker, still valid bound).
 */
function applicableTiers(amount: Exclude<Program['amount'], 'none'>, answers: Answers): Tier[] {
  if (amount.tiers.some((t) => t.when)) return [...amount.tiers];
  const applicant = typeof answers.antragsteller === 'string' ? answers.antragsteller : undefined;
  const out: Tier[] = [];
  for (const t of amount.tiers) {
    if (!t.applicants) return [...out, t];
    if (applicant === undefined) out.push(t);
    else if (t.applicants.includes(applicant)) return [t];
  }
  return out;
}

const statusOf = (catalogue: Catalogue, answers: Answers, asOf: string, withGemeinden: boolean) =>
  new Map(evaluate(catalogue, answers, { asOf, ...(withGemeinden ? { gemeinden } : {}) }).programs.map((p) => [p.id, p.status]));

// ---------------------------------------------------------------------------------------------

describe.each(CATALOGUES)('%s', (_name, catalogue) => {
  const factIds = catalogue.facts.map((f) => f.id);
  const derivedIds = catalogue.facts.filter((f) => f.derived_from).map((f) => f.id);
  const readByRules = [...new Set(catalogue.programs.flatMap((p) => [...mentionedFacts(p, catalogue)]))].filter((f) => factIds.includes(f));
  const runs = catalogue.programs.length > 10 ? 150 : 300;

  it('(1) evaluate never throws, whatever the answers, and always gives a full result', () => {
    fc.assert(
      fc.property(junkArb(catalogue), asOfArb, fc.boolean(), (answers, asOf, withGemeinden) => {
        const e = evaluate(catalogue, answers as Answers, { asOf, ...(withGemeinden ? { gemeinden } : {}) });
        expect(e.programs).toHaveLength(catalogue.programs.length);
        for (const [i, r] of e.programs.entries()) {
          const p = catalogue.programs[i]!;
          expect(r.id).toBe(p.id);
          expect(['eligible', 'unknown', 'ineligible']).toContain(r.status);
          // Each criterion once, in order: purpose, own criteria, phases, cost fit (the minimum grant only where it can apply).
          const listed = [...r.met, ...r.failed, ...r.open].map((c) => c.id);
          expect(new Set(listed).size, p.id).toBe(listed.length);
          const required = requiredCriteria(p, e.answers, catalogue);
          expect(listed.filter((id) => id !== 'mindestbetrag').sort(), p.id).toEqual([...required].sort());
          if (listed.includes('mindestbetrag')) expect(p.amount, p.id).not.toBe('none');
          for (const id of listed) expect(p.criteria.some((c) => c.id === id) || Object.hasOwn(BUILTIN_CRITERIA, id), `${p.id}: ${id}`).toBe(true);
          if (r.status === 'eligible') expect(r.met).toHaveLength(listed.length);
          if (r.failed.length) expect(r.status).toBe('ineligible');
        }
        // What the app does next with an evaluation is total as well.
        relevantFacts(catalogue, e);
      }),
      { numRuns: runs * 2 },
    );
  }, 120_000);

  it('(2) a program’s status never depends on facts its rules do not mention', () => {
    const extraKeys = ['ganz_anderes', 'x'];
    fc.assert(
      fc.property(
        fc.oneof(answersArb(catalogue), junkArb(catalogue).filter((a): a is Answers => typeof a === 'object' && a !== null && !Array.isArray(a))),
        fc.nat(),
        fc.option(fc.oneof(fc.anything(), fc.boolean(), fc.integer(), fc.constantFrom('gemeinde', '08116036', '2026-01-01')), { nil: undefined }),
        asOfArb,
        fc.boolean(),
        (answers, pick, value, asOf, withGemeinden) => {
          const before = statusOf(catalogue, answers, asOf, withGemeinden);
          for (const p of catalogue.programs) {
            const mentioned = mentionedFacts(p, catalogue);
            const free = [...factIds, ...extraKeys].filter((f) => !mentioned.has(f));
            if (!free.length) continue;
            const f = free[pick % free.length]!;
            const changed: Record<string, unknown> = { ...answers };
            if (value === undefined) delete changed[f];
            else changed[f] = value;
            const after = statusOf(catalogue, changed as Answers, asOf, withGemeinden);
            expect(after.get(p.id), `${p.id}: changing "${f}" to ${JSON.stringify(value)}`).toBe(before.get(p.id));
          }
        },
      ),
      { numRuns: runs },
    );
  }, 120_000);

  /**
   * Answers as the app gives them: the cost form sends all four costs at once (the step schema
   * fills the others with 0), so a cost "not answered before" means the whole form. Partial cost
   * answers (cases, links) are the subject of (3b).
   */
  it('(3) answering a fact not answered before never changes an eligible or ineligible status', () => {
    fc.assert(
      fc.property(
        answersArb(catalogue, { derived: false }).map(withCostForm),
        // Facts some rule reads (with what they derive from) are picked more often.
        fc.oneof(fc.constantFrom(...readByRules), fc.constantFrom(...factIds)),
        fc.oneof(fc.constant('typed' as const), fc.anything()),
        fc.nat(),
        asOfArb,
        fc.boolean(),
        (answers, f, how, seed, asOf, withGemeinden) => {
          fc.pre(!Object.hasOwn(answers, f));
          const fact = catalogue.facts.find((x) => x.id === f)!;
          const value =
            how === 'typed' ? fc.sample(valueArb(fact, ruleConstants(catalogue).get(f) ?? []), { numRuns: 1, seed })[0]! : how;
          const before = statusOf(catalogue, answers, asOf, withGemeinden);
          const after = statusOf(catalogue, withCostForm({ ...answers, [f]: value } as Answers), asOf, withGemeinden);
          for (const [id, status] of before) {
            if (status !== 'unknown') expect(after.get(id), `${id} after ${f} = ${JSON.stringify(value)}`).toBe(status);
          }
        },
      ),
      { numRuns: runs * 2 },
    );
  });

  /**
   * The same with costs given one at a time (a case file or a link may give only some): a limit
   * on the derived total (the fixture's `kleinprojekt`, kosten_gesamt max 19999) is decided by
   * its bounds, never against the total once every cost is known.
   */
  it('(3b) answering one more cost never changes an eligible or ineligible status', () => {
    fc.assert(
      fc.property(
        answersArb(catalogue, { derived: false }),
        fc.constantFrom(...COST_FACTS),
        fc.oneof({ arbitrary: fc.constant('typed' as const), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }),
        fc.nat(),
        asOfArb,
        fc.boolean(),
        (answers, f, how, seed, asOf, withGemeinden) => {
          fc.pre(!Object.hasOwn(answers, f));
          const fact = catalogue.facts.find((x) => x.id === f)!;
          const value =
            how === 'typed' ? fc.sample(valueArb(fact, ruleConstants(catalogue).get(f) ?? []), { numRuns: 1, seed })[0]! : how;
          const before = statusOf(catalogue, answers, asOf, withGemeinden);
          const after = statusOf(catalogue, { ...answers, [f]: value } as Answers, asOf, withGemeinden);
          for (const [id, status] of before) {
            if (status !== 'unknown') expect(after.get(id), `${id} after ${f} = ${JSON.stringify(value)}`).toBe(status);
          }
        },
      ),
      { numRuns: runs * 2 },
    );
  });

  const money = catalogue.programs.filter((p) => p.amount !== 'none');
  it(`(4) the amount never exceeds the tier max nor the eligible costs, and min ≤ max (${money.length} money programs)`, () => {
    fc.assert(
      fc.property(answersArb(catalogue), (answers) => {
        for (const p of money) {
          const amount = p.amount as Exclude<Program['amount'], 'none'>;
          const r = amountFor(p, answers, catalogue) as Extract<AmountResult, { kind: 'money' }>;
          expect(r.kind).toBe('money');
          const cap = Math.max(...applicableTiers(amount, answers).map((t) => (typeof t.max === 'number' ? t.max : Infinity)));
          const cost = costOf(answers, amount.cost_types);
          const where = `${p.id} for ${JSON.stringify(answers)}: ${JSON.stringify(r)}`;
          if (r.max !== null) {
            expect(Number.isInteger(r.max), where).toBe(true);
            expect(r.max, where).toBeLessThanOrEqual(cap);
            if (cost !== null) expect(r.max, where).toBeLessThanOrEqual(cost);
            if (r.eligibleCost !== null) expect(r.max, where).toBeLessThanOrEqual(r.eligibleCost + 1e-6);
          }
          if (r.eligibleCost !== null && cost !== null) expect(r.eligibleCost, where).toBeLessThanOrEqual(cost + 1e-6);
          if (r.min !== null) {
            expect(Number.isInteger(r.min), where).toBe(true);
            expect(r.min, where).toBeGreaterThanOrEqual(0);
          }
          if (r.min !== null && r.max !== null) expect(r.min, where).toBeLessThanOrEqual(r.max);
          // With one tier in question, below its minimum means nothing at all.
          if (r.notes.includes('below_minimum') && !r.notes.includes('applicant_unknown') && !r.notes.includes('tier_open')) {
            expect([r.min, r.max], where).toEqual([0, 0]);
          }
        }
      }),
      { numRuns: runs * 2 },
    );
  });

  /**
   * Verified hints (counterfactual.ts): with the hint, nothing fails, the program is current, and
   * at most the cost fit stays open (costs are asked last); with the costs given, it is eligible.
   */
  it('(5) every counterfactual returned really makes the program fit', () => {
    let checked = 0;
    fc.assert(
      fc.property(answersArb(catalogue, { derived: false }), asOfArb, (answers, asOf) => {
        const e = evaluate(catalogue, answers, { asOf });
        for (const [i, r] of e.programs.entries()) {
          if (r.status === 'eligible') continue;
          const p = catalogue.programs[i]!;
          const found = counterfactuals(p, catalogue, e.answers, asOf);
          expect(found.length).toBeLessThanOrEqual(3);
          expect(new Set(found.map((a) => Object.keys(a).length)).size).toBeLessThanOrEqual(1);
          for (const a of found) {
            checked++;
            expect(Object.keys(a).length).toBeGreaterThan(0);
            // Only facts a user can answer: never a derived one.
            for (const f of Object.keys(a)) expect(derivedIds, `${p.id}: ${f}`).not.toContain(f);
            const again = evaluate(catalogue, { ...e.answers, ...a }, { asOf }).programs[i]!;
            const where = `${p.id}: ${JSON.stringify(a)} on ${JSON.stringify(answers)}`;
            expect(again.failed, where).toEqual([]);
            expect(again.validity, where).toBe('current');
            expect(again.open.map((c) => c.id).filter((id) => id !== 'foerderfaehige-kosten' && id !== 'mindestbetrag'), where).toEqual([]);
            if (COST_FACTS.every((f) => typeof e.answers[f] === 'number') && again.amount.kind === 'money' && !again.amount.uncertain) {
              expect(again.status, where).toBe('eligible');
            }
          }
          if (r.validity === 'ended') expect(found).toEqual([]);
        }
      }),
      { numRuns: runs },
    );
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
});
