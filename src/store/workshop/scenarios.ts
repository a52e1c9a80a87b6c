/**
 * The scenarios a workshop can be played or reopened on: bundled ones, custom files opened this
 * session, and the custom scenario kept in storage with the workshop. Files go through the same
 * checker as the solo game's, and a refused file is the app's problem (located, translated).
 */
import type { Diagnostic, LoadedScenario } from '../../engine';
import { findScenario, type Workshop } from '../../workshop';
import { customKey } from '../actions/scenarios';
import { loadEngine } from '../engine';
import type { KeyValue } from '../storage';
import type { App } from '../store';
import type { ScenarioEntry } from '../types';
import { KEPT_SCENARIO_FILE, readWorkshopScenario } from './save';

/** A scenario at hand; `text` is a custom scenario's file text (null when bundled). */
export interface Candidate {
  loaded: LoadedScenario | null;
  text: string | null;
  bundled: boolean;
}

/** Every scenario at hand: bundled first, then custom files of this session, then the one kept in storage. */
export async function candidates(app: App, storage: KeyValue): Promise<Candidate[]> {
  const entries = await app.actions.ensureScenarios();
  const out: Candidate[] = entries.map((e) => ({ loaded: e.loaded, text: e.source.kind === 'custom' ? e.source.text : null, bundled: e.source.kind === 'bundled' }));
  const kept = readWorkshopScenario(storage);
  if (kept !== null) {
    const r = (await loadEngine()).loadScenario(kept, KEPT_SCENARIO_FILE);
    if (r.ok) out.push({ loaded: r.value, text: kept, bundled: false });
  }
  return out;
}

/** The exact scenario (id and content hash) a session was played on, if it is at hand. */
export async function scenarioFor(app: App, storage: KeyValue, session: Workshop): Promise<{ found: Candidate | null; bundledOther: boolean }> {
  const all = await candidates(app, storage);
  const found = findScenario(session, all);
  return { found, bundledOther: !found && all.some((c) => c.bundled && c.loaded?.scenario.id === session.scenario) };
}

/** The text kept with a workshop on `loaded`: a custom file's text, null for a bundled scenario. */
export function customTextOf(app: App, loaded: LoadedScenario): string | null {
  const entry = (app.store.getState().scenarios ?? []).find((e) => e.loaded === loaded);
  return entry?.source.kind === 'custom' ? entry.source.text : null;
}

/** Check a scenario file; a valid one joins the app's list (so the setup and the solo game offer it). */
export async function checkScenarioFile(app: App, text: string, file: string): Promise<{ ok: true; entry: ScenarioEntry } | { ok: false; errors: Diagnostic[] }> {
  await app.actions.ensureScenarios();
  const r = (await loadEngine()).loadScenario(text, file);
  if (!r.ok) {
    app.store.setState({ problem: { kind: 'scenario', file, errors: r.errors } });
    return { ok: false, errors: r.errors };
  }
  const key = customKey(r.value.scenario.id);
  const entry: ScenarioEntry = { key, source: { kind: 'custom', file, text }, loaded: r.value, errors: [] };
  const list = (app.store.getState().scenarios ?? []).filter((x) => x.key !== key).concat(entry);
  const problem = app.store.getState().problem;
  app.store.setState({ scenarios: list, problem: problem?.kind === 'scenario' ? null : problem });
  return { ok: true, entry };
}
