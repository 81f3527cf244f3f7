import { costOf } from './amounts';
import { COST_TYPES } from './costTypes';
import type { Answers, FactValue, GemeindeIndex } from './types';

const GEMEINDETYP: Record<string, string> = {
  Stadtkreis: 'stadtkreis',
  'Große Kreisstadt': 'grosse_kreisstadt',
  Stadt: 'stadt',
  Gemeinde: 'gemeinde',
};

/** `kosten_gesamt`: the sum of the answered costs, once any cost is answered. */
function withTotalCost(answers: Answers): Answers {
  const total = costOf(answers, COST_TYPES);
  return total === null ? answers : { ...answers, kosten_gesamt: total };
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
