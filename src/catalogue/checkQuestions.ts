import type { Condition } from './schema/conditions.schema';
import { INPUT_FOR_TYPE, type QuestionsFile } from './schema/questions.schema';
import { checkDuplicateIds, findCycle } from './checkIds';
import { checkExpr, conditionRefs, type ExprContext } from './checkExpr';
import type { RuleIssue } from './ruleIssue';
import type { YamlSource } from './yamlSource';

/** Facts: unique ids and values, fitting inputs, known sections; askable facts have a question. */
export function checkQuestions(q: QuestionsFile, src: YamlSource, ctx: ExprContext): RuleIssue[] {
  const sections = q.sections.map((s) => s.id);
  const issues = [...checkDuplicateIds(q.sections, ['sections'], src, 'section'), ...checkDuplicateIds(q.facts, ['facts'], src, 'fact')];
  q.facts.forEach((f, i) => {
    const at = (key: string, message: string) => issues.push(src.issue(['facts', i, key], message));
    const hasValues = f.type === 'enum' || f.type === 'set';
    if (hasValues && !f.values) at('type', `fact "${f.id}" of type ${f.type} needs "values"`);
    if (!hasValues && f.values) at('values', `fact "${f.id}" of type ${f.type} takes no "values"`);
    if (f.values) issues.push(...checkDuplicateIds(f.values, ['facts', i, 'values'], src, 'value'));
    if (f.grouped_by) {
      const groups = ctx.facts.get(f.grouped_by)?.values?.map((v) => v.id);
      if (!groups) at('grouped_by', `"${f.grouped_by}" is not a fact with values`);
      f.values?.forEach((v, j) => {
        if (groups && (!v.group || !groups.includes(v.group))) {
          issues.push(src.issue(['facts', i, 'values', j, 'group'], `each value needs a "group" of "${f.grouped_by}"; allowed values: ${groups.join(', ')}`));
        }
      });
    }
    if (f.derived_from) {
      for (const d of f.derived_from) if (!ctx.facts.has(d)) at('derived_from', `unknown fact "${d}"`);
      return;
    }
    for (const key of ['section', 'question', 'input'] as const) {
      if (f[key] === undefined) at('id', `fact "${f.id}" is asked, so it needs "${key}" (or "derived_from")`);
    }
    if (f.section && !sections.includes(f.section)) at('section', `unknown section "${f.section}"; allowed values: ${sections.join(', ')}`);
    if (f.input && !INPUT_FOR_TYPE[f.type].includes(f.input)) {
      at('input', `input "${f.input}" does not fit type ${f.type}; allowed values: ${INPUT_FOR_TYPE[f.type].join(', ')}`);
    }
    if (f.when) issues.push(...checkExpr(f.when, ['facts', i, 'when'], src, ctx));
  });
  return issues;
}

/** Shared conditions: unique, valid rules, and no condition that refers back to itself. */
export function checkConditions(conditions: readonly Condition[], src: YamlSource, ctx: ExprContext): RuleIssue[] {
  const issues = checkDuplicateIds(conditions, ['conditions'], src, 'condition');
  conditions.forEach((c, i) => issues.push(...checkExpr(c.rule, ['conditions', i, 'rule'], src, ctx)));
  const cycle = findCycle(new Map(conditions.map((c) => [c.id, conditionRefs(c.rule)])));
  if (cycle) {
    const i = conditions.findIndex((c) => c.id === cycle[0]);
    issues.push(src.issue(['conditions', i, 'rule'], `conditions refer to each other in a cycle: ${cycle.join(' → ')}`));
  }
  return issues;
}
