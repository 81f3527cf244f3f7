import type { Gemeinde } from '../engine';

/** How many suggestions the combobox shows at most; more would be a wall of text on a phone. */
export const MAX_SUGGESTIONS = 12;

/**
 * A search key that tolerates how umlauts are typed: "Tübingen", "Tuebingen" and "Tubingen" all
 * become "tubingen". Both the names and the query go through it, so prefixes still line up.
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[-‐–/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Entry {
  readonly gemeinde: Gemeinde;
  readonly key: string;
  /** The name without its addition: "Aalen, Stadt" → "aalen". */
  readonly shortKey: string;
  /** Where the words of the name start, for "Saulgau" → "Bad Saulgau". */
  readonly wordStarts: readonly number[];
}

export interface GemeindeSearch {
  readonly byAgs: ReadonlyMap<string, Gemeinde>;
  readonly entries: readonly Entry[];
}

/** Prepares the keys once per load, not per keystroke. Entries are sorted by name. */
export function prepareSearch(list: readonly Gemeinde[]): GemeindeSearch {
  const collator = new Intl.Collator('de', { numeric: true });
  const entries = list
    .map((gemeinde) => {
      const key = searchKey(gemeinde.name);
      const wordStarts = [...key.matchAll(/(?:^|[ ,(])([^ ,(])/g)].map((m) => m.index + m[0].length - 1);
      return { gemeinde, key, shortKey: searchKey(gemeinde.name.split(',')[0] ?? ''), wordStarts };
    })
    .sort((a, b) => collator.compare(a.gemeinde.name, b.gemeinde.name) || collator.compare(a.gemeinde.kreis, b.gemeinde.kreis));
  return { byAgs: new Map(list.map((g) => [g.ags, g])), entries };
}

export interface SearchResult {
  readonly items: readonly Gemeinde[];
  /** All matches, of which `items` shows the first `MAX_SUGGESTIONS`. */
  readonly total: number;
}

/** Name prefix matches first, then matches at the start of a later word, then any substring. */
export function searchGemeinden(search: GemeindeSearch, query: string): SearchResult {
  const q = searchKey(query);
  if (q === '') return { items: [], total: 0 };
  const ranked: Gemeinde[][] = [[], [], []];
  for (const e of search.entries) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : e.wordStarts.some((w) => e.key.startsWith(q, w)) ? 1 : 2;
    ranked[rank]!.push(e.gemeinde);
  }
  const all = ranked.flat();
  return { items: all.slice(0, MAX_SUGGESTIONS), total: all.length };
}

/** The one Gemeinde whose name (with or without its addition) is exactly the query, if unique. */
export function exactGemeinde(search: GemeindeSearch, query: string): Gemeinde | undefined {
  const q = searchKey(query);
  const found = search.entries.filter((e) => e.key === q || e.shortKey === q);
  return found.length === 1 ? found[0]!.gemeinde : undefined;
}
