/** What the progress screen shows, computed from the records: score trends per scenario, and calibration. */
import type { Category, Text } from '../../engine';
import { SCORE_CATEGORIES, type GameRecord } from './types';

export interface ScenarioProgress {
  scenario: string;
  /** The title of its most recent game. */
  title: Text;
  /** Its games, oldest first. */
  games: GameRecord[];
  /** The categories any of its games scored. */
  categories: Category[];
}


/** The games grouped by scenario, the most recently played scenario first. */
export function byScenario(games: readonly GameRecord[]): ScenarioProgress[] {
  const groups = new Map<string, GameRecord[]>();
  for (const g of [...games].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))) {
    const list = groups.get(g.scenario) ?? [];
    list.push(g);
    groups.set(g.scenario, list);
  }
  return [...groups.entries()]
    .map(([scenario, list]) => ({
      scenario,
      title: list[list.length - 1]!.title,
      games: list,
      categories: SCORE_CATEGORIES.filter((c) => list.some((g) => g.score.categories[c] !== undefined)),
    }))
    .sort((a, b) => b.games[b.games.length - 1]!.finishedAt.localeCompare(a.games[a.games.length - 1]!.finishedAt));
}

/** One bin of the reliability diagram: the probabilities given in [from, to) and how often the truth fell there. */
export interface ReliabilityBin {
  from: number;
  to: number;
  /** How many (game, actor) probabilities fell in the bin. */
  count: number;
  /** Their mean, 0..1. */
  predicted: number;
  /** The share of them given to the actual culprit, 0..1. */
  observed: number;
}

export type Verdict = 'too-few' | 'over' | 'under' | 'calibrated';

export interface Calibration {
  /** Games with an assessment, oldest first, with their Brier score (sum over actors of (p − truth)², 0 best, 2 worst). */
  brier: { game: GameRecord; value: number }[];
  bins: ReliabilityBin[];
  /** The actor each game rated most likely: the mean probability given to it, and how often it was the culprit. */
  top: { games: number; confidence: number; hitRate: number; verdict: Verdict };
}

/** Below this many assessed games, no verdict on confidence is given. */
export const MIN_GAMES_FOR_VERDICT = 3;
/** Confidence this far above (below) the hit rate reads as over- (under-) confidence. */
export const VERDICT_MARGIN = 0.1;
export const BIN_COUNT = 5;

export function brierOf(a: NonNullable<GameRecord['attribution']>): number {
  let sum = 0;
  for (const [actor, p] of Object.entries(a.assessment)) sum += (p - (actor === a.culprit ? 1 : 0)) ** 2;
  // An actor the assessment does not name had probability 0: if it was the culprit, that is a full miss.
  if (!(a.culprit in a.assessment)) sum += 1;
  return sum;
}

/** Calibration over the games that had an assessment. */
export function calibrationOf(games: readonly GameRecord[]): Calibration {
  const assessed = [...games].filter((g) => g.attribution !== null).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const sums = Array.from({ length: BIN_COUNT }, () => ({ count: 0, p: 0, hits: 0 }));
  let confidence = 0;
  let hits = 0;
  for (const g of assessed) {
    const a = g.attribution!;
    for (const [actor, p] of Object.entries(a.assessment)) {
      const bin = sums[Math.min(BIN_COUNT - 1, Math.floor(p * BIN_COUNT))]!;
      bin.count++;
      bin.p += p;
      if (actor === a.culprit) bin.hits++;
    }
    // Ties go to the first actor listed: the engine keeps the scenario's actor order.
    const [topActor, topP] = Object.entries(a.assessment).reduce((best, x) => (x[1] > best[1] ? x : best));
    confidence += topP;
    if (topActor === a.culprit) hits++;
  }
  const n = assessed.length;
  const meanConfidence = n ? confidence / n : 0;
  const hitRate = n ? hits / n : 0;
  const verdict: Verdict = n < MIN_GAMES_FOR_VERDICT ? 'too-few' : meanConfidence - hitRate > VERDICT_MARGIN ? 'over' : hitRate - meanConfidence > VERDICT_MARGIN ? 'under' : 'calibrated';
  return {
    brier: assessed.map((game) => ({ game, value: brierOf(game.attribution!) })),
    bins: sums.map((b, i) => ({ from: i / BIN_COUNT, to: (i + 1) / BIN_COUNT, count: b.count, predicted: b.count ? b.p / b.count : 0, observed: b.count ? b.hits / b.count : 0 })),
    top: { games: n, confidence: meanConfidence, hitRate, verdict },
  };
}
