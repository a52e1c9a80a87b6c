/** The scenario list: bundled files, custom files from disk, and opening a log to replay. */
import type { LoadedScenario } from '../../engine';
import { bundledFile, sourceFile } from '../catalog';
import type { ActionContext } from '../context';
import { loadEngine } from '../engine';
import { makeSession } from '../session';
import type { ScenarioEntry } from '../types';

/** The scenario list's key of a bundled scenario, and of a custom one. */
export const bundledKey = (id: string) => `bundled:${id}`;
export const customKey = (id: string) => `custom:${id}`;

/** Actions on scenarios and files: list, select, open a scenario or a log. */
export function scenarioActions(ctx: ActionContext) {
  /** Load the engine and every bundled scenario once (a broken one is listed with its errors). */
  async function ensureScenarios(): Promise<ScenarioEntry[]> {
    const have = ctx.get().scenarios;
    if (have) return have;
    ctx.set({ loading: { step: 'engine', progress: 0.1 } });
    const e = await loadEngine();
    const ids = ctx.deps.catalog.ids();
    const entries: ScenarioEntry[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      ctx.set({ loading: { step: 'scenarios', progress: 0.2 + (0.8 * i) / Math.max(1, ids.length) } });
      const text = await ctx.deps.catalog.text(id);
      const r = text === null ? null : e.loadScenario(text, bundledFile(id));
      entries.push({
        key: bundledKey(id),
        source: { kind: 'bundled', id },
        loaded: r?.ok ? r.value : null,
        errors: r && !r.ok ? r.errors : [],
      });
    }
    // Custom scenarios loaded meanwhile stay in the list.
    const scenarios = [...entries, ...(ctx.get().scenarios ?? [])];
    ctx.set({ scenarios, loading: null });
    return scenarios;
  }

  /** Check a scenario file from disk; a valid one joins the list, selected; errors become a problem. */
  async function loadScenarioFile(text: string, file: string): Promise<boolean> {
    await ensureScenarios();
    const r = (await loadEngine()).loadScenario(text, file);
    if (!r.ok) {
      ctx.set({ problem: { kind: 'scenario', file, errors: r.errors } });
      return false;
    }
    const key = customKey(r.value.scenario.id);
    const entry: ScenarioEntry = { key, source: { kind: 'custom', file, text }, loaded: r.value, errors: [] };
    const scenarios = (ctx.get().scenarios ?? []).filter((x) => x.key !== key).concat(entry);
    ctx.set({ scenarios, selected: key, screen: 'select', problem: null });
    return true;
  }

  /** Import a play log and open it for replay, turn by turn, on the scenario it names. */
  async function importLog(text: string, file: string): Promise<boolean> {
    const e = await loadEngine();
    const parsed = e.parseLog(text, file);
    if (!parsed.ok) {
      ctx.set({ problem: { kind: 'log', file, errors: parsed.errors } });
      return false;
    }
    const log = parsed.value;
    const candidates = [...(await ensureScenarios())].reverse().filter((x) => x.loaded?.scenario.id === log.scenario);
    const entry = candidates.find((x) => x.loaded?.hash === log.scenarioHash) ?? candidates[0];
    if (!entry?.loaded) {
      ctx.set({ problem: { kind: 'unknown-scenario', id: log.scenario } });
      return false;
    }
    ctx.set({ loading: { step: 'replay', progress: 0.5 } });
    const whole = e.replay(entry.loaded, log);
    ctx.set({ loading: null });
    if (!whole.ok) {
      ctx.set({ problem: { kind: 'replay', file, error: whole.errors[0]! } });
      return false;
    }
    const session = makeSession(entry.source, entry.loaded, e.createGame(entry.loaded, log.seed), { log, file });
    ctx.set({ session, screen: 'ops', problem: null });
    return true;
  }

  return {
    ensureScenarios,
    loadScenarioFile,
    importLog,

    /** The file text and name a loaded scenario came from (a worker loads it again from them); null if unknown. */
    async scenarioSource(loaded: LoadedScenario): Promise<{ text: string; file: string } | null> {
      const entry = (ctx.get().scenarios ?? []).find((e) => e.loaded === loaded);
      return entry ? sourceFile(ctx.deps.catalog, entry.source) : null;
    },

    /** Open the scenario list. */
    async openScenarios(): Promise<void> {
      ctx.set({ screen: 'select' });
      const list = await ensureScenarios();
      if (ctx.get().selected === null) ctx.set({ selected: list.find((x) => x.loaded)?.key ?? null });
    },

    select(key: string): void {
      ctx.set({ selected: key });
    },

    /** A file from the picker or a drop: a play log is replayed, anything else is checked as a scenario. */
    async openFile(text: string, file: string): Promise<boolean> {
      let format: unknown;
      try {
        const v: unknown = JSON.parse(text);
        format = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).format : undefined;
      } catch {
        format = undefined;
      }
      return format === 'cellule/log@1' ? importLog(text, file) : loadScenarioFile(text, file);
    },
  };
}
