/** The bundled scenarios in `scenarios/`, loaded through the checker (for tests that play real content). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';

export const SCENARIO_DIR = join(__dirname, '..', '..', 'scenarios');

export function bundledFiles(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).sort();
}

/** Load one bundled scenario; fails loudly with every diagnostic when it is invalid. */
export function loadBundled(file: string): LoadedScenario {
  const path = join(SCENARIO_DIR, file);
  const r = loadScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`).join('\n'));
  return r.value;
}
