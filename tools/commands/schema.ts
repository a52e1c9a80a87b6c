/** `schema`: print the JSON Schema of `cellule/scenario@1`. */
import { scenarioJsonSchema } from '../jsonSchema';
import { err, out } from './output';
import { usage } from './usage';

export function runSchema(args: string[]): number {
  if (args.length > 0) {
    err(usage('schema'));
    return 2;
  }
  out(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return 0;
}
