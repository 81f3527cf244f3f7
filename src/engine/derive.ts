import { costOf } from './amounts';
import { COST_TYPES, costFact } from './costTypes';
import type { Answers, FactValue, GemeindeIndex } from './types';

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
 * Fills `kosten_gesamt` from the costs, and the facts that follow from `ags`: `einwohner` (Zensus 2022), `kreis_ags` and
 * `gemeindetyp`. A known Gemeinde overrides what was typed for them; an unknown AGS changes nothing.
 */
export function deriveFacts(given: Answers, gemeinden: GemeindeIndex | undefined): Answers {
  const answers = withTotalCost(given);
  const ags = answers.ags;
  if (!gemeinden || typeof ags !== 'string') return answers;
  const g = gemeinden.get(ags);
  if (!g) return answers;
  const derived: Record<string, FactValue> = { ...answers, einwohner: g.einwohner, kreis_ags: g.kreisAgs };
  const typ = GEMEINDETYP[g.gemeindetyp];
  if (typ) derived.gemeindetyp = typ;
  return derived;
}
