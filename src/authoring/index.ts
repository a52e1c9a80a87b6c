/**
 * Authoring's public entry: the analyser (run here or in a Web Worker), its report and text
 * form, and the MSEL (CSV) import and export. Inner files never import this file.
 */
export { analyse, DEFAULT_RUNS, DEFAULT_SEED, type AnalyseHooks, type AnalyseOptions } from './analyse';
export { sampleRuns, chunks, CHUNK_RUNS } from './sample';
export type { Tally } from './tally';
export { formatReport } from './format';
export { locateFindings } from './locate';
export { startAnalysis, type RunningAnalysis } from './client';
export * from './report';
export { importMsel, type MselImport, type MselImported } from './msel/import';
export type { MselChange } from './msel/change';
export { exportMsel } from './msel/export';
export { decodeText } from './decode';
export { scenarioGraph, type GraphEdge, type GraphEdgeKind, type GraphNode, type GraphNodeKind, type ScenarioGraph } from './graph';
