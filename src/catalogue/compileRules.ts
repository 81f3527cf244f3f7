import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Catalogue } from '../engine/types';
import { CasesFileSchema, type Case } from './schema/cases.schema';
import { ConditionsFileSchema } from './schema/conditions.schema';
import { ProgramSchema, type Program } from './schema/program.schema';
import { QuestionsFileSchema } from './schema/questions.schema';
import { RelationsFileSchema } from './schema/relations.schema';
import { checkConditions, checkQuestions } from './checkQuestions';
import { checkProgram } from './checkProgram';
import { checkRelations } from './checkRelations';
import type { ExprContext } from './checkExpr';
import type { RuleIssue } from './ruleIssue';
import { parseYaml, type YamlSource } from './yamlSource';
import { ruleErrorMap, toRuleIssues } from './zodIssues';

/** The text of every rule file, each with the name it is reported under. */
export interface RuleFiles {
  readonly questions: RuleText;
  readonly conditions: RuleText;
  readonly combinations: RuleText;
  readonly programs: readonly RuleText[];
  readonly cases: readonly RuleText[];
}
export interface RuleText {
  readonly file: string;
  readonly text: string;
}

export interface LoadedCase extends Case {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface CompileResult {
  readonly catalogue?: Catalogue;
  readonly cases: readonly LoadedCase[];
  readonly issues: readonly RuleIssue[];
}

function validate<S extends z.ZodType>(schema: S, t: RuleText, issues: RuleIssue[]): { src: YamlSource; data?: z.output<S> } {
  const src = parseYaml(t.file, t.text);
  if (src.syntaxIssues.length) {
    issues.push(...src.syntaxIssues);
    return { src };
  }
  const r = schema.safeParse(src.data, { error: ruleErrorMap });
  if (!r.success) {
    issues.push(...toRuleIssues(src, r.error.issues));
    return { src };
  }
  return { src, data: r.data };
}

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Parses, validates and cross-checks all rule files; compiles them when there is no issue. */
export function compileRules(files: RuleFiles): CompileResult {
  const issues: RuleIssue[] = [];
  const questions = validate(QuestionsFileSchema, files.questions, issues);
  const conditions = validate(ConditionsFileSchema, files.conditions, issues);
  const programs = files.programs.map((t) => ({ t, ...validate(ProgramSchema, t, issues) }));
  const relations = validate(RelationsFileSchema, files.combinations, issues);
  const cases = files.cases.map((t) => ({ t, ...validate(CasesFileSchema, t, issues) }));
  if (!questions.data || !conditions.data) return { cases: [], issues };

  const ctx: ExprContext = {
    facts: new Map(questions.data.facts.map((f) => [f.id, f])),
    conditions: new Set(conditions.data.conditions.map((c) => c.id)),
  };
  issues.push(...checkQuestions(questions.data, questions.src, ctx));
  issues.push(...checkConditions(conditions.data.conditions, conditions.src, ctx));
  const valid: Program[] = [];
  const seen = new Map<string, string>();
  for (const p of programs) {
    if (!p.data) continue;
    issues.push(...checkProgram(p.data, baseName(p.t.file), p.src, ctx));
    if (seen.has(p.data.id)) issues.push(p.src.issue(['id'], `program id "${p.data.id}" is already used by ${seen.get(p.data.id)}`));
    seen.set(p.data.id, p.t.file);
    valid.push(p.data);
  }
  if (relations.data) issues.push(...checkRelations(relations.data.relations, valid, relations.src));
  const loadedCases: LoadedCase[] = cases.flatMap(({ t, src, data }) =>
    (data?.cases ?? []).map((c, i) => ({ ...c, file: t.file, ...src.locate(['cases', i]) })),
  );
  if (issues.length || !relations.data || valid.length !== files.programs.length) return { cases: loadedCases, issues };

  const content = {
    sections: questions.data.sections,
    facts: questions.data.facts,
    conditions: Object.fromEntries(conditions.data.conditions.map((c) => [c.id, c])),
    programs: [...valid].sort((a, b) => a.id.localeCompare(b.id)),
    relations: relations.data.relations,
  };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
  const stand = valid.map((p) => p.last_checked).sort().at(-1) ?? '';
  return { catalogue: { version, stand, ...content }, cases: loadedCases, issues };
}
