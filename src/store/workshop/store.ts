/**
 * The workshop store: the session (setup + event log), the room derived from it, and the
 * actions that append events through the workshop core. Persisted after every event.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LoadedScenario } from '../../engine';
import {
  applyEvent,
  createWorkshop,
  initialRoom,
  parseWorkshop,
  replayWorkshop,
  serialiseWorkshop,
  type Room,
  type Workshop,
  type WorkshopInput,
  type WorkshopSetup,
} from '../../workshop';
import { bundledKey } from '../actions/scenarios';
import type { KeyValue } from '../storage';
import type { App } from '../store';
import { clearWorkshopSave, readRoomView, readWorkshopSave, writeRoomView, writeWorkshopSave, type RoomView } from './save';

/** Something the facilitator must be told: a workshop error code (`error.*` in the workshop strings). */
export interface WorkshopProblem {
  code: string;
  params?: Record<string, string | number>;
  /** The English detail from the core or the parser, shown small under the sentence. */
  detail?: string;
}

export interface WorkshopState {
  loaded: LoadedScenario | null;
  session: Workshop | null;
  room: Room | null;
  view: RoomView;
  problem: WorkshopProblem | null;
  /** The browser refused to keep the session: the facilitator should export it. */
  unsaved: boolean;
}

/** An event as the views send it: the store stamps the time. */
export type WorkshopCommand = WorkshopInput extends infer E ? (E extends unknown ? Omit<E, 'at'> : never) : never;

export interface WorkshopDeps {
  app: App;
  storage: KeyValue;
  now?: () => Date;
}

const empty = (view: RoomView): WorkshopState => ({ loaded: null, session: null, room: null, view, problem: null, unsaved: false });
const codeOf = (code: string) => code.replace(/^workshop\//, '');

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

/** The workshop's store and actions over the app (for its scenarios) and a storage. */
export function createWorkshopStore(deps: WorkshopDeps) {
  const now = deps.now ?? (() => new Date());
  const store: StoreApi<WorkshopState> = createStore<WorkshopState>()(() => empty(readRoomView(deps.storage)));
  const set = (patch: Partial<WorkshopState>) => store.setState(patch);
  const get = () => store.getState();

  const persist = (session: Workshop, view: RoomView) => {
    const ok = writeWorkshopSave(deps.storage, serialiseWorkshop(session));
    writeRoomView(deps.storage, view);
    set({ unsaved: !ok });
  };

  /** The bundled scenario a session names, loaded; null if it is not bundled here. */
  async function scenarioOf(id: string): Promise<LoadedScenario | null> {
    const entries = await deps.app.actions.ensureScenarios();
    return entries.find((x) => x.key === bundledKey(id))?.loaded ?? null;
  }

  /** Parse a session text and open it on its scenario; the problem is set when it cannot be. */
  async function open(text: string, file?: string): Promise<boolean> {
    const head = parseWorkshop(text, undefined, file);
    if (!head.ok) {
      const e = head.errors[0]!;
      set({ problem: { code: codeOf(e.code), detail: e.message } });
      return false;
    }
    const loaded = await scenarioOf(head.value.scenario);
    if (!loaded) {
      set({ problem: { code: 'scenario-missing', params: { scenario: head.value.scenario } } });
      return false;
    }
    const full = parseWorkshop(text, loaded, file);
    if (!full.ok) {
      const e = full.errors[0]!;
      set({ problem: { code: codeOf(e.code), detail: e.message } });
      return false;
    }
    const replayed = replayWorkshop(loaded, full.value);
    if (!replayed.ok) {
      set({ problem: { code: codeOf(replayed.error.code), detail: replayed.error.message } });
      return false;
    }
    const room = replayed.value;
    const view: RoomView = room.phase === 'ended' ? 'hotwash' : get().view;
    set({ loaded, session: full.value, room, view, problem: null });
    return true;
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
        set({ loaded, session: r.value, room: initialRoom(loaded, r.value), view: 'facilitator', problem: null });
        persist(r.value, 'facilitator');
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

      /** Reopen the workshop kept in storage (after a reload). False if there is none or it is damaged. */
      async restore(): Promise<boolean> {
        if (get().session) return true;
        const text = readWorkshopSave(deps.storage);
        if (text === null) return false;
        return open(text);
      },

      /** Open an exported session file (on this or another machine); it becomes the current workshop. */
      async openFile(text: string, file: string): Promise<boolean> {
        const ok = await open(text, file);
        const s = get();
        if (ok && s.session) persist(s.session, s.view);
        return ok;
      },

      setView(view: RoomView): void {
        set({ view });
        const session = get().session;
        if (session) writeRoomView(deps.storage, view);
      },

      dismissProblem(): void {
        set({ problem: null });
      },

      /** Close the workshop and forget it (the facilitator exported what they need). */
      close(): void {
        clearWorkshopSave(deps.storage);
        store.setState(empty('seat'), true);
      },

      /** The session file's text, for export. */
      sessionText(): string | null {
        const session = get().session;
        return session ? serialiseWorkshop(session) : null;
      },
    },
  };
}
