/**
 * Fuzzing the two ways a consultation comes in from outside: share links and files. Each input
 * starts from a real link or file and is then damaged, at the level of characters (deleted,
 * inserted, replaced, cut off, repeated) and of structure (wrong types, huge numbers, deep nesting,
 * duplicate keys, `__proto__` and `constructor` keys). Whatever comes out must be a clear error or
 * a consultation whose answers the engine accepts as they are; nothing may throw.
 */
import fc from 'fast-check';
import LZString from 'lz-string';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../engine';
import { ConsultationSchema, emptyConsultation, type ConsultationResult } from './consultation';
import { fromFile, toFile, type FileResult } from './consultationFile';
import { decodeShareLink, encodeShareLink, type DecodeResult } from './shareLink';
import { AS_OF, NOW, fullConsultation, testCatalogue } from './testing';

const RUNS = 10_000;
const catalogue = testCatalogue();
const programIds = new Set(catalogue.programs.map((p) => p.id));

const full = fullConsultation();
const seeds = [
  full,
  emptyConsultation(catalogue, AS_OF, NOW),
  { ...full, planItems: undefined, pinned: [], excluded: [], snapshot: undefined, title: undefined },
];
const LINKS = [
  ...seeds.map(encodeShareLink),
  '#c=1.N4Ighgdgzg7gpgJyiAXKSAXBYDmUNwA2hiqIAbonAJYQgA0IOcAtjRBAK5wYBe1OVFm6MAFpAAmhThDwAzIhNIoA2iABGPGoQEycAfTizcrIxhABdRgAdxUI6jWaC1HTj2XGAawD2+I-pQYADGoqgAzAAM0QC+MUA',
];
const FILES = [
  ...seeds.map((c) => toFile(c).text),
  '{"version":1,"savedAt":"2026-03-02T08:15:00.000Z","answers":{"antragsteller":"verein","phasen":["beteiligung"]},"step":"rahmen"}',
  '{"format":"foerderbaukasten-beratung","version":1,"answers":{"antragsteller":"verein"},"notes":"Termin"}',
];

// ---------------------------------------------------------------- values that break things

/**
 * JSON texts (not values): literals JSON.stringify cannot write, duplicate keys, deep nesting.
 * `long` is the length of the long string: over every limit of a file (20,000), and kept smaller
 * for links (over every limit of a link) because lz-string compresses long strings slowly.
 */
const weirdJson = (long: number): fc.Arbitrary<string> => {
  const depth = fc.integer({ min: 1, max: Math.round(long / 10) });
  return fc.oneof(
  fc.constantFrom('1e400', '-1e400', '9007199254740993', '123456789012345678901234567890', '-0', '1.5', '-1', '0', '1000000000001', '1e12', '5e-324'),
  fc.constantFrom('null', 'true', 'false', '[]', '{}', '""', '[null]', '[1,2,3]', '[[]]', '[{}]'),
  fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', '"toString"', '"gemeinde"', '"08116036"', '"2026-02-30"', '"2026-11-21"', '"2026-11-21T10:00:00Z"', '"nis"', '"sach"'),
  fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"a":1,"a":2}', '{"toString":1,"valueOf":2,"hasOwnProperty":3}'),
  fc.constantFrom('["beteiligung","beteiligung"]', '["nis","nis","gibt-es-nicht"]', `[${Array(200).fill('"nis"').join(',')}]`, `"${'x'.repeat(long)}"`),
  fc.constantFrom('{"status":"eligible","min":null,"max":null,"deadline":"continuous"}', '{"id":"a","type":"sach","amount":1}', '["a","sach",1,null,"L"]'),
  depth.map((d) => '['.repeat(d) + ']'.repeat(d)),
  depth.map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.double().map((n) => (Number.isFinite(n) ? JSON.stringify(n) : '1e999')),
  fc.integer().map(String),
  );
};
const keyName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constantFrom('answers', 'a', 'v', 'k', 'i', 'p', 'x', 'notes', 'version', 'format', 'snapshot', 'planItems', 'pinned', 'ags', 'antragsteller', 'nis'),
  fc.string({ maxLength: 12 }),
);

// ---------------------------------------------------------------- structural mutations

interface JsonMutation {
  readonly path: readonly number[];
  readonly op: 'set' | 'delete' | 'add' | 'duplicate';
  readonly key: string;
  readonly value: string;
}
const jsonMutation = (long: number): fc.Arbitrary<JsonMutation> =>
  fc.record({
    path: fc.array(fc.nat(), { maxLength: 5 }),
    op: fc.constantFrom('set', 'delete', 'add', 'duplicate'),
    key: keyName,
    value: weirdJson(long),
  });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isContainer = (v: unknown): v is Record<string, Json> | Json[] => typeof v === 'object' && v !== null;

/**
 * Applies mutations to a JSON text. Each new value goes in as a placeholder string and is swapped
 * for its raw JSON text afterwards, so the result can hold what JSON.stringify cannot write.
 */
function mutateJson(text: string, mutations: readonly JsonMutation[], wrap: number): string {
  const root = JSON.parse(text) as Json;
  const raws: string[] = [];
  const placeholder = (raw: string) => `@@${raws.push(raw) - 1}@@`;
  let doc: Json = root;
  for (const m of mutations) {
    let parent: Record<string, Json> | Json[] | undefined;
    let node: Json = doc;
    let key: string | number | undefined;
    for (const step of m.path) {
      if (!isContainer(node)) break;
      const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
      if (!keys.length) break;
      parent = node;
      key = keys[step % keys.length]!;
      node = (node as Record<string | number, Json>)[key]!;
    }
    const target = isContainer(node) ? node : parent;
    if (!target) {
      doc = placeholder(m.value);
      continue;
    }
    if (m.op === 'set' && parent && key !== undefined) (parent as Record<string | number, Json>)[key] = placeholder(m.value);
    else if (m.op === 'delete' && parent && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (Array.isArray(target)) target.push(placeholder(m.value));
    else {
      // "duplicate": one of its keys once more, last (JSON.parse keeps the last); the key goes in
      // as a placeholder too, as an object cannot hold it twice. "add": an own property, even for
      // "__proto__", as JSON.parse makes it.
      const keys = Object.keys(target);
      const name = m.op === 'duplicate' && keys.length ? `@@dup${raws.push(JSON.stringify(keys[m.key.length % keys.length])) - 1}@@` : m.key;
      Object.defineProperty(target, name, { value: placeholder(m.value), enumerable: true, configurable: true, writable: true });
    }
  }
  let out = JSON.stringify(doc);
  out = out.replace(/"@@dup(\d+)@@"/g, (_, i: string) => raws[Number(i)]!);
  out = out.replace(/"@@(\d+)@@"/g, (_, i: string) => raws[Number(i)]!);
  return '['.repeat(wrap) + out + ']'.repeat(wrap);
}

// ---------------------------------------------------------------- character mutations

interface TextMutation {
  readonly op: 'delete' | 'insert' | 'replace' | 'truncate' | 'duplicate';
  /** Position as a share of the length, so it fits whatever the text has become. */
  readonly at: number;
  readonly length: number;
  readonly text: string;
}
const LZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'duplicate'),
  // Unbiased: fast-check otherwise favours the ends (0 and 1), i.e. the "#c=" prefix and the end.
  at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.string({ unit: fc.constantFrom(...LZ_ALPHABET.split('')), minLength: 1, maxLength: 8 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    fc.constantFrom('{', '}', '"', ',', ':', '[', ']', '\\', '%', '#', '&c=', '.', '"__proto__":', ' ', '\u0000'),
  ),
});

function mutateText(text: string, mutations: readonly TextMutation[]): string {
  let s = text;
  for (const m of mutations) {
    const at = Math.min(s.length, Math.floor(m.at * (s.length + 1)));
    switch (m.op) {
      case 'delete':
        s = s.slice(0, at) + s.slice(at + m.length);
        break;
      case 'insert':
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      case 'replace':
        s = s.slice(0, at) + m.text + s.slice(at + m.text.length);
        break;
      case 'truncate':
        s = s.slice(0, at);
        break;
      case 'duplicate':
        s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
        break;
    }
  }
  return s;
}

// ---------------------------------------------------------------- the property

/** How the inputs ended, to see that the fuzzing reaches every outcome (printed at the end). */
const outcomes: Record<'links' | 'files', Record<string, number>> = { links: {}, files: {} };
const count = (what: 'links' | 'files', r: DecodeResult | FileResult) => {
  const k = r.ok ? (r.dropped.length ? 'ok_with_dropped' : 'ok') : r.error;
  outcomes[what][k] = (outcomes[what][k] ?? 0) + 1;
};

function expectCleanResult(r: ConsultationResult | DecodeResult | FileResult, errors: readonly string[]) {
  if (!r.ok) {
    expect(errors).toContain(r.error);
    return;
  }
  const c = r.consultation;
  expect(parseAnswers(catalogue, c.answers)).toEqual({ answers: c.answers, issues: [] });
  expect(ConsultationSchema.safeParse(c).success).toBe(true);
  for (const id of [...c.pinned, ...c.excluded, ...Object.keys(c.notes.programs)]) expect(programIds.has(id)).toBe(true);
  expect(Array.isArray(r.dropped)).toBe(true);
}

const mutations = (long: number) =>
  fc.record({
  json: fc.array(jsonMutation(long), { maxLength: 3 }),
    // Half the inputs keep their characters, so that structural damage reaches the validation.
    text: fc.oneof(fc.constant([]), fc.array(textMutation, { minLength: 1, maxLength: 3 })),
  /** The whole document nested in arrays this deep (now and then). */
  wrap: fc.oneof({ weight: 19, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: Math.round(long / 10) }) }),
});

describe('fuzzed share links and files', () => {
  afterAll(() => {
    // Nothing reached Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.info('fuzz outcomes', JSON.stringify(outcomes));
  });

  it('the mutator writes what JSON.stringify cannot: duplicate keys, own "__proto__" keys, raw literals', () => {
    expect(mutateJson('{"a":1,"b":2}', [{ path: [], op: 'duplicate', key: 'x', value: '1e400' }], 0)).toBe('{"a":1,"b":2,"b":1e400}');
    expect(mutateJson('{"a":[1]}', [{ path: [], op: 'add', key: '__proto__', value: '{"polluted":1}' }], 1)).toBe('[{"a":[1],"__proto__":{"polluted":1}}]');
    expect(mutateJson('{"a":[1]}', [{ path: [0, 0], op: 'set', key: '', value: '[[[]]]' }], 0)).toBe('{"a":[[[[]]]]}');
  });

  it(`${RUNS} mutated share links: a clear error or a clean consultation, never an exception`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...LINKS), fc.constantFrom('1', '2', '2', '2', '3'), mutations(3_000), (link, prefix, m) => {
        let hash = link;
        if (m.json.length || m.wrap) {
          const json = LZString.decompressFromEncodedURIComponent(link.slice(5));
          hash = `#c=${prefix}.${LZString.compressToEncodedURIComponent(mutateJson(json, m.json, m.wrap))}`;
        }
        hash = mutateText(hash, m.text);
        const r = decodeShareLink(hash, catalogue, NOW);
        count('links', r);
        expectCleanResult(r, ['not_a_link', 'truncated', 'invalid', 'unsupported_version']);
      }),
      { numRuns: RUNS, seed: 20261121 },
    );
  });

  it(`${RUNS} mutated files: a clear error or a clean consultation, never an exception`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), mutations(25_000), (file, m) => {
        let text = file;
        if (m.json.length || m.wrap) text = mutateJson(file, m.json, m.wrap);
        text = mutateText(text, m.text);
        const r = fromFile(text, catalogue, NOW);
        count('files', r);
        expectCleanResult(r, ['too_large', 'not_json', 'not_a_consultation', 'unsupported_version', 'invalid']);
      }),
      { numRuns: RUNS, seed: 20261121 },
    );
  });
});
