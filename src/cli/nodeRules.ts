import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, type CompileResult } from '../catalogue/compileRules';
import { readRuleFiles } from '../catalogue/readRuleFiles';
import { indexGemeinden, parseGemeindenCsv } from '../engine/gemeinden';
import type { GemeindeIndex } from '../engine/types';

/** Reads and compiles the rules of a folder (default `rules/`), for the command line and tests. */
export function loadRules(dir = 'rules'): CompileResult {
  return compileRules(readRuleFiles(dir));
}

/** The Gemeinden of `rules/data/gemeinden.csv`, indexed by AGS. */
export function loadGemeinden(dir = 'rules'): GemeindeIndex {
  return indexGemeinden(parseGemeindenCsv(readFileSync(join(dir, 'data', 'gemeinden.csv'), 'utf8')));
}
