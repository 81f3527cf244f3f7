import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../engine';
import { decodeShareLink, encodeShareLink, type DecodeResult } from './shareLink';
import { NOW, fullConsultation, testCatalogue } from './testing';

const catalogue = testCatalogue();
const decode = (hash: string) => decodeShareLink(hash, catalogue, NOW);
const payloadOf = (link: string) => JSON.parse(LZString.decompressFromEncodedURIComponent(link.slice('#c=2.'.length))) as Record<string, unknown>;

/** A link made by the first link format (`1.`, long keys); generated once, kept as it was shared. */
const V1_LINK =
  '#c=1.N4Ighgdgzg7gpgJyiAXKSAXBYDmUNwA2hiqIAbonAJYQgA0IOcAtjRBAK5wYBe1OVFm6MAFpAAmhThDwAzIhNIoA2iABGPGoQEycAfTizcrIxhABdRgAdxUI6jWaC1HTj2XGAawD2+I-pQYADGoqgAzAAM0QC+MUA';

const ERRORS = ['not_a_link', 'truncated', 'invalid', 'unsupported_version'];
/** Every outcome must be a clear error or a consultation whose answers the engine accepts as they are. */
function expectClean(r: DecodeResult) {
  if (r.ok) expect(parseAnswers(catalogue, r.consultation.answers)).toEqual({ answers: r.consultation.answers, issues: [] });
  else expect(ERRORS).toContain(r.error);
}

describe('share links', () => {
  const c = fullConsultation();
  const link = encodeShareLink(c);

  it('round-trip answers, cost items, pins and exclusions, but never notes, title or snapshot', () => {
    expect(link).toMatch(/^#c=2\.[A-Za-z0-9+\-$]+$/);
    expect(decode(link)).toEqual({
      ok: true,
      dropped: [],
      consultation: {
        format: 'foerderbaukasten-beratung',
        version: 2,
        savedAt: NOW.toISOString(),
        asOf: '2026-11-21',
        catalogue: { version: catalogue.version, stand: catalogue.stand },
        answers: c.answers,
        planItems: c.planItems,
        pinned: c.pinned,
        excluded: c.excluded,
        notes: { general: '', programs: {} },
      },
    });
    const json = JSON.stringify(payloadOf(link));
    for (const secret of ['vertraulich', 'Gemeinderat tagt', 'Altstadt', 'snapshot', 'quartiersimpulse":{']) expect(json).not.toContain(secret);
    expect(Object.keys(payloadOf(link))).toEqual(['v', 'a', 'i', 'p', 'x', 'k']);
  });

  it('stays short for a typical consultation', () => {
    // 17 answers, 3 cost items (two labelled), a pin and an exclusion: 716 characters today.
    expect(link.length).toBeLessThan(800);
    const bare = encodeShareLink({ ...c, planItems: undefined, pinned: [], excluded: [] });
    expect(Object.keys(payloadOf(bare))).toEqual(['v', 'a', 'k']);
    expect(bare.length).toBeLessThan(600);
  });

  it('keeps cost items with a phase only, a label only, or neither; and an empty list as empty', () => {
    const planItems = [
      { id: 'a', type: 'personal' as const, amount: 1 },
      { id: 'b', type: 'sach' as const, amount: 0, phase: 'umsetzung' },
      { id: 'c', type: 'investition' as const, amount: 2, label: 'Rampe' },
    ];
    for (const items of [planItems, []]) {
      const r = decode(encodeShareLink({ ...c, planItems: items }));
      expect(r.ok && r.consultation.planItems).toEqual(items);
    }
  });

  it('opens links of the first format (prefix 1.)', () => {
    expect(decode(V1_LINK)).toEqual({
      ok: true,
      dropped: [],
      consultation: {
        format: 'foerderbaukasten-beratung',
        version: 2,
        savedAt: NOW.toISOString(),
        asOf: '2026-11-21',
        catalogue: { version: '', stand: '' },
        answers: { antragsteller: 'verein', gemeinnuetzig: true, handlungsfelder: ['beteiligung_engagement'], phasen: ['beteiligung'], kosten_sach: 3000 },
        pinned: [],
        excluded: [],
        notes: { general: '', programs: {} },
      },
    });
  });

  it('records which catalogue the link was made with', () => {
    const r = decode(encodeShareLink({ ...c, catalogue: { version: 'aaaaaaaaaaaa', stand: '2025-01-01' } }));
    expect(r.ok && r.consultation.catalogue).toEqual({ version: 'aaaaaaaaaaaa', stand: '' });
  });

  it('names answers and programs it cannot take, and keeps the rest', () => {
    const r = decode(encodeShareLink({ ...c, answers: { ...c.answers, ags: '99999999', neu: true }, pinned: ['weg', 'elr'] }));
    expect(r.ok && r.dropped.sort()).toEqual(['ags', 'neu', 'weg']);
    expect(r.ok && r.consultation.pinned).toEqual(['elr']);
  });

  it('is found in a whole address, next to other parameters, and survives mail programs', () => {
    const ok = decode(link);
    expect(decode(`https://example.org/foerderbaukasten/index.html${link}`)).toEqual(ok);
    expect(decode(`#lang=en&${link.slice(1)}&theme=dark`)).toEqual(ok);
    expect(decode(link.replaceAll('+', ' '))).toEqual(ok);
    expect(decode(link.replaceAll('$', '%24').replaceAll('+', '%2B'))).toEqual(ok);
  });
});

describe('tampered links never throw: a clear error or a valid consultation', () => {
  const link = encodeShareLink(fullConsultation());
  const whole = decode(link);

  it.each<[string, string, string]>([
    ['empty', '', 'not_a_link'],
    ['just #', '#', 'not_a_link'],
    ['another fragment', '#ergebnisse', 'not_a_link'],
    ['no value', '#c=', 'truncated'],
    ['no dot', '#c=2', 'truncated'],
    ['no payload', '#c=2.', 'truncated'],
    ['an unknown format', '#c=9.xxx', 'unsupported_version'],
    ['a format from far ahead', '#c=123456.N4Ig', 'unsupported_version'],
    ['no format number', '#c=N4IghgdgzgA', 'invalid'],
    ['unicode', '#c=2.äöü€😀', 'invalid'],
    ['unicode in the prefix', '#c=２.N4Ig', 'invalid'],
    ['a bad percent escape', '#c=2.N4%E0%A4%A', 'invalid'],
    ['a payload far too long', `#c=2.${'A'.repeat(30_000)}`, 'invalid'],
    ['valid lz of no JSON', `#c=2.${LZString.compressToEncodedURIComponent('hallo')}`, 'truncated'],
    ['valid lz of JSON that is no link', `#c=2.${LZString.compressToEncodedURIComponent('[1,2]')}`, 'invalid'],
    ['a link without answers', `#c=2.${LZString.compressToEncodedURIComponent('{"v":2,"k":"x"}')}`, 'invalid'],
    ['a 2-link with the 1 layout', `#c=2.${LZString.compressToEncodedURIComponent('{"answers":{}}')}`, 'invalid'],
    ['a 1-link with answers as text', `#c=1.${LZString.compressToEncodedURIComponent('{"answers":"x"}')}`, 'invalid'],
  ])('%s', (_what, hash, error) => {
    expect(decode(hash)).toMatchObject({ ok: false, error });
  });

  it('a link cut at any position gives an error, never a partly loaded consultation', () => {
    const errors = new Set<string>();
    for (let i = 0; i < link.length; i++) {
      const r = decode(link.slice(0, i));
      if (r.ok) expect(r).toEqual(whole); // lz-string's last characters can be padding
      else errors.add(r.error);
      if (i > '#c=2.'.length + 2 && i < link.length - 2) expect(r).toMatchObject({ ok: false, error: 'truncated' });
    }
    expect([...errors].sort()).toEqual(['not_a_link', 'truncated']);
  });

  it('a changed character anywhere gives an error or a consultation with clean answers', () => {
    const alphabet = 'AZaz09+-$x';
    let loaded = 0;
    for (let i = 0; i < link.length; i++) {
      for (const ch of alphabet) {
        if (link[i] === ch) continue;
        const r = decode(link.slice(0, i) + ch + link.slice(i + 1));
        expectClean(r);
        if (r.ok) loaded++;
      }
    }
    // Changes in the prefix or to padding bits still open; most others do not.
    expect(loaded).toBeGreaterThan(0);
  });

  it('random payloads give an error or a consultation with clean answers', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2', '3'), fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split('')), maxLength: 400 }), (v, payload) => {
        expectClean(decode(`#c=${v}.${payload}`));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expectClean(decode(s));
        expectClean(decode(`#c=2.${s}`));
      }),
      { numRuns: 500 },
    );
  });

  it('a non-string given by untyped code is not a link', () => {
    expect(decodeShareLink(undefined as unknown as string, catalogue, NOW)).toEqual({ ok: false, error: 'not_a_link' });
  });
});
