/** Loading the analysis fixtures (test/fixtures/analysis) and bundled scenarios for authoring tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'analysis');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
}

/** Load a fixture through the checker; fails loudly when it is invalid. */
export function fixture(name: string): LoadedScenario {
  const r = loadScenario(fixtureText(name), `${name}.json`);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'));
  return r.value;
}
