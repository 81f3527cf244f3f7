import { BUILTIN_CRITERIA } from '../engine/builtinCriteria';
import type { Fact } from './schema/questions.schema';
import type { Program } from './schema/program.schema';
import { checkDuplicateIds, checkValues } from './checkIds';
import { checkExpr, type ExprContext } from './checkExpr';
import type { RuleIssue } from './ruleIssue';
import type { PathKey, YamlSource } from './yamlSource';

const valuesOf = (facts: ReadonlyMap<string, Fact>, id: string) => facts.get(id)?.values?.map((v) => v.id) ?? [];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Cross-references and plausibility of one program file. */
export function checkProgram(p: Program, fileId: string, src: YamlSource, ctx: ExprContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const at = (path: PathKey[], message: string) => issues.push(src.issue(path, message));
  if (p.id !== fileId) at(['id'], `program id "${p.id}" must match the file name "${fileId}.yaml"`);
  issues.push(...checkDuplicateIds(p.sources, ['sources'], src, 'source'));
  issues.push(...checkDuplicateIds(p.criteria, ['criteria'], src, 'criterion'));
  p.criteria.forEach((c, i) => {
    if (Object.hasOwn(BUILTIN_CRITERIA, c.id)) at(['criteria', i, 'id'], `"${c.id}" is a criterion the engine adds itself; choose another id`);
  });
  issues.push(...checkValues(p.phases, valuesOf(ctx.facts, 'phasen'), ['phases'], src, 'phase (fact "phasen")'));
  issues.push(...checkValues(p.handlungsfelder, valuesOf(ctx.facts, 'handlungsfelder'), ['handlungsfelder'], src, 'Handlungsfeld'));
  issues.push(...checkValues(p.zielgruppen, valuesOf(ctx.facts, 'zielgruppen'), ['zielgruppen'], src, 'Zielgruppe'));
  if (p.massnahmen) issues.push(...checkValues(p.massnahmen.funds, valuesOf(ctx.facts, 'massnahmen'), ['massnahmen', 'funds'], src, 'Maßnahme (fact "massnahmen")'));
  if (p.review_by < p.last_checked) at(['review_by'], `review_by (${p.review_by}) lies before last_checked (${p.last_checked})`);
  if (p.valid?.from && p.valid.to && p.valid.from > p.valid.to) at(['valid', 'to'], 'valid.to lies before valid.from');

  const sourceIds = p.sources.map((s) => s.id);
  const ref = (r: { ref: string }, path: PathKey[]) => {
    if (!sourceIds.includes(r.ref)) issues.push(src.issue(path, `unknown source "${r.ref}"; this program's sources: ${sourceIds.join(', ')}`, 'ref'));
  };
  if (p.massnahmen) ref(p.massnahmen.source, ['massnahmen', 'source']);
  p.criteria.forEach((c, i) => {
    ref(c.source, ['criteria', i, 'source']);
    issues.push(...checkExpr(c.rule, ['criteria', i, 'rule'], src, ctx));
    if (c.applies) issues.push(...checkExpr(c.applies, ['criteria', i, 'applies'], src, ctx));
  });

  if (p.amount !== 'none') {
    const applicants = valuesOf(ctx.facts, 'antragsteller');
    p.amount.tiers.forEach((t, i) => {
      const path: PathKey[] = ['amount', 'tiers', i];
      ref(t.source, [...path, 'source']);
      if (t.applicants) issues.push(...checkValues(t.applicants, applicants, [...path, 'applicants'], src, 'value of "antragsteller"'));
      if (t.when) issues.push(...checkExpr(t.when, [...path, 'when'], src, ctx));
      if (typeof t.min === 'number' && typeof t.max === 'number' && t.min > t.max) at([...path, 'min'], `min (${t.min}) is above max (${t.max})`);
      if (typeof t.quota === 'object' && t.quota.min > t.quota.max) at([...path, 'quota'], 'quota.min is above quota.max');
      if (t.per_unit && ctx.facts.get(t.per_unit.fact)?.type !== 'integer') {
        at([...path, 'per_unit', 'fact'], `per_unit needs an integer fact; "${t.per_unit.fact}" is not one`);
      }
    });
    const last = p.amount.tiers.length - 1;
    p.amount.tiers.forEach((t, i) => {
      if (i < last && !t.applicants && !t.when) at(['amount', 'tiers', i], 'a tier without "applicants" and "when" matches everyone, so it must come last');
    });
    p.amount.cost_type_caps?.forEach((c, i) => ref(c.source, ['amount', 'cost_type_caps', i, 'source']));
  }

  p.deadlines.dates?.forEach((d, i) => {
    ref(d.source, ['deadlines', 'dates', i, 'source']);
    if (d.when) issues.push(...checkExpr(d.when, ['deadlines', 'dates', i, 'when'], src, ctx));
    if (d.opens && d.opens > d.date) at(['deadlines', 'dates', i, 'opens'], `opens (${d.opens}) lies after the deadline (${d.date})`);
  });
  p.deadlines.recurring?.forEach((r, i) => {
    ref(r.source, ['deadlines', 'recurring', i, 'source']);
    if (r.when) issues.push(...checkExpr(r.when, ['deadlines', 'recurring', i, 'when'], src, ctx));
    if (r.day > DAYS_IN_MONTH[r.month - 1]!) at(['deadlines', 'recurring', i, 'day'], `month ${r.month} has no day ${r.day}`);
  });
  return issues;
}
