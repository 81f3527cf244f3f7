import type { Catalogue } from '../engine';

const LEVELS = ['eu', 'bund', 'land', 'kommune', 'stiftung_lotterie'];

/**
 * `?programs=gut-beraten,beteiligungstaler` or `?levels=land,bund`: the host shows only these
 * programs. Unknown ids or levels are ignored with a warning; a filter that would leave nothing
 * is ignored as a whole.
 */
export function filterCatalogue(catalogue: Catalogue, search: string, warn: (m: string) => void = console.warn): Catalogue {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const ids = list('programs');
  const levels = list('levels');
  const knownIds = new Set(catalogue.programs.map((p) => p.id));
  for (const id of ids) if (!knownIds.has(id)) warn(`Förderbaukasten: ignored unknown program "${id}"`);
  for (const l of levels) if (!LEVELS.includes(l)) warn(`Förderbaukasten: ignored unknown level "${l}"`);
  const okIds = ids.filter((id) => knownIds.has(id));
  const okLevels = levels.filter((l) => LEVELS.includes(l));
  if (!okIds.length && !okLevels.length) return catalogue;
  const programs = catalogue.programs.filter((p) => (!okIds.length || okIds.includes(p.id)) && (!okLevels.length || okLevels.includes(p.level)));
  if (programs.length === 0) {
    warn('Förderbaukasten: the program filter leaves no program; showing all');
    return catalogue;
  }
  return { ...catalogue, programs };
}
