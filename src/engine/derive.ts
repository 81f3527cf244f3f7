import { costOf } from './amounts';
import { COST_TYPES, costFact } from './costTypes';
import type { Answers, Catalogue, FactValue, GemeindeIndex } from './types';

const GEMEINDETYP: Record<string, string> = {
  Stadtkreis: 'stadtkreis',
  'Große Kreisstadt': 'grosse_kreisstadt',
  Stadt: 'stadt',
  Gemeinde: 'gemeinde',
};

/**
 * `kosten_gesamt`: the sum of the costs, once every cost type is answered (the cost form sends
 * all four). Deriving it earlier would let a later answer undo a met criterion.
 */
function withTotalCost(answers: Answers): Answers {
  if (!COST_TYPES.every((t) => typeof answers[costFact(t)] === 'number')) return answers;
  return { ...answers, kosten_gesamt: costOf(answers, COST_TYPES)! };
}

/**
 * A set fact whose values name groups of another set fact (`massnahmen` grouped by
 * `handlungsfelder`) determines that fact: the Handlungsfelder are those of the Maßnahmen chosen.
 * Older answers that give only `handlungsfelder` keep them as they are.
 */
function withGroups(answers: Answers, catalogue: Catalogue | undefined): Answers {
  if (!catalogue) return answers;
  let out: Record<string, FactValue> | undefined;
  for (const f of catalogue.facts) {
    const chosen = answers[f.id];
    if (!f.grouped_by || !Array.isArray(chosen)) continue;
    const groups = [...new Set(f.values?.filter((v) => chosen.includes(v.id) && v.group).map((v) => v.group!) ?? [])];
    out ??= { ...answers };
    out[f.grouped_by] = groups;
  }
  return out ?? answers;
}

/**
 * Fills `kosten_gesamt` from the costs, and the facts that follow from `ags`: `einwohner` (Zensus 2022), `kreis_ags` and
 * `gemeindetyp`, and the Handlungsfelder from the Maßnahmen. A known Gemeinde overrides what was typed for them; an unknown AGS changes nothing.
 */
export function deriveFacts(given: Answers, gemeinden: GemeindeIndex | undefined, catalogue?: Catalogue): Answers {
  const answers = withGroups(withTotalCost(given), catalogue);
  const ags = answers.ags;
  if (!gemeinden || typeof ags !== 'string') return answers;
  const g = gemeinden.get(ags);
  if (!g) return answers;
  const derived: Record<string, FactValue> = { ...answers, einwohner: g.einwohner, kreis_ags: g.kreisAgs };
  const typ = GEMEINDETYP[g.gemeindetyp];
  if (typ) derived.gemeindetyp = typ;
  return derived;
}
