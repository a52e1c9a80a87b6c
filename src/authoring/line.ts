/**
 * Driving the engine one turn at a time for the searches: who picks the decisions (a chooser),
 * what assessment a line gives (the ideal posterior), and how much work was done.
 */
import { beginTurn, chooseDecisionAt, collectLegal, finishTurn, type GameState, type LoadedScenario, makeRun, observeLegal, observeRules, type PlayerRandom, type PlayObserver, posterior } from '../engine';

/** Picks the next decision (an index into the scenario's decisions) among the legal ones, or -1 to stop. */
export type Chooser = (legal: readonly number[]) => number;

/** Turns simulated so far: the searches' budget, counted in turns so that results never depend on the machine. */
export interface Work {
  turns: number;
  /** Called every 256 turns, for progress reports. */
  tick?: () => void;
}

/**
 * The assessment a careful analyst gives at the start of a turn: the engine's ideal posterior
 * from the searches made so far, when it differs from the one in force (undefined otherwise).
 */
export function analystAssessment(loaded: LoadedScenario, state: GameState): Record<string, number> | undefined {
  if (loaded.scenario.actors.length === 0 || (state.searches.length === 0 && state.assessment === null)) return undefined;
  const p = posterior(loaded, state);
  const current = state.assessment;
  if (current && Object.keys(p).every((k) => Math.abs(p[k]! - (current[k] ?? 0)) < 1e-12)) return undefined;
  return p;
}

/** Play the current turn in place: the analyst's assessment, then the chooser's picks while any is legal. */
export function stepTurn(loaded: LoadedScenario, state: GameState, choose: Chooser, work: Work, observer?: PlayObserver): void {
  const turn = beginTurn(makeRun(loaded, state), [], analystAssessment(loaded, state));
  if ('code' in turn) throw new Error(turn.message);
  if ((++work.turns & 255) === 0) work.tick?.();
  if (observer) observeLegal(turn, observer);
  const legal: number[] = [];
  while (!state.ending) {
    collectLegal(turn, legal);
    if (legal.length === 0) break;
    const pick = choose(legal);
    if (pick < 0) break;
    const error = chooseDecisionAt(turn, pick);
    if (error) throw new Error(error.message);
  }
  if (observer) observeRules(turn.run, observer);
  finishTurn(turn);
}

/** Play to the end of the game with the same chooser every turn. */
export function playOut(loaded: LoadedScenario, state: GameState, chooser: () => Chooser, work: Work, observer?: PlayObserver): GameState {
  while (!state.ending) stepTurn(loaded, state, chooser(), work, observer);
  return state;
}

/** Takes the given decisions in order, skipping any that is not legal when its moment comes. */
export function sequence(indexes: readonly number[]): Chooser {
  let next = 0;
  return (legal) => {
    while (next < indexes.length) {
      const i = indexes[next++]!;
      if (legal.includes(i)) return i;
    }
    return -1;
  };
}

/**
 * Random picks among the legal decisions, weighted (default: equally), stopping before each
 * pick with chance `stop`; decisions in `banned` are never picked.
 */
export function randomChooser(rnd: PlayerRandom, stop: number, weights?: readonly number[], banned?: ReadonlySet<number>): Chooser {
  return (legal) => {
    if (rnd.next() < stop) return -1;
    let total = 0;
    for (const i of legal) if (!banned?.has(i)) total += weights ? weights[i]! : 1;
    if (total <= 0) return -1;
    let u = rnd.next() * total;
    let last = -1;
    for (const i of legal) {
      if (banned?.has(i)) continue;
      const w = weights ? weights[i]! : 1;
      if (w <= 0) continue;
      last = i;
      if (u < w) return i;
      u -= w;
    }
    return last;
  };
}
