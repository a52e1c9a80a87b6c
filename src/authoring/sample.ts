/** Random legal play over a range of runs: what the analyser's distribution and coverage come from. */
import { randomGame, type LoadedScenario } from '../engine';
import { runSeeds } from './seeds';
import { addGame, emptyTally, GameMarks, type Tally } from './tally';

/** Runs per chunk: fixed, so that the merged result never depends on how chunks were shared out. */
export const CHUNK_RUNS = 250;

/** Play random runs `from` (inclusive) to `to` (exclusive) of the analysis `seed`; `progress` gets the runs done. */
export function sampleRuns(loaded: LoadedScenario, seed: number, from: number, to: number, progress?: (done: number) => void): Tally {
  const tally = emptyTally(loaded);
  const marks = new GameMarks(loaded);
  for (let i = from; i < to; i++) {
    const { game, player } = runSeeds(seed, i);
    marks.reset();
    const state = randomGame(loaded, game, player, {}, marks);
    addGame(tally, loaded, state, marks);
    if (progress && (i - from + 1) % 50 === 0) progress(i - from + 1);
  }
  return tally;
}

/** The chunks `[from, to)` that `runs` random runs are cut into. */
export function chunks(runs: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < runs; from += CHUNK_RUNS) out.push([from, Math.min(runs, from + CHUNK_RUNS)]);
  return out;
}
