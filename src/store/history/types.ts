/** The learner's history of finished solo games: what the progress screen reads (kept in IndexedDB only). */
import type { Category, Text } from '../../engine';

export const HISTORY_FORMAT = 'cellule/history@1';

/** The score categories in the game's order. Not the engine's CATEGORIES: that module carries zod, which the first script must not load. */
export const SCORE_CATEGORIES: readonly Category[] = ['containment', 'communication', 'recovery', 'coordination', 'attribution'];

/** One finished game, as small as the progress screen needs (no play log: the save keeps that). */
export interface GameRecord {
  /** Unique per finished game: the scenario, the seed and when it ended. */
  id: string;
  /** When the game ended (ISO 8601). */
  finishedAt: string;
  scenario: string;
  scenarioHash: string;
  /** The scenario's title, so a custom scenario is named without its file. */
  title: Text;
  seed: number;
  turnsPlayed: number;
  ending: string | null;
  /** Overall and per-category score, 0..100. */
  score: { overall: number; categories: Partial<Record<Category, number>> };
  /**
   * The final attribution assessment (normalised, 0..1 per actor) and the truth, for calibration;
   * null when the scenario has no actors or the player never gave an assessment (the priors are not theirs).
   */
  attribution: { assessment: Record<string, number>; culprit: string } | null;
}

/** The export file `cellule/history@1`. */
export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  exportedAt: string;
  games: GameRecord[];
}

/** How many games the history keeps: the oldest go first past this. */
export const MAX_GAMES = 2000;
/** An import file larger than this is refused before it is parsed (2,000 records are about 1 MB). */
export const MAX_IMPORT_CHARS = 5_000_000;

export type HistoryProblemCode = 'history/too-large' | 'history/not-json' | 'history/format' | 'history/record' | 'history/too-many';

/** Why a file cannot be imported: `pointer` locates the bad field (`/games/3/score/overall`), `detail` is English. */
export interface HistoryProblem {
  code: HistoryProblemCode;
  pointer: string;
  detail: string;
}

/** What the progress screen last did, for its message. */
export type ProgressNotice =
  | { kind: 'imported'; file: string; added: number; already: number }
  | { kind: 'import-failed'; file: string; problem: HistoryProblem }
  | { kind: 'unreadable'; file: string; detail: string }
  | { kind: 'cleared' }
  | { kind: 'refused' };

/** The progress screen's data: null games while they load from the browser. */
export interface ProgressState {
  games: GameRecord[] | null;
  /** Stored records that failed their check and are not shown. */
  skipped: number;
  /** The scenario whose trend is shown (null: the most recently played). */
  scenario: string | null;
  notice: ProgressNotice | null;
}

/** The progress screen before its games are read. */
export const EMPTY_PROGRESS: ProgressState = { games: null, skipped: 0, scenario: null, notice: null };
