/** The scenario a room is created with: a bundled one by id, or the facilitator's own file's text. */
import { readFileSync } from 'node:fs';
import { loadScenario, type LoadedScenario } from '../../src/engine';
import type { CreateOptions } from '../protocol';

const BUNDLED = new URL('../../scenarios/', import.meta.url);

/** The scenario's text and its loaded form, or why it cannot be used. */
export function scenarioFor(choice: CreateOptions['create']['scenario']): { ok: true; text: string; loaded: LoadedScenario } | { ok: false; message: string } {
  let text: string;
  if ('bundled' in choice) {
    try {
      text = readFileSync(new URL(`${choice.bundled}.json`, BUNDLED), 'utf8');
    } catch {
      return { ok: false, message: `no bundled scenario "${choice.bundled}"` };
    }
  } else text = choice.text;
  const r = loadScenario(text);
  if (!r.ok) return { ok: false, message: r.errors.slice(0, 3).map((e) => `${e.pointer}: ${e.message}`).join('; ') };
  return { ok: true, text, loaded: r.value };
}

/** Load a stored room's scenario text again (it was valid when the room was created). */
export function reload(text: string): LoadedScenario {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(`stored scenario no longer loads: ${r.errors[0]?.message ?? ''}`);
  return r.value;
}
