/** Shapes the engine's public functions return (see index.ts for the functions). */
import type { Diagnostic, Result } from './diagnostics';
import type { Category } from './schema';
import type { FiredInject, MetricChange, Search, TurnChoices } from './state';

export const LOG_FORMAT = 'cellule/log@1';

/** A play log `cellule/log@1`: a game is its scenario, seed and choices. */
export interface PlayLog {
  format: typeof LOG_FORMAT;
  scenario: string;
  scenarioHash?: string;
  seed: number;
  turns: TurnChoices[];
}

/** Why a decision is not legal now; views translate `code` with `params`. */
export type BlockReason =
  | { code: 'ended' }
  | { code: 'when' }
  | { code: 'requires'; missing: string[] }
  | { code: 'excludes'; taken: string[] }
  | { code: 'used' }
  | { code: 'cooldown'; turns: number }
  | { code: 'staff'; need: number; left: number }
  | { code: 'budget'; need: number; left: number }
  | { code: 'chosen' };

export interface DecisionStatus {
  id: string;
  legal: boolean;
  reasons: BlockReason[];
}

export type PlayErrorCode =
  | 'play/ended'
  | 'play/unknown-decision'
  | 'play/illegal-decision'
  | 'play/duplicate-decision'
  | 'play/unknown-release'
  | 'play/not-optional'
  | 'play/bad-assessment'
  | 'log/malformed'
  | 'log/format'
  | 'log/scenario'
  | 'log/hash'
  | 'log/after-end';

/**
 * A refused turn or log, as a Diagnostic (the state is unchanged): `message` is English naming the
 * turn and the decision (the CLI prints it), `params` carry `turn` and `decision`, `pointer` is the
 * turn in the play log (`/turns/N`).
 */
export interface PlayError extends Diagnostic {
  code: PlayErrorCode;
  /** Why an illegal decision is blocked (objects, hence not params). */
  reasons?: BlockReason[];
}

export type PlayResult<T> = Result<T, PlayError>;

/** What one call to playTurn did: this turn's resolution and the next turn's start. */
export interface TurnReport {
  turn: number;
  changes: MetricChange[];
  fired: FiredInject[];
  searches: Search[];
  outcomes: { decision: string; outcome: number | null }[];
  flags: { flag: string; value: boolean; turn: number }[];
  ending: { id: string; turn: number } | null;
}

export interface ScoreResult {
  overall: number;
  categories: Partial<Record<Category, number>>;
  objectives: Record<string, number>;
}

/** One decision's (or inject's, or rule's) share in an objective's score. */
export interface Contribution {
  cause: MetricChange['cause'] | { kind: 'none' };
  /** Net effect on the objective's metric, summed over its changes. */
  delta: number;
}

/** The `play --json` object of DESIGN.md. */
export interface PlaySummary {
  scenario: string;
  seed: number;
  culprit: string | null;
  ending: string | null;
  turnsPlayed: number;
  metrics: Record<string, number>;
  flags: Record<string, boolean>;
  score: ScoreResult;
}
