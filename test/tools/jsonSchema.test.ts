import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, SCHEMA_ID } from '../../tools/jsonSchema';
import { SCHEMA_FILE, schemaText } from '../../tools/write-schema';

describe('the JSON Schema', () => {
  it('is committed as generated (else run `npx tsx tools/write-schema.ts`)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed === schemaText(), 'scenarios/schema/scenario.schema.json is stale: run `npx tsx tools/write-schema.ts`').toBe(true);
  });

  it('is draft 2020-12 with an id, a title and the format', () => {
    const s = scenarioJsonSchema() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(SCHEMA_ID);
    expect(s.title).toBe('Cellule scenario (cellule/scenario@1)');
    expect(s.properties.format).toEqual({ type: 'string', const: 'cellule/scenario@1' });
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toContain('objectives');
  });

  it('keeps the numeric bounds and shares Text, Effect and Expression', () => {
    const s = scenarioJsonSchema() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(s.$defs).sort()).toEqual(['Effect', 'Expression', 'Text']);
    const evidence = s.properties.evidence.items.properties;
    expect(evidence.likelihood.additionalProperties).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(s.properties.title).toEqual({ $ref: '#/$defs/Text' });
    expect(s.properties.actors.items.properties.prior).toEqual({ type: 'number', exclusiveMinimum: 0 });
    expect(s.$defs.Expression).toMatchObject({ type: 'string', minLength: 1, maxLength: 2000 });
  });
});
