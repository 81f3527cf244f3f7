import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../src/app/i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

const code = sourceFiles('src').map((f) => readFileSync(f, 'utf8')).join('\n');
// t('a.b'), t("a.b", …), i18nKey="a.b"; dynamic keys t(`level.${x}`) count for their whole prefix.
const used = new Set([...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g), ...code.matchAll(/i18nKey=["']([\w.-]+)["']/g)].map((m) => m[1]!));
const dynamicPrefixes = [...code.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)].map((m) => `${m[1]}.`);
const de = RESOURCES.de as Tree;
const en = RESOURCES.en as Tree;
const deKeys = keys(de);
const enKeys = keys(en);
const localeFiles = (lang: string) => readdirSync('src').flatMap((area) => {
  const p = join('src', area, 'locales', `${lang}.json`);
  try {
    return [JSON.parse(readFileSync(p, 'utf8')) as Tree];
  } catch {
    return [];
  }
});
// i18next plural forms (`_one`, `_other`) belong to the base key.
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  it('keep each area to its own top-level keys (no file overwrites another)', () => {
    for (const lang of ['de', 'en']) {
      const tops = localeFiles(lang).flatMap((t) => Object.keys(t));
      expect(tops.length, lang).toBe(new Set(tops).size);
    }
  });

  it('have the same keys in de and en', () => {
    expect(enKeys.filter((k) => !deKeys.includes(k))).toEqual([]);
    expect(deKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('define every key the code uses', () => {
    expect([...used].filter((k) => !deKeys.map(base).includes(k))).toEqual([]);
  });

  it('use every key they define', () => {
    const unused = deKeys.filter((k) => !used.has(base(k)) && !dynamicPrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('have no empty text', () => {
    for (const [lang, tree] of [['de', de], ['en', en]] as const) {
      for (const k of keys(tree as Tree)) {
        const value = k.split('.').reduce<unknown>((t, part) => (t as Tree)[part], tree);
        expect((value as string).trim(), `${lang}:${k}`).not.toBe('');
      }
    }
  });
});
