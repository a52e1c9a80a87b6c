/**
 * One live workshop held by the server: the session, its replayed room and the teams' drafts.
 * Every change goes through the pure core, is written to the database, and only then kept.
 */
import type { LoadedScenario } from '../../src/engine';
import {
  applyEvent,
  checkDraft,
  createWorkshop,
  facilitatorView,
  parseWorkshop,
  projectorView,
  replayWorkshop,
  serialiseWorkshop,
  teamView,
  timerState,
  type Draft,
  type Room,
  type Workshop,
  type WorkshopError,
  type WorkshopInput,
  type WorkshopSetup,
} from '../../src/workshop';
import type { LiveDb, StoredRoom } from './db';
import { reload } from './scenario';

export type Outcome = { ok: true } | { ok: false; code: string; message: string };

export class LiveWorkshop {
  private drafts = new Map<string, Draft>();

  private constructor(
    readonly code: string,
    readonly keyHash: string,
    readonly loaded: LoadedScenario,
    /** The scenario file's text, as created (a device without its own copy asks for it). */
    readonly scenarioText: string,
    private session: Workshop,
    private room: Room,
    private db: LiveDb,
  ) {}

  /** A new simultaneous workshop, written to the database before it exists anywhere else. */
  static create(db: LiveDb, code: string, keyHash: string, scenarioText: string, loaded: LoadedScenario, setup: WorkshopSetup): { ok: true; live: LiveWorkshop } | { ok: false; error: WorkshopError } {
    const r = createWorkshop(loaded, { ...setup, mode: 'simultaneous' });
    if (!r.ok) return r;
    const replayed = replayWorkshop(loaded, r.value);
    if (!replayed.ok) return replayed;
    db.createRoom(code, keyHash, scenarioText, JSON.stringify(r.value));
    return { ok: true, live: new LiveWorkshop(code, keyHash, loaded, scenarioText, r.value, replayed.value, db) };
  }

  /** A stored workshop brought back after a restart, its log replayed. */
  static restore(db: LiveDb, stored: StoredRoom): LiveWorkshop {
    const loaded = reload(stored.scenarioText);
    const text = JSON.stringify({ ...(JSON.parse(stored.header) as object), events: stored.events.map((e) => JSON.parse(e) as unknown) });
    // Read back exactly as a session file is: format, schema and every event checked.
    const parsed = parseWorkshop(text, loaded);
    if (!parsed.ok) throw new Error(`room ${stored.code}: ${parsed.errors[0]?.message ?? 'unreadable'}`);
    const r = replayWorkshop(loaded, parsed.value);
    if (!r.ok) throw new Error(`room ${stored.code}: ${r.error.message}`);
    const live = new LiveWorkshop(stored.code, stored.keyHash, loaded, stored.scenarioText, parsed.value, r.value, db);
    for (const [team, text] of Object.entries(db.drafts(stored.code))) live.drafts.set(team, JSON.parse(text) as Draft);
    return live;
  }

  /** The teams, by id and name (who a seat may be for). */
  get teams(): { id: string; name: string }[] {
    return this.session.teams.map((t) => ({ id: t.id, name: t.name }));
  }

  /** Running against a turn timer: the clock kept counting while the server was down. */
  get timedAndRunning(): boolean {
    return this.room.phase === 'running' && this.session.timer.secondsPerTurn !== null;
  }

  /** The workshop has ended: it is not restored after a restart. */
  get ended(): boolean {
    return this.room.phase === 'ended';
  }

  /** Apply one event at `now`; on disk before it is kept (a failed write changes nothing). */
  apply(input: WorkshopInput): Outcome {
    const r = applyEvent(this.loaded, this.session, input, this.room);
    if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
    const { session, room } = r.value;
    const event = session.events[session.events.length - 1]!;
    try {
      this.db.appendEvent(this.code, session.events.length - 1, JSON.stringify(event), room.phase === 'ended');
      // A draft lives until its team locks, or until the turn closes for everyone.
      if (room.turn !== this.room.turn) this.db.clearDrafts(this.code);
      else if (event.type === 'lock') this.db.deleteDraft(this.code, event.team);
    } catch (e) {
      return { ok: false, code: 'live/storage', message: e instanceof Error ? e.message : String(e) };
    }
    if (room.turn !== this.room.turn) this.drafts.clear();
    else if (event.type === 'lock') this.drafts.delete(event.team);
    this.session = session;
    this.room = room;
    return { ok: true };
  }

  /** Keep a team's draft (its decisions that apply, in order), also on disk so a restart keeps it. */
  saveDraft(team: string, draft: Draft): void {
    const state = this.room.teams.find((t) => t.id === team)?.state;
    if (!state) return;
    const kept: Draft = { decisions: checkDraft(this.loaded, state, draft).kept, ...(draft.assessment ? { assessment: draft.assessment } : {}) };
    this.db.saveDraft(this.code, team, JSON.stringify(kept));
    this.drafts.set(team, kept);
  }

  /** What team `team`'s devices see at `now` (with its draft). */
  teamView(team: string, now: string) {
    return teamView(this.loaded, this.session, this.room, team, now, this.drafts.get(team));
  }

  /** What the projector sees at `now`. */
  projectorView(now: string) {
    return projectorView(this.loaded, this.session, this.room, now);
  }

  /** What the facilitator's console sees at `now`. */
  facilitatorView(now: string) {
    return facilitatorView(this.loaded, this.session, this.room, now);
  }

  /** The session file (`cellule/workshop@2`), the record the reports are made from. */
  sessionText(): string {
    return serialiseWorkshop(this.session);
  }

  /** The turn the room plays (notes are filed under it). */
  turn(): number {
    return this.room.turn;
  }

  /** The turn timer has run out at `now` while the workshop runs: time to advance. */
  timerExpired(now: string): boolean {
    return this.room.phase === 'running' && timerState(this.session, this.room, now).expired;
  }
}
