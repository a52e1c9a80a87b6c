/**
 * The live workshop as a device sees it: its connection, role, the last view the server sent,
 * the scenario (for names and texts), and the actions that send intents. The server decides
 * everything; this store only keeps what it was told, the team's draft, and the way back in.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LoadedScenario } from '../../engine';
import type { FacilitatorView, PlayerView, ProjectorView } from '../../workshop';
import { setPercent, toPercents } from '../assessment';
import type { KeyValue } from '../storage';
import { connect, joinErrorCode, type Connection, type JoinOptions } from './connection';
import { forgetCredentials, readCredentials, readDraft, writeCredentials, writeDraft } from './credentials';

export type LiveRole = 'facilitator' | 'team' | 'projector';
export type LiveView = PlayerView | ProjectorView | FacilitatorView;
/** `open`: in the room; `reconnecting`: the connection dropped and is coming back; `closed`: out of the room. */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** A protocol error code (`live/…`, `workshop/…`) and the server's English detail. */
export interface LiveProblem {
  code: string;
  message?: string;
}

export interface LiveState {
  status: LiveStatus;
  role: LiveRole | null;
  code: string | null;
  team: string | null;
  view: LiveView | null;
  /** When the view arrived (ms): the timer counts down from there. */
  viewAt: number;
  loaded: LoadedScenario | null;
  /** Why the device is not (or no longer) in the room. */
  problem: LiveProblem | null;
  /** The server refused the last message (the room is unchanged). */
  refusal: LiveProblem | null;
  /** The teams of a room looked up before picking one. */
  lobby: { code: string; teams: { id: string; name: string; status: string }[] } | null;
  /** The facilitator key of this console (to move the console to another device). */
  key: string | null;
  /** This device asked for a new workshop (its problem, if any, is about creating it). */
  creating: boolean;
}

export interface LiveDeps {
  storage: KeyValue;
  /** Where the live server answers (the page's own origin). */
  endpoint: string;
  /** A scenario this device already has with that id and hash, if any. */
  findScenario(id: string, hash: string): Promise<LoadedScenario | null>;
  /** Load a scenario's text (sent by the server); null if it does not load. */
  loadText(text: string): Promise<LoadedScenario | null>;
  now?: () => number;
  /** Waits between attempts to join again after a connection is lost for good (ms). */
  retryMs?: number[];
}

export type CreateScenario = { bundled: string } | { text: string };
export type Control =
  | { type: 'start' | 'pause' | 'resume' | 'advance' | 'reveal' | 'end' }
  | { type: 'extend'; seconds: number }
  | { type: 'release'; inject: string; team: string }
  | { type: 'note'; text: string; team?: string };

const RETRY_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** Refusals after which joining again is pointless. */
const FINAL = new Set(['live/no-such-room', 'live/bad-key', 'live/bad-seat', 'live/not-your-team', 'live/seats-full', 'live/bad-join']);
const FLOOD_CLOSE = 4429;

const idle = (): LiveState => ({ status: 'idle', role: null, code: null, team: null, view: null, viewAt: 0, loaded: null, problem: null, refusal: null, lobby: null, key: null, creating: false });

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The team's attribution in integer percents: its draft, else its last lock, else the scenario's priors. */
export function percentsOf(v: PlayerView, loaded: LoadedScenario): Record<string, number> {
  const ids = loaded.scenario.actors.map((a) => a.id);
  const weights = v.draft.assessment ?? v.game.assessment ?? Object.fromEntries(loaded.scenario.actors.map((a) => [a.id, a.prior]));
  return toPercents(weights, ids);
}

export type LiveStore = ReturnType<typeof createLiveStore>;

export function createLiveStore(deps: LiveDeps) {
  const now = deps.now ?? (() => Date.now());
  const store: StoreApi<LiveState> = createStore<LiveState>()(idle);
  const set = (patch: Partial<LiveState>) => store.setState(patch);
  const get = () => store.getState();
  let conn: Connection | null = null;
  /** Bumped on every new connection: messages from an older one are ignored. */
  let generation = 0;
  let sessionWaiters: ((text: string) => void)[] = [];
  let assessmentTimer: ReturnType<typeof setTimeout> | null = null;
  /** A lock pressed but not yet seen locked: sent again once after a new connection if the turn is still open (the server keeps one lock per team per turn). */
  let pendingLock: { turn: number; body: object } | null = null;
  let resendOnView = false;

  async function scenarioFrom(welcome: { scenario?: { id?: unknown; hash?: unknown } }): Promise<void> {
    const { id, hash } = welcome.scenario ?? {};
    const have = typeof id === 'string' && typeof hash === 'string' ? await deps.findScenario(id, hash) : null;
    if (have) set({ loaded: have });
    else conn?.send('scenario', {});
  }

  /** The facilitator key this connection was opened with (a new room's comes in its welcome). */
  let openedWithKey: string | null = null;

  function onMessage(gen: number, type: string, body: unknown): void {
    if (gen !== generation) return;
    const b = (body ?? {}) as Record<string, unknown>;
    if (type === 'welcome') {
      const code = String(b.code);
      const role = b.role as LiveRole;
      const team = typeof b.team === 'string' ? b.team : null;
      // A code being looked up: a read-only connection for the team list, not a role on this device.
      if (get().lobby) return set({ status: 'open', problem: null });
      if (typeof b.key === 'string') writeCredentials(deps.storage, code, { key: b.key });
      if (typeof b.seat === 'string' && team) writeCredentials(deps.storage, code, { seat: b.seat, team });
      // The state is the one place the key is read from (storage may refuse to keep it).
      set({ code, role, team, status: 'open', problem: null, key: role === 'facilitator' ? (typeof b.key === 'string' ? b.key : openedWithKey) : null });
      void scenarioFrom(b as { scenario?: { id?: unknown; hash?: unknown } });
    } else if (type === 'view') {
      const view = b.view as LiveView;
      const s = get();
      if (s.lobby && view.role === 'projector') return set({ lobby: { code: s.lobby.code, teams: view.teams } });
      set({ view, viewAt: now() });
      if (view.role === 'team') {
        restoreDraft(view);
        resendLock(view);
      }
    } else if (type === 'scenario' && typeof b.text === 'string') {
      void deps.loadText(b.text).then((loaded) => gen === generation && set({ loaded }));
    } else if (type === 'error') {
      // A second lock (sent again after a drop, or from the team's other device) when the team has locked: nothing to tell.
      const v = get().view;
      if (b.code === 'workshop/already-locked' && v?.role === 'team' && v.status !== 'open') return;
      set({ refusal: { code: String(b.code), message: typeof b.message === 'string' ? b.message : '' } });
    } else if (type === 'session' && typeof b.text === 'string') {
      for (const w of sessionWaiters.splice(0)) w(b.text);
    }
  }

  /** After a long drop or a restart, the draft kept on this device goes back to the server if it lost it. */
  function restoreDraft(view: PlayerView): void {
    const code = get().code;
    if (!code) return;
    const kept = readDraft(deps.storage, code);
    if (kept && kept.turn !== view.turn) writeDraft(deps.storage, code, null);
    else if (kept && view.status === 'open' && view.draft.decisions.length === 0 && view.draft.assessment === undefined && (kept.decisions.length > 0 || kept.assessment)) {
      conn?.send('draft', { decisions: kept.decisions, ...(kept.assessment ? { assessment: kept.assessment } : {}) });
    }
  }

  function resendLock(view: PlayerView): void {
    if (pendingLock && (view.turn !== pendingLock.turn || view.status !== 'open')) pendingLock = null;
    if (!resendOnView) return;
    resendOnView = false;
    if (pendingLock) conn?.send('lock', pendingLock.body);
  }

  async function open(code: string | null, options: JoinOptions, lobby = false, retrying = false): Promise<boolean> {
    const gen = ++generation;
    openedWithKey = options.role === 'facilitator' && 'key' in options ? options.key : null;
    await conn?.leave();
    conn = null;
    set({ status: retrying ? 'reconnecting' : 'connecting', problem: null, refusal: null, ...(lobby ? {} : { lobby: null }) });
    try {
      const c = await connect(deps.endpoint, code, options, {
        message: (type, body) => onMessage(gen, type, body),
        dropped: () => gen === generation && set({ status: 'reconnecting' }),
        reconnected: () => {
          if (gen !== generation) return;
          set({ status: 'open' });
          // The same connection is back: a lock pressed while it was down may be lost; the server keeps one anyway.
          if (pendingLock) conn?.send('lock', pendingLock.body);
        },
        left: (closeCode, consented) => {
          if (gen !== generation) return;
          conn = null;
          if (consented) return;
          if (closeCode === FLOOD_CLOSE) return set({ status: 'closed', problem: { code: 'live/flood' } });
          void rejoin(gen);
        },
      });
      if (gen !== generation) {
        await c.leave();
        return false;
      }
      conn = c;
      resendOnView = true;
      return true;
    } catch (e) {
      if (gen === generation) set({ status: retrying ? 'reconnecting' : 'closed', problem: { code: joinErrorCode(e), message: e instanceof Error ? e.message : '' } });
      return false;
    }
  }

  /** Join again with this device's credentials until the room answers (a server restart brings it back under its code). */
  async function rejoin(gen: number): Promise<void> {
    const { code, role } = get();
    if (!code || !role) return;
    set({ status: 'reconnecting' });
    for (const wait of deps.retryMs ?? RETRY_MS) {
      await new Promise((done) => setTimeout(done, wait));
      if (gen !== generation) return;
      const options = optionsFor(code, role);
      if (!options) break;
      if (await open(code, options, false, true)) return;
      const problem = get().problem;
      if (problem && FINAL.has(problem.code)) return;
      gen = generation;
    }
    set({ status: 'closed', problem: get().problem ?? { code: 'live/unreachable' } });
  }

  function optionsFor(code: string, role: LiveRole): JoinOptions | null {
    const c = readCredentials(deps.storage, code);
    if (role === 'projector') return { role: 'projector' };
    if (role === 'facilitator') return c.key ? { role: 'facilitator', key: c.key } : null;
    return c.seat ? { role: 'team', seat: c.seat } : null;
  }

  const teamView = (): PlayerView | null => {
    const v = get().view;
    return v?.role === 'team' ? v : null;
  };
  const sendDraft = (decisions: string[], assessment: Record<string, number> | undefined) => {
    const v = teamView();
    const code = get().code;
    if (!v || !code) return;
    writeDraft(deps.storage, code, { turn: v.turn, decisions, ...(assessment ? { assessment } : {}) });
    conn?.send('draft', { decisions, ...(assessment ? { assessment } : {}) });
  };

  /** The attribution sliders: kept at once, sent once they rest (a slider drag must not flood the room). */
  function setAssessment(assessment: Record<string, number>): void {
    const v = teamView();
    if (!v || v.status !== 'open') return;
    set({ view: { ...v, draft: { ...v.draft, assessment } } });
    if (assessmentTimer) clearTimeout(assessmentTimer);
    assessmentTimer = setTimeout(() => {
      const now = teamView();
      if (now) sendDraft(now.draft.decisions, now.draft.assessment);
    }, 250);
  }

  return {
    store,
    actions: {
      /** A new live workshop; this device becomes its console. */
      create: (scenario: CreateScenario, setup: Record<string, unknown>) => {
        set({ creating: true, lobby: null, view: null, loaded: null, role: null, code: null });
        return open(null, { role: 'facilitator', nonce: nonce(), create: { scenario, setup } });
      },
      /** Look a code up: the teams to pick from (through a read-only connection). */
      lookUp: async (code: string) => {
        set({ lobby: { code, teams: [] }, view: null, loaded: null, role: null, code: null, creating: false });
        const ok = await open(code, { role: 'projector', lobby: true }, true);
        if (!ok) set({ lobby: null });
        return ok;
      },
      /** Take a seat in `team` of the room looked up (or `code`). */
      joinTeam: (code: string, team: string) => {
        set({ lobby: null, view: null, loaded: null });
        return open(code, { role: 'team', team });
      },
      /** Back into room `code` with what this device kept: its console or its team's seat. False if it kept nothing. */
      resume: async (code: string) => {
        const c = readCredentials(deps.storage, code);
        if (!c.key && !c.seat) return false;
        set({ lobby: null, view: null, loaded: null });
        return open(code, c.key ? { role: 'facilitator', key: c.key } : { role: 'team', seat: c.seat! });
      },
      /** A console moved here from another device with its key. */
      adopt: (code: string, key: string) => {
        writeCredentials(deps.storage, code, { key });
        set({ lobby: null, view: null, loaded: null });
        return open(code, { role: 'facilitator', key });
      },
      watch: (code: string) => {
        set({ lobby: null, view: null, loaded: null });
        return open(code, { role: 'projector' });
      },
      toggleDecision: (id: string) => {
        const v = teamView();
        if (!v || v.status !== 'open') return;
        const chosen = v.draft.decisions.includes(id) ? v.draft.decisions.filter((d) => d !== id) : [...v.draft.decisions, id];
        set({ view: { ...v, draft: { ...v.draft, decisions: chosen } } });
        sendDraft(chosen, v.draft.assessment);
      },
      /** One attribution slider, in percent: the others share the rest, as in solo play. */
      setProbability: (actor: string, percent: number) => {
        const v = teamView();
        const loaded = get().loaded;
        if (!v || !loaded) return;
        const ids = loaded.scenario.actors.map((a) => a.id);
        setAssessment(setPercent(percentsOf(v, loaded), ids, actor, percent));
      },
      lock: () => {
        const v = teamView();
        if (!v || v.status !== 'open') return;
        if (assessmentTimer) clearTimeout(assessmentTimer);
        pendingLock = { turn: v.turn, body: { turn: v.turn, decisions: v.draft.decisions, ...(v.draft.assessment ? { assessment: v.draft.assessment } : {}) } };
        conn?.send('lock', pendingLock.body);
      },
      control: (c: Control) => {
        const key = get().key;
        if (key) conn?.send('control', { key, ...c });
      },
      /** The session file (`cellule/workshop@2`), from the server. */
      sessionText: (timeoutMs = 10_000) =>
        new Promise<string>((resolve, reject) => {
          const key = get().key;
          if (!key || !conn) return reject(new Error('live/bad-key'));
          const timer = setTimeout(() => reject(new Error('live/unreachable')), timeoutMs);
          sessionWaiters.push((text) => {
            clearTimeout(timer);
            resolve(text);
          });
          conn.send('session', { key });
        }),
      dismissRefusal: () => set({ refusal: null }),
      /** Leave the room; `forget` also drops this device's key or seat for it. */
      leave: async (forget = false) => {
        const code = get().code ?? get().lobby?.code ?? null;
        generation++;
        sessionWaiters = [];
        await conn?.leave();
        conn = null;
        if (forget && code) forgetCredentials(deps.storage, code);
        store.setState(idle());
      },
    },
  };
}
