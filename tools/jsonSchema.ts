/** The JSON Schema (draft 2020-12) of `cellule/scenario@1`, generated from the zod schema, for authors' editors. */
import { z } from 'zod';
import { effectSchema, injectSchema, SCENARIO_FORMAT, scenarioSchema, textSchema } from '../src/engine';

export const SCHEMA_ID = 'urn:cellule:schema:scenario@1';

/** Builds the schema; cross-reference rules (ids exist, expressions compile, …) are the checker's, not in here. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const names = z.registry<{ id: string; description?: string }>();
  names.add(textSchema, { id: 'Text', description: 'A string, or an object of language code to string with every locale of the scenario' });
  names.add(effectSchema, { id: 'Effect', description: 'Exactly one of {metric, add}, {metric, set}, {flag, set}, {reveal}, {inject}, {end}' });
  names.add(injectSchema.shape.when.unwrap(), { id: 'Expression', description: "An expression in Cellule's expression language" });
  // Number refinements (finite) cannot be written in JSON Schema; JSON has no non-finite numbers anyway.
  const generated = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', unrepresentable: 'any', metadata: names });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `Cellule scenario (${SCENARIO_FORMAT})`,
    description: 'A Cellule scenario. The checker (npm run cellule -- check FILE) also enforces the cross-reference rules.',
    ...rest,
  };
}
