/**
 * The workshop session: setup plus the append-only log of what happened. `cellule/workshop@1` is
 * the hot seat; `@2` adds `mode`, so a session may also be played simultaneously (live workshop).
 */
import type { GameState, PlayError, Text } from '../engine';

/** The format a hot-seat session is written in (kept, so older versions of Cellule still open it). */
export const WORKSHOP_FORMAT = 'cellule/workshop@1';
/** The format of a session that has a `mode` (every simultaneous session). */
export const WORKSHOP_FORMAT_2 = 'cellule/workshop@2';
/** `@2` plus the hot seat's `ready` event (every new hot-seat session; see docs/workshop.md). */
export const WORKSHOP_FORMAT_3 = 'cellule/workshop@3';
export const WORKSHOP_VERSION = 3;
export type WorkshopFormat = typeof WORKSHOP_FORMAT | typeof WORKSHOP_FORMAT_2 | typeof WORKSHOP_FORMAT_3;
/** The formats this version reads, oldest first. */
export const WORKSHOP_FORMATS = [WORKSHOP_FORMAT, WORKSHOP_FORMAT_2, WORKSHOP_FORMAT_3] as const;

/** `hotseat`: teams play one after another; `simultaneous`: every team plays the same turn at once. */
export const WORKSHOP_MODES = ['hotseat', 'simultaneous'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;

export interface WorkshopTeam {
  /** Stable id (`t1`, `t2`, …), used by events. */
  id: string;
  name: string;
  seed: number;
}

/** Wall-clock time of an event, ISO 8601, given by the caller (the core never reads the clock). */
type Stamp = { at: string };

/** A team locks its turn; `released` are the optional injects the facilitator queued for it. */
export type LockEvent = Stamp & {
  type: 'lock';
  team: string;
  turn: number;
  decisions: string[];
  released: string[];
  assessment?: Record<string, number>;
};

export type WorkshopEvent =
  | LockEvent
  | (Stamp & { type: 'start' | 'pause' | 'resume' | 'reveal' | 'end' })
  /**
   * Hot seat: ends the current team's slot without decisions (time is up). Simultaneous: closes
   * the turn for every team that has not locked, as if each locked no decision. Queued releases still fire.
   */
  | (Stamp & { type: 'advance' })
  | (Stamp & { type: 'extend'; seconds: number })
  /** Hot seat (`@3`): the team whose turn it is took the seat after the hand-over; its turn timer starts here. */
  | (Stamp & { type: 'ready'; team: string; turn: number })
  /** `team: 'all'` queues it for every team still playing that can receive it. */
  | (Stamp & { type: 'release'; inject: string; team: string })
  | (Stamp & { type: 'note'; text: string; turn: number; team?: string });

export const EVENT_TYPES = ['start', 'pause', 'resume', 'advance', 'extend', 'release', 'note', 'reveal', 'end', 'lock', 'ready'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What the caller passes to applyEvent: a lock may leave `released` out (the queue is used). */
export type WorkshopInput = Exclude<WorkshopEvent, LockEvent> | (Omit<LockEvent, 'released'> & { released?: string[] });

export interface Workshop {
  format: WorkshopFormat;
  /** Only in `@2` and `@3` files; a session without it is played in the hot seat (see `modeOf`). */
  mode?: WorkshopMode;
  scenario: string;
  scenarioHash: string;
  /** The scenario's title, so a machine without the scenario can say which file it needs (optional: older files lack it). */
  scenarioTitle?: Text;
  createdAt: string;
  locale: string;
  teams: WorkshopTeam[];
  timer: { secondsPerTurn: number | null };
  /** Optional injects the facilitator may release. */
  releasable: string[];
  hideLeaderboard: boolean;
  events: WorkshopEvent[];
}

export interface WorkshopSetup {
  createdAt: string;
  locale: string;
  teams: { name: string; seed?: number }[];
  /** Used for every team that has no seed of its own. */
  seed: number;
  secondsPerTurn?: number | null;
  releasable?: string[];
  hideLeaderboard?: boolean;
  /** Default `hotseat` (written as `@1`); `simultaneous` is written as `@2`. */
  mode?: WorkshopMode;
}

/** How a session is played: `@1` files and `@2` files without a mode are hot seat. */
export const modeOf = (session: Pick<Workshop, 'mode'>): WorkshopMode => session.mode ?? 'hotseat';

export type Phase = 'setup' | 'running' | 'paused' | 'ended';

/** One team as the room sees it, derived by replaying the session through the engine. */
export interface TeamView {
  id: string;
  name: string;
  seed: number;
  state: GameState;
  /** Optional injects queued for this team's next locked turn, in the order released. */
  queued: string[];
  /** Overall score after each turn it locked (index = turn − 1). */
  scores: number[];
}

/** Everything derived from a session: never saved, always recomputed from the events. */
export interface Room {
  phase: Phase;
  teams: TeamView[];
  /** The turn being played (the lowest next turn among teams still playing). */
  turn: number;
  /** Index in `teams` of the team whose turn it is (simultaneous: the first that has not locked); null when no team can play. */
  active: number | null;
  revealed: boolean;
  mode: WorkshopMode;
  /** Simultaneous: index in the log of the event that opened the current turn (its timer starts there); null before the start. */
  opened: number | null;
  /** Hot seat: the slot (`team/turn`) whose team said it was ready, so the hand-over is over; absent before any `ready`. */
  ready?: string;
}

export const WORKSHOP_ERRORS = [
  'workshop/setup',
  'workshop/unknown-team',
  'workshop/not-your-turn',
  'workshop/already-locked',
  'workshop/game-over',
  'workshop/wrong-turn',
  'workshop/illegal-turn',
  'workshop/released-mismatch',
  'workshop/not-started',
  'workshop/already-started',
  'workshop/paused',
  'workshop/not-paused',
  'workshop/ended',
  'workshop/all-done',
  'workshop/no-timer',
  'workshop/bad-event',
  'workshop/not-releasable',
  'workshop/already-revealed',
  'workshop/already-ready',
  'workshop/scenario',
] as const;
export type WorkshopErrorCode = (typeof WORKSHOP_ERRORS)[number];

/** A refused event or setup: `message` is English for logs; views translate `code` with `params`. */
export interface WorkshopError {
  code: WorkshopErrorCode;
  message: string;
  params?: Record<string, string | number>;
  /** Index of the event in the session log, when replaying one. */
  event?: number;
  /** The engine's refusal, for an illegal lock. */
  engine?: PlayError;
}

export type WorkshopResult<T> = { ok: true; value: T } | { ok: false; error: WorkshopError };
