import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileRules } from './compileRules';
import { RuleError } from './ruleIssue';
import { readRuleFiles } from './readRuleFiles';

const CATALOGUE = 'virtual:catalogue';
const GEMEINDEN = 'virtual:gemeinden';

/**
 * Compiles `rules/` at build time into `virtual:catalogue` (JSON) and `virtual:gemeinden`
 * (CSV text, a chunk of its own). A broken rule fails the build with `file:line:col: reason`;
 * the browser never receives the YAML parser or the rule schema.
 */
export function rulesPlugin(dir = 'rules'): Plugin {
  const root = resolve(dir);
  return {
    name: 'foerderbaukasten-rules',
    resolveId(id) {
      if (id === CATALOGUE || id === GEMEINDEN) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${GEMEINDEN}`) {
        const csv = join(root, 'data', 'gemeinden.csv');
        this.addWatchFile(csv);
        return `export default ${JSON.stringify(readFileSync(csv, 'utf8'))};`;
      }
      if (id !== `\0${CATALOGUE}`) return undefined;
      const files = readRuleFiles(root);
      for (const f of [files.questions, files.conditions, files.combinations, ...files.programs]) {
        this.addWatchFile(join(root, f.file.replace(/^rules\//, '')));
      }
      const { catalogue, issues } = compileRules(files);
      if (!catalogue) throw new RuleError(issues);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});`;
    },
  };
}
