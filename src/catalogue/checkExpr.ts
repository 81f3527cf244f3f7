import type { Expr } from '../catalogue/schema/expression.schema';
import type { Fact } from '../catalogue/schema/questions.schema';
import type { RuleIssue } from './ruleIssue';
import { suggest } from './suggest';
import type { PathKey, YamlSource } from './yamlSource';

/** Which operators fit which fact type. */
const OPS_FOR_TYPE: Record<Fact['type'], readonly string[]> = {
  boolean: ['is'],
  enum: ['equals', 'in'],
  set: ['includes_any', 'includes_all'],
  integer: ['equals', 'min', 'max'],
  money: ['equals', 'min', 'max'],
  date: ['before', 'on_or_after'],
  ags: ['equals'],
};

export interface ExprContext {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly conditions: ReadonlySet<string>;
}

function checkLeaf(e: Extract<Expr, { kind: 'fact' }>, path: PathKey[], src: YamlSource, ctx: ExprContext): RuleIssue[] {
  const fact = ctx.facts.get(e.fact);
  if (!fact) {
    return [src.issue([...path, 'fact'], `unknown fact "${e.fact}"${suggest(e.fact, ctx.facts.keys(), 'rules/questions.yaml for the facts')}`)];
  }
  const ops = OPS_FOR_TYPE[fact.type];
  if (!ops.includes(e.op)) {
    return [src.issue(path, `operator "${e.op}" does not fit fact "${e.fact}" (${fact.type}); use: ${ops.join(', ')}`, e.op)];
  }
  const values = fact.values?.map((v) => v.id);
  const given = Array.isArray(e.value) ? e.value : [e.value];
  if (values) {
    return given.flatMap((v, i) =>
      values.includes(v as string)
        ? []
        : [src.issue(Array.isArray(e.value) ? [...path, e.op, i] : [...path, e.op], `"${String(v)}" is not a value of fact "${e.fact}"; allowed values: ${values.join(', ')}`)],
    );
  } else if (e.op === 'equals' && typeof e.value !== (fact.type === 'ags' ? 'string' : 'number')) {
    return [src.issue([...path, e.op], `fact "${e.fact}" (${fact.type}) cannot equal ${JSON.stringify(e.value)}`)];
  }
  return [];
}

/** Checks that a rule only names existing facts, values and conditions, with fitting operators. */
export function checkExpr(e: Expr, path: PathKey[], src: YamlSource, ctx: ExprContext): RuleIssue[] {
  switch (e.kind) {
    case 'fact':
      return checkLeaf(e, path, src, ctx);
    case 'all':
    case 'any':
      return e.items.flatMap((item, i) => checkExpr(item, [...path, e.kind, i], src, ctx));
    case 'not':
      return checkExpr(e.item, [...path, 'not'], src, ctx);
    case 'condition':
      return ctx.conditions.has(e.id)
        ? []
        : [src.issue([...path, 'condition'], `unknown condition "${e.id}"${suggest(e.id, ctx.conditions, 'rules/conditions.yaml for the conditions')}`)];
  }
}

/** The conditions an expression refers to directly, for the cycle check. */
export function conditionRefs(e: Expr): string[] {
  switch (e.kind) {
    case 'condition':
      return [e.id];
    case 'all':
    case 'any':
      return e.items.flatMap(conditionRefs);
    case 'not':
      return conditionRefs(e.item);
    case 'fact':
      return [];
  }
}
