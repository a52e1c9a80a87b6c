/** `schema`: print the JSON Schema of `cellule/scenario@1`. */
import { err, out } from './output';
import { scenarioJsonSchema } from '../../src/engine/jsonSchema';

export function runSchema(args: string[]): number {
  if (args.length > 0) {
    err('usage: npm run cellule -- schema\n');
    return 2;
  }
  out(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return 0;
}
