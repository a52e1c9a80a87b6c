/** What the analyser reports: plain data, the same bytes for the same scenario, runs and seed. */
import type { Category, PlayLog, ScoreResult } from '../engine';

export const ANALYSIS_FORMAT = 'cellule/analysis@1';

/** Something the analyser tries to reach: the checker's "can this ever happen?" questions, answered by play. */
export type TargetKind = 'decision' | 'inject' | 'rule' | 'ending' | 'evidence' | 'objectiveAbove0' | 'objectiveBelow1';
export interface Target {
  kind: TargetKind;
  id: string;
}

export type FindingCode =
  | 'decision-never-legal'
  | 'inject-never-fired'
  | 'rule-never-fires'
  | 'ending-never-reached'
  | 'evidence-never-searched'
  | 'objective-never-above-0'
  | 'objective-never-below-1'
  | 'dominant-decision'
  | 'dominant-category'
  | 'choices-dont-matter'
  | 'objective-constant'
  | 'evidence-uninformative'
  | 'evidence-uninformative-by-design'
  | 'evidence-declared-uninformative'
  | 'reference-illegal';

/** One problem for the author, with the JSON pointer of what it is about ('' for the whole scenario). */
export interface AnalysisFinding {
  code: FindingCode;
  /** `note`: not a problem, the author declared it so (uninformative evidence with `uninformative`). */
  severity: 'warning' | 'note';
  message: string;
  pointer: string;
  params: Record<string, string | number>;
}

export interface Stats {
  min: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** How often random legal play reached each thing, out of `runs` games. */
export interface Coverage {
  runs: number;
  decisions: Record<string, { legal: number; taken: number }>;
  injects: Record<string, number>;
  rules: Record<string, number>;
  /** By ending id, including the built-in `time`. */
  endings: Record<string, number>;
  evidence: Record<string, { searched: number; found: number }>;
  objectives: Record<string, { min: number; max: number; mean: number }>;
}

/** A complete line of play found by search, as a log that `play` reproduces. */
export interface BestLine {
  log: PlayLog;
  score: ScoreResult;
  ending: string | null;
  turnsPlayed: number;
}

export interface Dominance {
  kind: 'decision' | 'category';
  id: string;
  /** The best overall score found without it. */
  without: number;
  /** How much the best line loses without it. */
  loss: number;
}

export interface AttributionReport {
  /** The evidence a full investigation searches: every evidence some effect can reveal. */
  evidence: string[];
  /** Expected probability on the true culprit: before any search (the priors), and after searching everything once. */
  prior: number;
  posterior: number;
  /** The same, for each actor as the culprit. */
  byActor: { id: string; prior: number; posterior: number }[];
  /** Expected posterior on the truth after searching only that evidence; equal to `prior` when it teaches nothing. */
  byEvidence: { id: string; posterior: number; informative: boolean }[];
  /** Exact (every search result enumerated) or estimated from samples (many evidence). */
  method: 'exact' | 'sampled';
}

export interface ReferenceReport {
  seed: number;
  legal: boolean;
  /** The engine's message for the first illegal play, when not legal. */
  error: string | null;
  score: ScoreResult | null;
  ending: string | null;
  /** Over `seeds` other game seeds: how many played legally, and their mean overall score. */
  seeds: number;
  legalSeeds: number;
  meanScore: number | null;
}

export interface AnalysisReport {
  format: typeof ANALYSIS_FORMAT;
  scenario: string;
  scenarioHash: string;
  seed: number;
  coverage: Coverage;
  /** Targets random play never reached but the directed search did. */
  reachedBySearch: Target[];
  /** Targets nothing reached: each is also a finding. */
  unreached: Target[];
  distribution: { overall: Stats; categories: Partial<Record<Category, Stats>> };
  best: BestLine;
  dominance: Dominance[];
  attribution: AttributionReport | null;
  reference: ReferenceReport | null;
  findings: AnalysisFinding[];
  /** Turns simulated in all (random runs and searches): the analysis's cost, independent of the machine. */
  turnsSimulated: number;
}

/** How long the analysis took: kept out of the report so that the report stays byte-identical. */
export interface AnalysisTiming {
  seconds: number;
  runsPerSecond: number;
  workers: number;
}
