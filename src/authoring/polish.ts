/**
 * Local search on a complete line: change one turn's decisions, replay from there (the rest of
 * the line as planned, minus what became illegal), keep the first improvement.
 */
import { createGame, type GameState, legalDecisions, type LoadedScenario, type PlayerRandom } from '../engine';
import { copyState } from './copy';
import { randomChooser, sequence, stepTurn, type Work } from './line';
import { indexOf, planOf, playPlan, type Keeper } from './plan';

export interface PolishOptions {
  seed: number;
  banned: ReadonlySet<number>;
  /** Stop when `work.turns` reaches this. */
  end: number;
  rnd: PlayerRandom;
}

/**
 * Improve `keep.best`: hill-climb turn after turn, cyclically, until a whole cycle brings
 * nothing; then shake the best line (two turns replayed at random) and climb again, until
 * the budget is spent.
 */
export function polish(loaded: LoadedScenario, keep: Keeper, options: PolishOptions, work: Work): void {
  const { banned, end } = options;
  let current = keep.best!;
  let plan = planOf(loaded, current.state);
  let starts = turnStarts(loaded, options.seed, plan, work);
  let quiet = 0;
  if (starts.length === 0) return; // the game ended before its first decision
  for (let t = 0; work.turns < end; t = (t + 1) % starts.length) {
    if (quiet >= starts.length) {
      t = 0;
      current = shake(loaded, keep.best!.state, options, work, keep);
      plan = planOf(loaded, current.state);
      starts = turnStarts(loaded, options.seed, plan, work);
      quiet = 0;
    }
    quiet++;
    const start = starts[t]!;
    for (const next of moves(loaded, plan, t, start, options)) {
      if (work.turns >= end) break;
      const state = copyState(start);
      playPlan(loaded, state, next, banned, work);
      const overall = keep.consider(state);
      if (overall > current.overall + 1e-9) {
        current = { state, overall };
        plan = planOf(loaded, state);
        starts = turnStarts(loaded, options.seed, plan, work);
        quiet = 0;
        break;
      }
    }
  }
}

const SWAPS_PER_TURN = 12;

/**
 * Changed plans to try at turn t, cheapest first: drop one decision; add one legal at the
 * turn's start (first or last); replace one, at random, optionally pushing the replaced one
 * to the next turn.
 */
function* moves(loaded: LoadedScenario, plan: number[][], t: number, start: GameState, options: PolishOptions): Generator<number[][]> {
  const here = plan[t] ?? [];
  const index = indexOf(loaded);
  const adds = legalDecisions(loaded, start).map((id) => index.get(id)!).filter((i) => !options.banned.has(i) && !here.includes(i));
  const at = (list: number[], extra?: number) => {
    const next = plan.map((p) => p.slice());
    while (next.length <= t + 1) next.push([]);
    next[t] = list;
    if (extra !== undefined) next[t + 1]!.unshift(extra);
    return next;
  };
  for (let k = 0; k < here.length; k++) yield at(here.filter((_, j) => j !== k));
  for (const i of adds) yield at([i, ...here]);
  for (const i of adds) yield at([...here, i]);
  if (here.length === 0 || adds.length === 0) return;
  for (let n = 0; n < SWAPS_PER_TURN; n++) {
    const k = Math.floor(options.rnd.next() * here.length);
    const i = adds[Math.floor(options.rnd.next() * adds.length)]!;
    const swapped = here.map((x, j) => (j === k ? i : x));
    yield n % 2 === 0 ? at(swapped) : at(swapped, here[k]!);
  }
}

/** The best line with two of its turns replayed with random decisions. */
function shake(loaded: LoadedScenario, best: GameState, options: PolishOptions, work: Work, keep: Keeper): { state: GameState; overall: number } {
  const plan = planOf(loaded, best);
  const a = Math.floor(options.rnd.next() * plan.length);
  const b = Math.floor(options.rnd.next() * plan.length);
  const state = createGame(loaded, options.seed);
  while (!state.ending) {
    const t = state.turn - 1;
    const choose = t === a || t === b ? randomChooser(options.rnd, 0.1, undefined, options.banned) : sequence((plan[t] ?? []).filter((i) => !options.banned.has(i)));
    stepTurn(loaded, state, choose, work);
  }
  return { state, overall: keep.consider(state) };
}

/** The states at the start of each turn of the plan's game (copies), replayed from the seed. */
function turnStarts(loaded: LoadedScenario, seed: number, plan: number[][], work: Work): GameState[] {
  const out: GameState[] = [];
  const state = createGame(loaded, seed);
  while (!state.ending) {
    out.push(copyState(state));
    stepTurn(loaded, state, sequence(plan[state.turn - 1] ?? []), work);
  }
  return out;
}
