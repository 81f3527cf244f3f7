import { COST_TYPES, costFact } from './costTypes';

/** The criteria the engine adds to every program (never written in a program file), and the facts each reads. */
export const BUILTIN_CRITERIA: Readonly<Record<string, readonly string[]>> = {
  phasen: ['phasen'],
  massnahmen: ['massnahmen'],
  'foerderfaehige-kosten': COST_TYPES.map(costFact),
  mindestbetrag: COST_TYPES.map(costFact),
};

/** The built-in criteria on the costs: open until the costs are asked, which comes last. */
export const COST_CRITERIA: ReadonlySet<string> = new Set(['foerderfaehige-kosten', 'mindestbetrag']);
