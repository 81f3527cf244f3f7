import { describe, expect, it } from 'vitest';
import { exactGemeinde, MAX_SUGGESTIONS, prepareSearch, searchGemeinden, searchKey } from './gemeindeSearch';
import { GEMEINDEN } from './testing/renderWithForm';

const search = prepareSearch(GEMEINDEN);
const names = (query: string) => searchGemeinden(search, query).items.map((g) => g.name);

describe('searchKey', () => {
  it('treats ü, ue and u alike, ß as ss, and hyphens as spaces', () => {
    expect(searchKey('Tübingen')).toBe(searchKey('Tuebingen'));
    expect(searchKey('Tübingen')).toBe(searchKey('TUBINGEN'));
    expect(searchKey('Straßberg')).toBe(searchKey('Strassberg'));
    expect(searchKey('Baden-Baden')).toBe(searchKey('baden  baden'));
  });
});

describe('searchGemeinden', () => {
  it('finds by the first letters, whatever the case', () => {
    expect(names('Kohl')).toEqual(['Kohlberg']);
    expect(names('kohl')).toEqual(['Kohlberg']);
  });

  it('tolerates umlauts typed as ue or without dots', () => {
    expect(names('Tueb')).toEqual(['Tübingen, Universitätsstadt']);
    expect(names('tub')).toEqual(['Tübingen, Universitätsstadt']);
  });

  it('lists name prefixes first, then word starts, then other substrings', () => {
    expect(names('Saul')).toEqual(['Bad Saulgau, Stadt']);
    const berg = names('berg');
    expect(berg.slice(0, 2)).toEqual(['Bergatreute', 'Bergdorf 1']);
    expect(searchGemeinden(search, 'berg').items).toHaveLength(MAX_SUGGESTIONS);
    const all = searchGemeinden(prepareSearch(GEMEINDEN.filter((g) => !g.name.startsWith('Bergdorf'))), 'berg').items.map((g) => g.name);
    expect(all).toEqual(['Bergatreute', 'Kohlberg']);
  });

  it('shows at most MAX_SUGGESTIONS but counts every match', () => {
    const result = searchGemeinden(search, 'Bergdorf');
    expect(result.items).toHaveLength(MAX_SUGGESTIONS);
    expect(result.total).toBe(14);
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(searchGemeinden(search, '  ')).toEqual({ items: [], total: 0 });
    expect(names('Xyz')).toEqual([]);
  });

  it('lists Gemeinden of the same name in both Kreise', () => {
    expect(searchGemeinden(search, 'Altdorf').items.map((g) => g.kreis)).toEqual(['Böblingen', 'Esslingen']);
  });
});

describe('exactGemeinde', () => {
  it('matches the full name or the name without its addition', () => {
    expect(exactGemeinde(search, 'aalen')?.ags).toBe('08136088');
    expect(exactGemeinde(search, 'Aalen, Stadt')?.ags).toBe('08136088');
    expect(exactGemeinde(search, 'Kohlberg')?.ags).toBe('08116036');
  });

  it('does not guess between Gemeinden of the same name or from a prefix', () => {
    expect(exactGemeinde(search, 'Altdorf')).toBeUndefined();
    expect(exactGemeinde(search, 'Kohl')).toBeUndefined();
  });
});
