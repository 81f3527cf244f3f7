import { describe, expect, it, vi } from 'vitest';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { filterCatalogue } from './programFilter';

const catalogue = uiCatalogue();

describe('the program filter from the address', () => {
  it('shows only the named programs or levels', () => {
    expect(filterCatalogue(catalogue, '?programs=gut-beraten,beteiligungstaler').programs.map((p) => p.id)).toEqual(['beteiligungstaler', 'gut-beraten']);
    const land = filterCatalogue(catalogue, '?levels=bund').programs;
    expect(land.length).toBeGreaterThan(0);
    expect(land.every((p) => p.level === 'bund')).toBe(true);
  });

  it('ignores unknown ids and levels with a warning, and a filter that leaves nothing', () => {
    const warn = vi.fn();
    expect(filterCatalogue(catalogue, '?programs=erfunden&levels=mars', warn)).toBe(catalogue);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(filterCatalogue(catalogue, '?programs=gut-beraten&levels=bund', warn)).toBe(catalogue);
  });
});
