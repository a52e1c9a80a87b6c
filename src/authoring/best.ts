/**
 * The best line: a beam search over each turn's decision sets, each child valued by playing on
 * with the best line known so far (a rollout algorithm), then local search on the winner. Every
 * game played on the way is a complete legal line with the same seed, and the answer is the
 * best of them all, so its score is exact, not an estimate.
 */
import { createGame, type GameState, type LoadedScenario, PlayerRandom, type PlayObserver } from '../engine';
import { copyState } from './copy';
import { beamSearch } from './beam';
import { indexOf, Keeper, planOf, playPlan, type Plan } from './plan';
import { referenceTurns } from './reference';
import { polish } from './polish';
import { playOut, randomChooser, sequence, type Chooser, type Work } from './line';

export interface BestOptions {
  /** The game seed every line is played with. */
  seed: number;
  /** Decisions (indexes) the line may not take: for "what if this did not exist". */
  banned?: ReadonlySet<number>;
  /** Turns to simulate at most (default from the scenario's size, see `defaultBudget`). */
  budget?: number;
  observer?: PlayObserver;
  /** Sees every complete game the search plays. */
  onGame?: (state: GameState) => void;
}

export interface BestResult {
  state: GameState;
  overall: number;
}

const WIDTH = 4;
const RANDOM_CHILDREN = 6;
const START_LINES = 12;

/** Search for the highest-scoring complete line with the given seed. */
export function bestLine(loaded: LoadedScenario, options: BestOptions, work: Work): BestResult {
  const banned = options.banned ?? new Set<number>();
  const end = work.turns + (options.budget ?? defaultBudget(loaded));
  const rnd = new PlayerRandom(options.seed ^ 0x2545f491);
  const keep = new Keeper(loaded, options.onGame);
  const fresh = () => createGame(loaded, options.seed);
  const reference = referencePlan(loaded, banned);
  if (reference) keep.consider(playPlan(loaded, fresh(), reference, banned, work));
  for (let k = 0; k < START_LINES; k++) keep.consider(playOut(loaded, fresh(), () => randomChooser(rnd, 0.1, undefined, banned), work, options.observer));
  const result = beamSearch(
    loaded,
    fresh(),
    {
      width: WIDTH,
      budget: work.turns + Math.floor((end - work.turns) * 0.25),
      children: (state) => {
        const t = state.turn - 1;
        const out: Chooser[] = [sequence([]), sequence(planOf(loaded, keep.best!.state)[t] ?? [])];
        const ref = reference?.[t];
        if (ref) out.push(sequence(ref));
        for (let k = 0; k < RANDOM_CHILDREN; k++) out.push(randomChooser(rnd, 0.04 * k, undefined, banned));
        return out;
      },
      // Play on with the best line known: the value of deviating here, then doing the best known.
      value: (child) => keep.consider(child.ending ? child : playPlan(loaded, copyState(child), planOf(loaded, keep.best!.state), banned, work)),
      ...(options.observer ? { observer: options.observer } : {}),
    },
    work,
  );
  for (const s of result.beam) if (s.ending) keep.consider(s);
  polish(loaded, keep, { seed: options.seed, banned, end, rnd }, work);
  return keep.best!;
}

/** Turns a search may simulate: enough for the scenario's size, bounded so analysis takes seconds. */
export function defaultBudget(loaded: LoadedScenario): number {
  const turns = loaded.scenario.clock.phases.reduce((n, p) => n + p.turns, 0);
  return Math.min(40_000, Math.max(3_000, 25 * turns * Math.max(1, loaded.scenario.decisions.length)));
}

/** The reference line as a plan (decision indexes by turn), without banned decisions; null without one. */
function referencePlan(loaded: LoadedScenario, banned: ReadonlySet<number>): Plan | null {
  if (!loaded.scenario.reference) return null;
  const index = indexOf(loaded);
  return referenceTurns(loaded).map((t) => t.decisions.map((id) => index.get(id)!).filter((i) => !banned.has(i)));
}
