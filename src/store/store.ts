/** The app store: one zustand vanilla store of plain state, and actions that call the engine then set it. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { gameActions } from './actions/game';
import { progressActions } from './actions/progress';
import { browserHistory } from './history/backend';
import { restoreActions } from './actions/restore';
import { rewindActions } from './actions/rewind';
import { bundledKey, scenarioActions } from './actions/scenarios';
import { randomSeed, type ActionContext, type StoreDeps } from './context';
import type { LaunchParams } from './params';
import { readSettings, writeLanguage, writeSettings } from './persist';
import { readSaveAtStart } from './saves';
import type { AppState, Language, LiveLink, LoadingStep, Screen } from './types';

export type AppActions = ReturnType<typeof createActions>;

export interface App {
  store: StoreApi<AppState>;
  actions: AppActions;
}

function initialState(deps: Required<StoreDeps>): AppState {
  const read = readSaveAtStart(deps.storage);
  return {
    screen: 'title',
    language: deps.language,
    settings: readSettings(deps.storage),
    loading: null,
    scenarios: null,
    selected: null,
    session: null,
    saved: read?.ok ? read.value : null,
    saveProblem: read && !read.ok ? read.errors[0]! : null,
    problem: null,
    pendingLaunch: null,
    liveLink: null,
    progress: null,
  };
}

function createActions(ctx: ActionContext) {
  const scenarios = scenarioActions(ctx);
  const game = gameActions(ctx);
  const setLanguage = (language: Language): void => {
    ctx.set({ language });
    writeLanguage(ctx.deps.storage, language);
  };
  return {
    ...scenarios,
    ...game,
    ...restoreActions(ctx),
    ...progressActions(ctx),
    ...rewindActions(ctx),

    /** Switch language at any moment; the game is untouched. */
    setLanguage,

    setMuted(muted: boolean): void {
      const settings = { ...ctx.get().settings, muted };
      ctx.set({ settings });
      writeSettings(ctx.deps.storage, settings);
    },

    setTimer(timerMinutes: number): void {
      const settings = { ...ctx.get().settings, timerMinutes };
      ctx.set({ settings });
      writeSettings(ctx.deps.storage, settings);
    },

    /** Show the loading bar (the views report Phaser's progress here); null hides it. */
    setLoading(step: LoadingStep | null, progress = 0): void {
      ctx.set({ loading: step === null ? null : { step, progress } });
    },

    goTo(screen: Screen): void {
      if ((screen === 'briefing' || screen === 'ops' || screen === 'debrief') && !ctx.get().session) return;
      ctx.set({ screen });
    },

    /** The live workshop screen, opened by a link (`?join=`, `?projector=`, `?console=`) or from the title (null: the join form). */
    openLive(link: LiveLink | null): void {
      ctx.set({ screen: 'live', liveLink: link });
    },

    /** Back to the title; the game stays in the autosave, the session is let go. */
    quitToTitle(): void {
      ctx.set({ screen: 'title', session: null, problem: null });
    },

    dismissProblem(): void {
      ctx.set({ problem: null });
    },

    /** A screen's code or strings could not be fetched: say so rather than leave the screen blank. */
    downloadFailed(): void {
      ctx.set({ problem: { kind: 'download' }, loading: null });
    },

    /** Start a new game of a listed scenario (random seed unless given). */
    async newGame(key: string, seed?: number): Promise<boolean> {
      const entry = (await scenarios.ensureScenarios()).find((x) => x.key === key);
      return entry ? game.startGame(entry, seed) : false;
    },

    /** Trainer links: `?scenario=<id>&lang=fr&seed=42` opens a bundled scenario's briefing directly. */
    async launch(params: LaunchParams): Promise<boolean> {
      if (params.lang) setLanguage(params.lang);
      if (params.scenario === undefined) return false;
      const entry = (await scenarios.ensureScenarios()).find((x) => x.key === bundledKey(params.scenario!));
      if (!entry?.loaded) {
        ctx.set({ problem: { kind: 'unknown-scenario', id: params.scenario } });
        return false;
      }
      ctx.set({ selected: entry.key });
      // A link must not replace another game in progress unasked: the title asks first.
      const saved = ctx.get().saved;
      if (saved !== null && !saved.ended) {
        ctx.set({ pendingLaunch: params.seed === undefined ? { key: entry.key, title: entry.loaded.scenario.title } : { key: entry.key, title: entry.loaded.scenario.title, seed: params.seed } });
        return false;
      }
      return game.startGame(entry, params.seed);
    },

    /** The player chose to replace the game in progress with the linked scenario. */
    async confirmLaunch(): Promise<boolean> {
      const pending = ctx.get().pendingLaunch;
      if (!pending) return false;
      ctx.set({ pendingLaunch: null });
      const entry = (await scenarios.ensureScenarios()).find((x) => x.key === pending.key);
      return entry ? game.startGame(entry, pending.seed) : false;
    },

    /** The player kept the game in progress: the link is forgotten. */
    cancelLaunch(): void {
      ctx.set({ pendingLaunch: null });
    },
  };
}

/** A new app store over its dependencies (storage, bundled scenarios, clock, seeds). */
export function createApp(deps: StoreDeps): App {
  const full: Required<StoreDeps> = { now: () => new Date(), randomSeed, history: browserHistory(), ...deps };
  const store = createStore<AppState>()(() => initialState(full));
  const ctx: ActionContext = { store, deps: full, set: (patch) => store.setState(patch), get: () => store.getState() };
  return { store, actions: createActions(ctx) };
}
