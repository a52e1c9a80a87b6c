/** The app store's state shapes. */
import type {
  Branch,
  ClockPoint,
  Contribution,
  GameTrace,
  DecisionStatus,
  Diagnostic,
  GameState,
  LoadedScenario,
  ObjectiveInput,
  PlayError,
  MissedResult,
  PlayLog,
  ScoreResult,
  Text,
  TurnReport,
} from '../engine';
import type { ProgressState } from './history/types';
import type { SaveFile, SaveProblem } from './saves';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A live workshop link: `?join=CODE` (a team device), `?projector=CODE`, `?console=CODE` (a console, key in `#key=`), `?live` (the join form). */
export interface LiveLink {
  as: 'join' | 'projector' | 'console';
  code: string | null;
  /** A console's key moved from another device (from the link's fragment, never sent to a server in the URL). */
  key?: string;
}

export const SCREENS = ['title', 'select', 'briefing', 'ops', 'debrief', 'workshop', 'live', 'studio', 'progress'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Settings {
  muted: boolean;
  /** Optional turn timer for workshops, in minutes; 0 = off. */
  timerMinutes: number;
}

export type ScenarioSource = { kind: 'bundled'; id: string } | { kind: 'custom'; file: string; text: string };

/** A scenario the player can pick: bundled or loaded from disk this session. */
export interface ScenarioEntry {
  key: string;
  source: ScenarioSource;
  loaded: LoadedScenario | null;
  /** Why it could not be loaded (a broken bundled file is listed, not hidden). */
  errors: Diagnostic[];
}

export interface TurnOutcome {
  /** The state before the turn, for "before → after". */
  before: GameState;
  report: TurnReport;
}

/** What the debrief shows, computed once when the game ends. */
export interface Debrief {
  score: ScoreResult;
  explanations: Record<string, Contribution[]>;
  /** Each objective's score split among the world and the player's choices (engine `traceGame`), largest first. */
  trace: GameTrace;
  /** For each `expr` objective, what its formula read and how each input stood at the end. */
  inputs: Record<string, ObjectiveInput[]>;
  priors: Record<string, number>;
  posterior: Record<string, number>;
  /** The player's final assessment (normalised), the priors if none was given. */
  assessment: Record<string, number>;
  /** Each attribution objective's score had the final assessment been the ideal posterior. */
  idealAttribution: Record<string, number>;
  reference: ReferenceRun | null;
}

/** The scenario's reference line replayed with the same seed. */
export interface ReferenceRun {
  /** Decisions per turn (index = turn − 1), as the reference lists them. */
  turns: string[][];
  /** Its score with this seed, or null if it could not be played through (illegal with this draw). */
  score: ScoreResult | null;
  error: PlayError | null;
}

/** A branch kept with the game (and its save): its play log, and the label the player saw. */
export interface SavedBranch {
  label: string;
  log: PlayLog;
}

/** The debrief's comparison: the game beside one of its branches. */
export interface Comparison {
  label: string;
  /** The branch as the engine played it (a kept branch reopened has no dropped list: empty). */
  branch: Branch;
}

/** The missed-chances search: running (off the page's thread where it can), or its result and how long it took. */
export interface MissedSearch {
  status: 'running' | 'done' | 'failed';
  result: MissedResult | null;
  ms: number;
  where: 'worker' | 'page';
}

export interface Session {
  source: ScenarioSource;
  loaded: LoadedScenario;
  state: GameState;
  clock: ClockPoint;
  totalTurns: number;
  /** Where every turn starts in simulated time (index = turn − 1). */
  timeline: ClockPoint[];
  statuses: DecisionStatus[];
  /** Decisions chosen for this turn, in the order they will apply. */
  chosen: string[];
  /** What the chosen decisions will cost. */
  pending: { staff: number; budget: number };
  /** The attribution board, integer percentages summing to 100. */
  assessment: Record<string, number>;
  /** True once the player moved the board: from then on it is sent with every turn. */
  assessed: boolean;
  last: TurnOutcome | null;
  reportOpen: boolean;
  /** Set when replaying an imported log: the turns come from it. */
  replay: { log: PlayLog; file: string } | null;
  debrief: Debrief | null;
  /** Branches of this game kept with its save (at most MAX_BRANCHES, oldest dropped first). */
  branches: SavedBranch[];
  /** The branch the debrief compares the game with. */
  compare: Comparison | null;
  missed: MissedSearch | null;
}

export type Problem =
  | { kind: 'scenario'; file: string; errors: Diagnostic[] }
  | { kind: 'log'; file: string; errors: Diagnostic[] }
  | { kind: 'replay'; file: string; error: PlayError }
  | { kind: 'play'; error: PlayError }
  | { kind: 'unknown-scenario'; id: string }
  | { kind: 'storage' }
  /** A part of the game (a screen's code or strings) could not be fetched: offline before the game was ever cached. */
  | { kind: 'download' };

export type LoadingStep = 'engine' | 'scenarios' | 'scenario' | 'graphics' | 'replay';

export interface AppState {
  screen: Screen;
  language: Language;
  settings: Settings;
  loading: { step: LoadingStep; progress: number } | null;
  scenarios: ScenarioEntry[] | null;
  selected: string | null;
  session: Session | null;
  /** The autosave found at start-up (or written since), for "continue". */
  saved: SaveFile | null;
  saveProblem: SaveProblem | null;
  /** A `?scenario=` link waiting for the player's word, because it would replace the game in progress. */
  pendingLaunch: { key: string; title: Text; seed?: number } | null;
  problem: Problem | null;
  /** The live workshop link the page was opened with (`?join=CODE`…), for the live screen. */
  liveLink: LiveLink | null;
  /** The progress screen's games and message (null until it is opened). */
  progress: ProgressState | null;
}
