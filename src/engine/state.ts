/** The game state: plain JSON-serialisable data, the only thing the engine's functions read and write. */
import type { Effect } from './schema';

/** Why a metric moved, a flag flipped or an effect applied: kept so every point can be explained. */
export type Cause =
  | { kind: 'decision'; id: string; turn: number }
  | { kind: 'outcome'; id: string; outcome: number; turn: number }
  | { kind: 'inject'; id: string; turn: number }
  | { kind: 'rule'; id: string; turn: number };

export interface MetricChange {
  /** Turn in which the change applied. */
  turn: number;
  metric: string;
  from: number;
  to: number;
  /** Where the effect came from (a delayed effect keeps the cause that scheduled it). */
  cause: Cause;
  /** Set when the change was a delayed effect or the undo of a timed `add`. */
  via?: 'delay' | 'undo';
  /** Index of the effect in its source's effect list. */
  effect: number;
}

export interface FlagChange {
  turn: number;
  flag: string;
  value: boolean;
  cause: Cause;
  effect: number;
}

export interface ScheduledEffect {
  turn: number;
  /** Scheduling order, so effects due the same turn apply in the order they were scheduled. */
  seq: number;
  effect: Effect;
  cause: Cause;
  effectIndex: number;
  /** For the undo of a `for` add: the amount to subtract. */
  undo?: { metric: string; amount: number };
}

export interface Search {
  turn: number;
  evidence: string;
  found: boolean;
  cause: Cause;
}

export interface FiredInject {
  turn: number;
  inject: string;
  /** How it came: by its own timing, sent by an effect, or released by the facilitator. */
  via: 'due' | 'effect' | 'released';
}

export interface TurnRecord {
  turn: number;
  metrics: Record<string, number>;
  flags: Record<string, boolean>;
  /** The assessment in force at the end of that turn (normalised), or null for the priors. */
  assessment: Record<string, number> | null;
}

export interface TurnChoices {
  decisions: string[];
  released?: string[];
  /** Unnormalised probabilities per actor; normalised by the engine. */
  assessment?: Record<string, number>;
}

export interface GameState {
  format: 'cellule/state@1';
  scenario: string;
  scenarioHash: string;
  seed: number;
  /** PRNG state (see rng.ts); all randomness comes from here. */
  rng: number;
  culprit: string | null;
  /** The current turn (1-based). When `ending` is set, the turn in which the game ended. */
  turn: number;
  staffLeft: number;
  budgetLeft: number;
  metrics: Record<string, number>;
  flags: Record<string, boolean>;
  /** Times each decision was taken, and the turn it was last taken. */
  taken: Record<string, number>;
  firstTaken: Record<string, number>;
  lastTaken: Record<string, number>;
  /** Times each inject fired, and the turn it last fired. */
  fired: Record<string, number>;
  lastFired: Record<string, number>;
  found: Record<string, boolean>;
  searched: Record<string, boolean>;
  searches: Search[];
  feed: FiredInject[];
  outcomes: { turn: number; decision: string; outcome: number | null }[];
  scheduled: ScheduledEffect[];
  nextSeq: number;
  changes: MetricChange[];
  flagChanges: FlagChange[];
  history: TurnRecord[];
  assessment: Record<string, number> | null;
  /** Avoid objectives whose `when` has held at some check. */
  violated: Record<string, boolean>;
  /** What was played, turn by turn: the play log's `turns`. */
  log: TurnChoices[];
  ending: { id: string; turn: number } | null;
  turnsPlayed: number;
}
