/** `schema`: print the JSON Schema of `cellule/scenario@1`. */
import { scenarioJsonSchema } from '../jsonSchema';

export function runSchema(args: string[]): number {
  if (args.length > 0) {
    process.stderr.write('usage: npm run cellule -- schema\n');
    return 2;
  }
  process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return 0;
}
