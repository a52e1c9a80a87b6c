/** Cellule's engine: pure, deterministic, framework-free. Everything the store, views and tools use. */
export * from './schema';
export * from './state';
export * from './types';
export * from './diagnostics';
export type { LoadedScenario } from './loaded';
export { loadScenario, loadScenarioObject } from './load';
export { createGame, playTurn, playTurnInPlace, decisionStatuses, legalDecisions, releasableInjects, cloneState } from './game';
export { score, objectiveScore, explainObjective } from './score';
export { objectiveInputs, type ObjectiveInput } from './inputs';
export { priors, posterior, currentAssessment, normaliseAssessment } from './attribution';
export { toLog, parseLog, replay } from './log';
export { summary } from './summary';
export { clockAt, totalTurns, type ClockPoint } from './clock';
export { textOf } from './text';
export { hashScenario } from './hash';
export { TIME_ENDING } from './core/steps';
export { ownValue } from './records';
