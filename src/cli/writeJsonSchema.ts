import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../catalogue/jsonSchemas';
import { runAsScript, type Io } from './runMain';

/** `npm run rules:schema`: writes rules/schema/*.schema.json from the zod schemas. */
export function main(_argv: readonly string[], io: Io): number {
  for (const [file, text] of Object.entries(jsonSchemas())) {
    writeFileSync(join('rules', 'schema', file), text);
    io.out(`wrote rules/schema/${file}`);
  }
  return 0;
}

runAsScript(import.meta.url, main);
