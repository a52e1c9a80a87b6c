/** What each role of a live workshop may see: the shapes the server sends, and nothing more. */
import type { BlockReason, FiredInject, MetricChange, ScoreResult, TurnChoices } from '../../engine';
import type { HotWash } from '../hotwash';
import type { TimerState } from '../timer';
import type { Phase, WorkshopEvent, WorkshopMode } from '../types';
import type { LeaderRow } from '../views';

/** A team's not-yet-locked choices. Kept outside the session log (the server keeps the last one per team). */
export interface Draft {
  decisions: string[];
  assessment?: Record<string, number>;
}

/** `open`: still to lock this turn; `locked`: locked, waiting for the others; `done`: its game is over. */
export type SeatStatus = 'open' | 'locked' | 'done';

/** One turn of one team's own game, as its players see it. */
export interface TurnReport {
  turn: number;
  choices: TurnChoices;
  /** Changes of visible metrics only. */
  changes: MetricChange[];
  searches: { evidence: string; found: boolean }[];
  outcomes: { decision: string; outcome: number | null }[];
  injects: FiredInject[];
}

/** A leaderboard line without the detail that would tell the culprit: shown to teams and the projector once revealed. */
export interface PublicRow {
  team: string;
  name: string;
  rank: number;
  overall: number;
  turnsPlayed: number;
  ending: string | null;
}

interface Common {
  phase: Phase;
  mode: WorkshopMode;
  /** The turn the room is playing. */
  turn: number;
  totalTurns: number;
  timer: TimerState;
  revealed: boolean;
}

/** A team device: its own game, never the culprit, the seed, the random state, hidden metrics or another team's play. */
export interface PlayerView extends Common {
  role: 'team';
  team: { id: string; name: string };
  status: SeatStatus;
  /** How many of the teams playing this turn have locked it (counts only). */
  locks: { locked: number; of: number };
  game: {
    turn: number;
    turnsPlayed: number;
    staffLeft: number;
    budgetLeft: number;
    /** Visible metrics only. */
    metrics: Record<string, number>;
    history: { turn: number; metrics: Record<string, number> }[];
    feed: FiredInject[];
    found: string[];
    log: TurnChoices[];
    assessment: Record<string, number> | null;
    ending: { id: string; turn: number } | null;
  };
  /** Every decision's status given the draft's decisions (those still legal, in order). */
  decisions: { id: string; legal: boolean; reasons: BlockReason[] }[];
  draft: Draft;
  report: TurnReport | null;
  /** Once revealed (or ended). */
  leaderboard: PublicRow[] | null;
}

/** The room's screen: who has locked (not what), the injects every team got this turn, the results once revealed. */
export interface ProjectorView extends Common {
  role: 'projector';
  teams: { id: string; name: string; status: SeatStatus }[];
  /** Injects that fired in the room's turn for every team still playing. */
  injects: { inject: string; channel: string }[];
  leaderboard: PublicRow[] | null;
  /** Once the workshop has ended. */
  hotWash: HotWash | null;
}

/** The facilitator's console: everything. */
export interface FacilitatorView extends Common {
  role: 'facilitator';
  hideLeaderboard: boolean;
  releasable: string[];
  teams: {
    id: string;
    name: string;
    seed: number;
    status: SeatStatus;
    culprit: string | null;
    queued: string[];
    /** Optional injects that can be released to this team now. */
    canRelease: string[];
    scores: number[];
    score: ScoreResult;
    metrics: Record<string, number>;
    flags: Record<string, boolean>;
    staffLeft: number;
    budgetLeft: number;
    turn: number;
    turnsPlayed: number;
    ending: { id: string; turn: number } | null;
    log: TurnChoices[];
  }[];
  notes: Extract<WorkshopEvent, { type: 'note' }>[];
  events: number;
  /** Devices connected now (the live server adds it; a dropped connection waiting to come back is not counted). */
  devices?: { teams: Record<string, number>; projectors: number; consoles: number };
  leaderboard: LeaderRow[];
  hotWash: HotWash | null;
}
