import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFiles, RuleText } from './compileRules';

/**
 * Reads the rule files of `dir`. Each is reported as `<label>/<path>`, so messages read
 * `rules/programs/x.yaml:12:5: …` whichever folder the rules were copied to.
 */
export function readRuleFiles(dir: string, label = 'rules'): RuleFiles {
  const read = (rel: string): RuleText => {
    const abs = join(dir, rel);
    return { file: `${label}/${rel}`, text: existsSync(abs) ? readFileSync(abs, 'utf8') : '' };
  };
  const list = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => read(`${sub}/${f}`))
      : [];
  return {
    questions: read('questions.yaml'),
    conditions: read('conditions.yaml'),
    combinations: read('combinations.yaml'),
    programs: list('programs'),
    cases: list('cases'),
  };
}
