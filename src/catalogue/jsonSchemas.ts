import { z } from 'zod';
import { CasesFileSchema } from './schema/cases.schema';
import { ConditionsFileSchema } from './schema/conditions.schema';
import { ProgramSchema } from './schema/program.schema';
import { QuestionsFileSchema } from './schema/questions.schema';
import { RelationsFileSchema } from './schema/relations.schema';

const SCHEMAS = {
  'program.schema.json': ProgramSchema,
  'cases.schema.json': CasesFileSchema,
  'conditions.schema.json': ConditionsFileSchema,
  'questions.schema.json': QuestionsFileSchema,
  'relations.schema.json': RelationsFileSchema,
} as const;

/**
 * JSON Schemas for editors (`# yaml-language-server: $schema=…`), generated from the same zod
 * schemas the build validates with, so the two can never disagree.
 */
export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([file, schema]) => [
      file,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }), null, 2)}\n`,
    ]),
  );
}
