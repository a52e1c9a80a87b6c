/**
 * The analyser: random legal play, a search for the best line, a directed search for whatever
 * random play missed, dominance, attribution and the reference line, gathered in one report.
 * Pure and deterministic: the same scenario, runs and seed give the same report, wherever the
 * random runs were played (`hooks.sample` may share them out to workers).
 */
import { type LoadedScenario, summary, toLog } from '../engine';
import { dominance } from './balance';
import { bestLine, defaultBudget } from './best';
import { directedSearch } from './directed';
import { attributionReport } from './evidence';
import { findingsOf } from './findings';
import { Guides } from './guide';
import type { Work } from './line';
import { allTargets, Reach } from './reach';
import { referenceReport } from './reference';
import { Progress } from './progress';
import { ANALYSIS_FORMAT, type AnalysisReport } from './report';
import { chunks, sampleRuns } from './sample';
import { coverageOf, constantObjectives, distributionOf, reachedByRandom } from './summarise';
import { mergeTallies, type Tally } from './tally';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;

export interface AnalyseOptions {
  runs?: number;
  seed?: number;
  /** Turns each search may simulate (default: from the scenario's size). */
  searchBudget?: number;
}

export interface AnalyseHooks {
  /** Play the random runs of each chunk `[from, to)`; results in the chunks' order. Default: here, in turn. */
  sample?(chunks: readonly [number, number][], seed: number): Promise<Tally[]>;
  /** Work done so far, out of a total that does not change during the analysis. */
  progress?(done: number, total: number): void;
}

/** Analyse a loaded scenario. */
export async function analyse(loaded: LoadedScenario, options: AnalyseOptions = {}, hooks: AnalyseHooks = {}): Promise<AnalysisReport> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const budget = options.searchBudget ?? defaultBudget(loaded);
  const progress = new Progress(runs, hooks.progress);
  const parts = chunks(runs);
  const pending = hooks.sample ? hooks.sample(parts, seed) : Promise.resolve(parts.map(([from, to]) => sampleRuns(loaded, seed, from, to, (done) => progress.runsDone(from + done))));
  const work: Work = { turns: 0 };
  const reach = new Reach(loaded);
  progress.phase(0, budget, work);
  // With workers, random play goes on meanwhile (measured faster than one after the other).
  const best = bestLine(loaded, { seed, budget, observer: reach, onGame: (s) => reach.noteState(s) }, work);
  const tally = mergeTallies(loaded, await pending);
  progress.runsDone(runs);
  const randomReached = reachedByRandom(loaded, tally);
  const missedByRandom = allTargets(loaded).filter((t) => !randomReached(t));
  const missed = missedByRandom.filter((t) => !reach.has(t));
  const guides = new Guides(loaded);
  // Each missed target gets a share of one search budget: at least enough for a few beams, at most a quarter.
  const perTarget = Math.min(Math.floor(budget / 4), Math.max(500, Math.floor(budget / Math.max(1, missed.length))));
  progress.phase(1, perTarget * missed.length, work);
  for (const t of missed) if (!reach.has(t)) directedSearch(loaded, t, guides, reach, seed, perTarget, work);
  progress.phase(2, budget / 2, work);
  const doms = dominance(loaded, best, seed, Math.floor(budget / 2), work);
  const bestSummary = summary(loaded, best.state);
  const body = {
    format: ANALYSIS_FORMAT,
    scenario: loaded.scenario.id,
    scenarioHash: loaded.hash,
    seed,
    coverage: coverageOf(loaded, tally),
    reachedBySearch: missedByRandom.filter((t) => reach.has(t)),
    unreached: missedByRandom.filter((t) => !reach.has(t)),
    distribution: distributionOf(tally),
    best: { log: toLog(best.state), score: bestSummary.score, ending: bestSummary.ending, turnsPlayed: bestSummary.turnsPlayed },
    dominance: doms,
    attribution: attributionReport(loaded, seed),
    reference: referenceReport(loaded, seed),
    turnsSimulated: work.turns + tally.turns,
  } satisfies Omit<AnalysisReport, 'findings'>;
  const report: AnalysisReport = { ...body, findings: findingsOf(loaded, body, constantObjectives(loaded, tally, reach)) };
  progress.finish();
  return report;
}
