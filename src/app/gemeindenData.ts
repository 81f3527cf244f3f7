import { indexGemeinden, parseGemeindenCsv, type Gemeinde, type GemeindeIndex } from '../engine';

let loading: Promise<{ list: readonly Gemeinde[]; index: GemeindeIndex }> | undefined;

/** The 1,101 Gemeinden, loaded as a chunk of their own the first time they are needed. */
export function loadGemeindeData() {
  loading ??= import('virtual:gemeinden').then((m) => {
    const list = parseGemeindenCsv(m.default);
    return { list, index: indexGemeinden(list) };
  });
  return loading;
}

export const loadGemeinden = () => loadGemeindeData().then((d) => d.list);
