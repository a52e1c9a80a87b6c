/**
 * Cellule's engine: pure, deterministic, framework-free. The one public entry: everything the
 * store, views, authoring, workshop and tools use. Inner files never import this file.
 */
export * from './schema';
export * from './state';
export * from './types';
export * from './diagnostics';
export type { LoadedScenario } from './loaded';
export { checkScenario, loadScenario, loadScenarioObject } from './load';
export { parseStrictJson } from './load/json';
export { locator } from './load/position';
export { createGame, playTurn, playTurnInPlace, decisionStatuses, legalDecisions, releasableInjects, cloneState } from './game';
export { forkState } from './clone';
export { score, objectiveScore, explainObjective } from './score';
export { objectiveInputs, type ObjectiveInput } from './inputs';
export { priors, posterior, currentAssessment, normaliseAssessment } from './attribution';
export { toLog, parseLog, replay } from './log';
export { summary } from './summary';
export { clockAt, totalTurns, type ClockPoint } from './clock';
export { textOf } from './text';
export { hashScenario } from './hash';
export { didYouMean, Suggester } from './suggest';
export { nextRandom, seedState } from './rng';
export { TIME_ENDING } from './core/steps';

// The expression language, for the analyser's own reading of conditions.
export { referencedIds } from './expr';
export type { ExprContext, SymbolTable } from './expr/types';
export { parse as parseExpr, type Node as ExprNode } from './expr/parser';
export { compileNode, type Compilation } from './expr/compile';
export { asBoolean, asNumber } from './expr/closures';

// Stepping a game in place, for simulation (the analyser, benchmarks): faster than `playTurn`.
export { startGame, beginTurn, chooseDecision, chooseDecisionAt, finishTurn, type TurnInProgress } from './game';
export { makeRun, holds, type Run } from './core/run';
export { isLegal, blockReasons } from './core/legal';
export { releasable } from './core/injects';
export { PlayerRandom, randomGame, type RandomPlayOptions } from './sim/randomPlayer';
export { collectLegal, observeLegal, observeRules, type PlayObserver } from './sim/observer';
export { ownValue } from './records';
export { traceGame, traceJson, causeKey, prefixGames, type GameTrace, type TraceShare, type TraceCause } from './trace';

// Rewind and compare: a branch of a game from one changed turn, and the missed-chances search.
export { branchFrom, divergence, referenceTurns, BRANCH_POLICIES, type Branch, type BranchPolicy, type DroppedChoice, type Divergence, type WorldDifference, type Difference } from './branch';
export { missedChances, whyBetter, MISSED_BUDGET, MISSED_COUNT, type MissedChance, type MissedResult, type MissedWhy, type SingleChange } from './missed';

// The studio's expression fields: compile as the author types, complete names and functions.
export { compileExpr, FUNCTIONS, RESERVED_VARIABLES, type ExprError } from './expr';
export { ID_FUNCTIONS, MATH_FUNCTIONS } from './expr/names';
