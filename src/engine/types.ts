import type { Condition } from '../catalogue/schema/conditions.schema';
import type { Expr } from '../catalogue/schema/expression.schema';
import type { Criterion, Program, ProgramSource } from '../catalogue/schema/program.schema';
import type { Fact, Section } from '../catalogue/schema/questions.schema';
import type { Relation } from '../catalogue/schema/relations.schema';

export type { Condition, Criterion, Expr, Fact, Program, ProgramSource, Relation, Section };

/** The compiled catalogue: what the build makes of `rules/`, and all the engine reads. */
export interface Catalogue {
  /** Short content hash: two builds of the same rules have the same version. */
  readonly version: string;
  /** The newest `last_checked` date of all programs. */
  readonly stand: string;
  readonly sections: readonly Section[];
  readonly facts: readonly Fact[];
  readonly conditions: Readonly<Record<string, Condition>>;
  readonly programs: readonly Program[];
  readonly relations: readonly Relation[];
}

/** A fact's value as the engine accepts it; a missing key means "not answered". */
export type FactValue = boolean | number | string | readonly string[];
export type Answers = Readonly<Record<string, FactValue>>;

/** Three-valued result of a rule: met, not met, or unknown for want of an answer. */
export type Truth = 'met' | 'failed' | 'unknown';

/** The status of one program for one set of answers (vocabulary.md). */
export type Status = 'eligible' | 'unknown' | 'ineligible';

/** A Gemeinde as derived facts need it (from ../shared/data, Zensus 2022). */
export interface Gemeinde {
  readonly ags: string;
  readonly name: string;
  readonly gemeindetyp: string;
  readonly kreisAgs: string;
  readonly kreis: string;
  readonly einwohner: number;
  readonly stand: string;
}
export type GemeindeIndex = ReadonlyMap<string, Gemeinde>;

export interface EvaluateOptions {
  /** The evaluation date, YYYY-MM-DD; deadlines, validity and freshness are judged as of it. */
  readonly asOf: string;
  /** Gemeinden by AGS, to derive `einwohner`, `kreis_ags` and `gemeindetyp` from `ags`. */
  readonly gemeinden?: GemeindeIndex;
}
