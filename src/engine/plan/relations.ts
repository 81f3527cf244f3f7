import type { SelectorOut } from '../../catalogue/schema/relations.schema';
import type { Catalogue, Program, Relation } from '../types';

/** Does a relation's selector (program ids or funder levels) take in this program? */
export function selects(selector: SelectorOut, program: Program): boolean {
  return 'programs' in selector ? selector.programs.includes(program.id) : selector.levels.includes(program.level);
}

/** Relations of type `type` that join the two programs (in either order). */
export function relationsBetween(catalogue: Catalogue, a: Program, b: Program, types: readonly Relation['type'][]): Relation[] {
  return catalogue.relations.filter((r) => {
    if (!types.includes(r.type) || !('a' in r)) return false;
    return (selects(r.a, a) && selects(r.b, b)) || (selects(r.a, b) && selects(r.b, a));
  });
}

/** Relations about one program (`program: <id>`), of the given type. */
export function relationsOf<T extends Relation['type']>(catalogue: Catalogue, program: Program, type: T): Extract<Relation, { type: T }>[] {
  return catalogue.relations.filter((r): r is Extract<Relation, { type: T }> => r.type === type && 'program' in r && r.program === program.id);
}
