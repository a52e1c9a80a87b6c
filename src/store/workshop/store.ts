/**
 * The workshop store: the session (setup + event log), the room derived from it, and the
 * actions that append events through the workshop core. Persisted after every event.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Diagnostic, LoadedScenario } from '../../engine';
import {
  applyEvent,
  createWorkshop,
  initialRoom,
  parseWorkshop,
  replayWorkshop,
  scenarioFit,
  scenarioNeed,
  serialiseWorkshop,
  type Room,
  type ScenarioNeed,
  type Workshop,
  type WorkshopInput,
  type WorkshopSetup,
} from '../../workshop';
import type { KeyValue } from '../storage';
import type { App } from '../store';
import { pick } from '../text';
import { ASIDE_FILES, moveAside } from '../aside';
import { WORKSHOP_SAVE_KEY, clearWorkshopSave, markAway, readRoomView, readWorkshopSave, writeRoomView, writeWorkshopSave, writeWorkshopScenario, type RoomView } from './save';
import { reportMissed, type TeamsMissed } from './missed';
import { checkScenarioFile, customTextOf, scenarioFor } from './scenarios';

/** Something the facilitator must be told: a workshop error code (`error.*` in the workshop strings) or a `ui.error.*` one. */
export interface WorkshopProblem {
  code: string;
  params?: Record<string, string | number>;
  /** The English detail from the core or the parser, shown small under the sentence. */
  detail?: string;
  /** Where in a file: its name, 1-based line and column, JSON pointer. */
  file?: string;
  line?: number;
  col?: number;
  pointer?: string;
  /** The workshop kept in this browser could not be reopened: it was set aside (`readAside(storage, 'workshop')`). */
  kept?: boolean;
}

/** A session whose scenario is not at hand: the facilitator is asked for the scenario file. */
export interface NeededScenario extends ScenarioNeed {
  /** The session's text, kept until its scenario is supplied (and for download meanwhile). */
  text: string;
  file: string | null;
  /** The workshop kept in this browser (a reload), not a file being opened. */
  kept: boolean;
  /** A bundled scenario has this id, but another version of it. */
  bundledOther: boolean;
}

export interface WorkshopState {
  loaded: LoadedScenario | null;
  session: Workshop | null;
  room: Room | null;
  view: RoomView;
  problem: WorkshopProblem | null;
  /** The browser refused to keep the session: the facilitator should export it. */
  unsaved: boolean;
  needed: NeededScenario | null;
}

/** An event as the views send it: the store stamps the time. */
export type WorkshopCommand = WorkshopInput extends infer E ? (E extends unknown ? Omit<E, 'at'> : never) : never;

export interface WorkshopDeps {
  app: App;
  storage: KeyValue;
  now?: () => Date;
}

const empty = (view: RoomView): WorkshopState => ({ loaded: null, session: null, room: null, view, problem: null, unsaved: false, needed: null });
const codeOf = (code: string) => code.replace(/^workshop\//, '');

/** A parser's diagnostic as the facilitator's problem, located. */
function fileProblem(d: Diagnostic): WorkshopProblem {
  const p: WorkshopProblem = { code: codeOf(d.code), params: d.params ?? {}, detail: d.message, pointer: d.pointer };
  if (d.file !== undefined) p.file = d.file;
  if (d.line !== undefined) p.line = d.line;
  if (d.col !== undefined) p.col = d.col;
  return p;
}

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

/** The workshop's store and actions over the app (for its scenarios) and a storage. */
export function createWorkshopStore(deps: WorkshopDeps) {
  const now = deps.now ?? (() => new Date());
  const store: StoreApi<WorkshopState> = createStore<WorkshopState>()(() => empty(readRoomView(deps.storage)));
  const set = (patch: Partial<WorkshopState>) => store.setState(patch);
  const get = () => store.getState();

  const missed = reportMissed(deps.app, deps.storage);
  /** False when the browser refused the custom scenario's text: a reload could not reopen the workshop. */
  let scenarioKept = true;
  const persist = (session: Workshop, view: RoomView) => {
    const ok = writeWorkshopSave(deps.storage, serialiseWorkshop(session));
    writeRoomView(deps.storage, view);
    set({ unsaved: !ok || !scenarioKept });
  };
  /** Keep a new workshop: its custom scenario's text once, then the session. */
  const keep = (session: Workshop, view: RoomView, scenarioText: string | null) => {
    scenarioKept = writeWorkshopScenario(deps.storage, scenarioText);
    persist(session, view);
    markAway(deps.storage, false);
  };

  /** Open a session on the scenario it was played on; sets the problem when a check fails. */
  function finish(text: string, file: string | undefined, loaded: LoadedScenario): boolean {
    // A file is opened by the facilitator: their view (or the hot wash); a reload keeps the room's view.
    const full = parseWorkshop(text, loaded, file);
    if (!full.ok) {
      set({ problem: fileProblem(full.errors[0]!) });
      return false;
    }
    const replayed = replayWorkshop(loaded, full.value);
    if (!replayed.ok) {
      set({ problem: { code: codeOf(replayed.error.code), detail: replayed.error.message } });
      return false;
    }
    const room = replayed.value;
    const view: RoomView = room.phase === 'ended' ? 'hotwash' : file === undefined ? get().view : 'facilitator';
    set({ loaded, session: full.value, room, view, problem: null, needed: null });
    return true;
  }

  /**
   * Parse a session text and open it on its scenario: bundled, opened this session, or kept in
   * storage. Without it, `needed` asks the facilitator for the scenario file. Returns the
   * scenario's text to keep (null when bundled), or false.
   */
  async function open(text: string, file: string | undefined, kept: boolean): Promise<{ text: string | null } | false> {
    const head = parseWorkshop(text, undefined, file);
    if (!head.ok) {
      set({ problem: fileProblem(head.errors[0]!), needed: null });
      return false;
    }
    const { found, bundledOther } = await scenarioFor(deps.app, deps.storage, head.value);
    if (!found?.loaded) {
      set({ needed: { ...scenarioNeed(head.value), text, file: file ?? null, kept, bundledOther }, problem: null });
      return false;
    }
    return finish(text, file, found.loaded) ? { text: found.text } : false;
  }

  return {
    store,
    actions: {
      /** A new workshop from the setup form; it opens on the facilitator's view, not started. */
      create(loaded: LoadedScenario, setup: Omit<WorkshopSetup, 'createdAt'>): boolean {
        const r = createWorkshop(loaded, { ...setup, createdAt: now().toISOString() });
        if (!r.ok) {
          set({ problem: { code: codeOf(r.error.code), params: r.error.params ?? {}, detail: r.error.message } });
          return false;
        }
        set({ loaded, session: r.value, room: initialRoom(loaded, r.value), view: 'facilitator', problem: null, needed: null });
        keep(r.value, 'facilitator', customTextOf(deps.app, loaded));
        return true;
      },

      /** Append one event (stamped now); refused events change nothing and set the problem. */
      dispatch(command: WorkshopCommand): boolean {
        const { loaded, session, room } = get();
        if (!loaded || !session || !room) return false;
        const r = applyEvent(loaded, session, { ...command, at: now().toISOString() } as WorkshopInput, room);
        if (!r.ok) {
          set({ problem: { code: codeOf(r.error.code), params: r.error.params ?? {}, detail: r.error.message } });
          return false;
        }
        const view: RoomView = r.value.room.phase === 'ended' ? 'hotwash' : get().view;
        set({ session: r.value.session, room: r.value.room, view, problem: null });
        persist(r.value.session, view);
        return true;
      },

      /**
       * Reopen the workshop kept in storage (after a reload). False if there is none, if its
       * scenario must be supplied (`needed`), or if it is damaged: then it is moved aside (see
       * aside.ts: offered as a download, never deleted unasked) and the problem says why and
       * where in that file, so a broken save cannot trap the page.
       */
      async restore(): Promise<boolean> {
        const s = get();
        if (s.session || s.needed) return s.session !== null;
        const text = readWorkshopSave(deps.storage);
        if (text === null) return false;
        const r = await open(text, undefined, true);
        if (r) return true;
        const after = get();
        if (!after.needed && after.problem) {
          const problem: WorkshopProblem = { ...after.problem, kept: true, file: ASIDE_FILES.workshop };
          // Refused by a full storage, it stays where it is, but the page no longer reopens it on load.
          if (moveAside(deps.storage, WORKSHOP_SAVE_KEY, 'workshop', { code: problem.code })) clearWorkshopSave(deps.storage);
          else markAway(deps.storage, true);
          set({ problem });
        }
        return false;
      },

      /** Open an exported session file (on this or another machine); it becomes the current workshop. */
      async openFile(text: string, file: string): Promise<boolean> {
        const r = await open(text, file, false);
        const s = get();
        if (!r || !s.session) return false;
        keep(s.session, s.view, r.text);
        return true;
      },

      /**
       * The scenario file the facilitator picked for a session that needs one: checked by the
       * scenario checker, then it must be exactly the scenario played (same id, same content).
       */
      async supplyScenario(text: string, file: string): Promise<boolean> {
        const need = get().needed;
        if (!need) return false;
        const r = await checkScenarioFile(deps.app, text, file);
        if (!r.ok) {
          set({ problem: null });
          return false;
        }
        const loaded = r.entry.loaded!;
        const fit = scenarioFit({ scenario: need.id, scenarioHash: need.hash }, loaded);
        if (fit !== 'same') {
          const lang = deps.app.store.getState().language;
          const found = pick(loaded.scenario.title, lang, loaded.scenario.locales);
          set({ problem: fit === 'other-scenario' ? { code: 'need-other', params: { file, found, id: loaded.scenario.id }, file } : { code: 'need-version', params: { file, expected: need.hash, found: loaded.hash }, file } });
          return false;
        }
        if (!finish(need.text, need.file ?? undefined, loaded)) return false;
        keep(get().session!, get().view, text);
        return true;
      },

      /** Give up on a session waiting for its scenario; a kept one is forgotten (its text can be downloaded first). */
      cancelNeeded(): void {
        const need = get().needed;
        if (need?.kept) clearWorkshopSave(deps.storage);
        set({ needed: null, problem: null });
      },

      setView(view: RoomView): void {
        set({ view });
        const session = get().session;
        if (session) writeRoomView(deps.storage, view);
      },

      dismissProblem(): void {
        set({ problem: null });
      },

      /** The room left the workshop screen (true) or came back (false): a page load reopens it only if it did not leave. */
      setAway(away: boolean): void {
        if (away && !get().session && !get().needed) return;
        markAway(deps.storage, away);
      },

      /** Close the workshop and forget it (the facilitator exported what they need). */
      close(): void {
        clearWorkshopSave(deps.storage);
        scenarioKept = true;
        store.setState(empty('seat'), true);
      },

      /** The session file's text, for export (also of a session still waiting for its scenario). */
      /** Each team's missed chances for the reports (searched once per room, in a worker). */
      missedForReport(): Promise<TeamsMissed> | null {
        const { loaded, room } = get();
        return loaded && room ? missed(loaded, room) : null;
      },

      sessionText(): string | null {
        const { session, needed } = get();
        return session ? serialiseWorkshop(session) : (needed?.text ?? null);
      },

      /** Check a custom scenario file for a new workshop; it joins the scenario list. Its key, or null (the app shows the errors). */
      async loadScenario(text: string, file: string): Promise<string | null> {
        const r = await checkScenarioFile(deps.app, text, file);
        return r.ok ? r.entry.key : null;
      },
    },
  };
}
