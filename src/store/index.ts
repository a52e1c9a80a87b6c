/** The store's public face for views: the app factory, its types and the helpers views need. */
export { createApp, type App, type AppActions } from './store';
export type { StoreDeps } from './context';
export { browserStorage, memoryStorage, type KeyValue } from './storage';
export { bundledCatalog, memoryCatalog, type ScenarioCatalog } from './catalog';
export { parseParams, type LaunchParams } from './params';
export { readLanguage, TIMER_CHOICES } from './persist';
export { pick } from './text';
export { loadEngine } from './engine';
export type { SaveFile, SaveProblem } from './saves';
export * from './workshop';
export { ASIDE_FILES, readAside, type AsideKind } from './aside';
export * from './types';
export type {
  BlockReason,
  Category,
  Channel,
  Contribution,
  Decision,
  DecisionStatus,
  Diagnostic,
  GameState,
  LoadedScenario,
  Metric,
  MetricChange,
  ScenarioMap,
  NodeKind,
  Objective,
  ObjectiveInput,
  PlayError,
  Scenario,
  Text,
  TraceCause,
  TraceShare,
  TurnReport,
} from '../engine';
export * from './live';
export { browserHistory, memoryHistory, type GameHistory } from './history/backend';
export { byScenario, calibrationOf, brierOf, MIN_GAMES_FOR_VERDICT, type Calibration, type ReliabilityBin, type ScenarioProgress, type Verdict } from './history/stats';
export { EMPTY_PROGRESS, type GameRecord, type HistoryFile, type HistoryProblem, type ProgressNotice, type ProgressState } from './history/types';
export { assessmentAt, rewindStatuses, turnStart } from './rewind';
export { MAX_BRANCHES } from './saves';
export type { Branch, BranchPolicy, DroppedChoice, Divergence, MissedChance, MissedResult, SingleChange, TurnChoices, WorldDifference } from '../engine';
