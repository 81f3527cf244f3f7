import type { Gemeinde, GemeindeIndex } from './types';

/** Splits one CSV line, honouring double-quoted fields ("Aalen, Stadt"). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Reads `rules/data/gemeinden.csv` (header: ags,name,gemeindetyp,kreis_ags,kreis,einwohner,stand). */
export function parseGemeindenCsv(text: string): Gemeinde[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cols = splitCsvLine(header ?? '');
  const idx = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const f = splitCsvLine(line);
    return {
      ags: f[idx('ags')] ?? '',
      name: f[idx('name')] ?? '',
      gemeindetyp: f[idx('gemeindetyp')] ?? '',
      kreisAgs: f[idx('kreis_ags')] ?? '',
      kreis: f[idx('kreis')] ?? '',
      einwohner: Number(f[idx('einwohner')]),
      stand: f[idx('stand')] ?? '',
    };
  });
}

/** Index by AGS for `deriveFacts`. */
export function indexGemeinden(list: readonly Gemeinde[]): GemeindeIndex {
  return new Map(list.map((g) => [g.ags, g]));
}
