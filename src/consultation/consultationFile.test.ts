import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, fromFile, toFile } from './consultationFile';
import { NOW, fullConsultation, testCatalogue } from './testing';

const catalogue = testCatalogue();
const read = (text: string) => fromFile(text, catalogue, NOW);

describe('consultation files', () => {
  it('round-trip a full consultation, notes and snapshot included', () => {
    const c = fullConsultation();
    const file = toFile(c);
    expect(file.name).toBe('beratung-2026-11-21.json');
    expect(file.text.startsWith('{\n  "format": "foerderbaukasten-beratung",\n  "version": 2,\n  "savedAt"')).toBe(true);
    expect(file.text.endsWith('}\n')).toBe(true);
    expect(read(file.text)).toEqual({ ok: true, consultation: c, dropped: [] });
    expect(file.text).toContain('vertraulich');
  });

  it('writes the same text for the same consultation, whatever the order of its fields', () => {
    const c = fullConsultation();
    const shuffled = Object.fromEntries(Object.entries(c).reverse()) as typeof c;
    expect(toFile(shuffled).text).toBe(toFile(c).text);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const text = toFile(fullConsultation()).text;
    expect(read(`\uFEFF${text.replaceAll('\n', '\r\n')}`).ok).toBe(true);
  });

  it('refuses files over 1 MB before reading them, counting bytes', () => {
    const c = fullConsultation();
    const text = toFile(c).text;
    expect(read(text + ' '.repeat(MAX_FILE_BYTES))).toMatchObject({ ok: false, error: 'too_large' });
    // 400,000 "€" are 1.2 MB in UTF-8 though only 400,000 characters.
    expect(read(JSON.stringify({ ...c, title: '€'.repeat(400_000) }))).toMatchObject({ ok: false, error: 'too_large' });
  });

  it.each<[string, string, string]>([
    ['empty', '', 'not_json'],
    ['not JSON', 'Beratung vom 21.11.', 'not_json'],
    ['cut short', toFile(fullConsultation()).text.slice(0, 300), 'not_json'],
    ['JSON null', 'null', 'not_a_consultation'],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', 'not_a_consultation'],
    ['from a newer app', JSON.stringify({ ...fullConsultation(), version: 5 }), 'unsupported_version'],
    ['with a broken field', JSON.stringify({ ...fullConsultation(), pinned: 'nis' }), 'invalid'],
  ])('rejects a file that is %s', (_what, text, error) => {
    expect(read(text)).toMatchObject({ ok: false, error });
  });

  it('reads an old draft and an old file format', () => {
    expect(read('{"version":1,"answers":{"antragsteller":"verein"},"step":"start"}')).toMatchObject({ ok: true, consultation: { answers: { antragsteller: 'verein' } } });
    expect(read('{"format":"foerderbaukasten-beratung","version":1,"answers":{},"notes":"n"}')).toMatchObject({ ok: true, consultation: { notes: { general: 'n' } } });
  });
});
