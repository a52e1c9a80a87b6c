/** Workshop mode's pure core: the session and its log, the hot wash, the reports. No DOM, no i18next. */
export * from './types';
export { createWorkshop } from './create';
export { applyEvent, initialRoom, replayWorkshop } from './room';
export { parseWorkshop, serialiseWorkshop, MAX_WORKSHOP_CHARS } from './parse';
export { findScenario, scenarioFit, scenarioNeed, type ScenarioFit, type ScenarioNeed } from './scenario';
export { placeOf, pointerPlace, syntaxPlace, type Place } from './locate';
export { timerState, type TimerState } from './timer';
export { allGamesOver, currentTurn, leaderboard, leaderboardVisible, teamLogs, teamStates, whoseTurn, type LeaderRow } from './views';
export * from './hotwash';
export { aarDoc, aarHtml, aarMarkdown } from './report/aar';
export { decisionsCsv } from './report/csv';
export { escapeHtml, escapeMarkdown } from './report/escape';
export { rating, RATINGS, RATING_THRESHOLDS, type Rating } from './report/rating';
export { reportContext, type ReportContext, type ReportOptions } from './report/context';
export { highlights } from './report/sections/highlights';
export { referenceSection } from './report/sections/reference';
export type { Block, Doc } from './report/doc';
export * from './strings';
