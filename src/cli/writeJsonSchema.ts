import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../catalogue/jsonSchemas';

/** `npm run rules:schema`: writes rules/schema/*.schema.json from the zod schemas. */
for (const [file, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join('rules', 'schema', file), text);
  console.log(`wrote rules/schema/${file}`);
}
