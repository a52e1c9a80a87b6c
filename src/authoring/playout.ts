/**
 * Random legal play, watched: the engine's random player (`randomGame`) move for move, with a
 * look at what was legal and which rules held on the way. Same seeds, same game.
 */
import { beginTurn, chooseDecision, createGame, finishTurn, type GameState, holds, isLegal, type LoadedScenario, makeRun, PlayerRandom, releasable, type Run, type TurnInProgress } from '../engine';

/** Called during play; indexes are positions in the scenario's `decisions` and `rules`. */
export interface PlayObserver {
  /** A decision was legal at some moment of the Decide step. */
  legal(index: number): void;
  /** A rule's condition held at the end of the Decide step (step 4 evaluates it right after). */
  rule(index: number): void;
  /** Optional: the rule was already reported for this game, so it need not be evaluated again. */
  ruleSeen?(index: number): boolean;
}

const STOP_CHANCE = 0.35;
const RELEASE_CHANCE = 0.15;
const ASSESS_CHANCE = 0.3;

/** Play one game as `randomGame(loaded, gameSeed, playerSeed)` does, reporting to `observer`. */
export function observedRandomGame(loaded: LoadedScenario, gameSeed: number, playerSeed: number, observer: PlayObserver): GameState {
  const rnd = new PlayerRandom(playerSeed);
  const state = createGame(loaded, gameSeed);
  const actors = loaded.scenario.actors;
  const legal: string[] = [];
  while (!state.ending) {
    const released = releasable(makeRun(loaded, state)).filter(() => rnd.next() < RELEASE_CHANCE);
    let assessment: Record<string, number> | undefined;
    if (actors.length > 0 && rnd.next() < ASSESS_CHANCE) {
      assessment = Object.fromEntries(actors.map((a) => [a.id, Math.round(rnd.next() * 100)]));
      if (Object.values(assessment).every((v) => v === 0)) assessment[actors[0]!.id] = 1;
    }
    const turn = beginTurn(loaded, state, released, assessment);
    if ('code' in turn) throw new Error(turn.message);
    // The legal list at the turn's start is also the first pick's: the stop draw changes nothing.
    let fresh = true;
    collectLegal(turn, legal, observer);
    while (!state.ending && rnd.next() >= STOP_CHANCE) {
      if (!fresh) collectLegal(turn, legal, observer);
      fresh = false;
      if (legal.length === 0) break;
      const error = chooseDecision(turn, rnd.pick(legal));
      if (error) throw new Error(error.message);
    }
    observeRules(turn.run, observer);
    finishTurn(turn);
  }
  return state;
}

/** The ids of the decisions legal now, into `out`, each reported to the observer. */
function collectLegal(turn: TurnInProgress, out: string[], observer: PlayObserver): void {
  const decisions = turn.run.loaded.scenario.decisions;
  out.length = 0;
  for (let i = 0; i < decisions.length; i++) {
    if (isLegal(turn.run, decisions[i]!, turn.chosen)) {
      out.push(decisions[i]!.id);
      observer.legal(i);
    }
  }
}

/** Report every decision legal now, with nothing more chosen. */
export function observeLegal(turn: TurnInProgress, observer: PlayObserver): void {
  const decisions = turn.run.loaded.scenario.decisions;
  for (let i = 0; i < decisions.length; i++) if (isLegal(turn.run, decisions[i]!, turn.chosen)) observer.legal(i);
}

/** Report the rules whose condition holds now, just before step 4 runs them. */
export function observeRules(run: Run, observer: PlayObserver): void {
  if (run.state.ending || run.pendingEnd !== null) return; // the game ends before step 4
  const rules = run.loaded.scenario.rules;
  for (let i = 0; i < rules.length; i++) if (!observer.ruleSeen?.(i) && holds(run, rules[i]!.when)) observer.rule(i);
}
