/** Writes scenarios/schema/scenario.schema.json from the zod schema: run `npx tsx tools/write-schema.ts`. */
import { out } from './commands/output';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from './jsonSchema';

export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/schema/scenario.schema.json', import.meta.url));

/** The file's exact text: two-space indentation and a final newline. */
export function schemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  out(`wrote ${SCHEMA_FILE}\n`);
}
