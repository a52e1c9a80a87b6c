/** A random legal player: the yardstick for analysis, property tests and benchmarks. */
import { releasable } from '../core/injects';
import { beginTrustedTurn, chooseDecisionAt, finishTurn, startGame } from '../game';
import type { LoadedScenario } from '../loaded';
import { advance, seedState, unitOf } from '../rng';
import type { GameState } from '../state';
import { collectLegal, observeRules, type PlayObserver } from './observer';

export interface RandomPlayOptions {
  /** Chance to stop choosing decisions before each further pick (default 0.35). */
  stopChance?: number;
  /** Chance to release each releasable optional inject in a turn (default 0.15). */
  releaseChance?: number;
  /** Chance to give a random assessment in a turn (default 0.3). */
  assessChance?: number;
}

const NONE: string[] = [];

/** The player's own generator, apart from the game's so that it never disturbs the game's draws. */
export class PlayerRandom {
  private s: number;
  constructor(seed: number) {
    this.s = seedState(seed ^ 0x5f3759df);
  }
  next(): number {
    this.s = advance(this.s);
    return unitOf(this.s);
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/**
 * Play one complete game with random legal choices; returns the final state (its `log` replays it).
 * An `observer` (the analyser) is told what was legal and which rules held; it never changes the game.
 */
export function randomGame(loaded: LoadedScenario, gameSeed: number, playerSeed: number, options: RandomPlayOptions = {}, observer?: PlayObserver): GameState {
  const { stopChance = 0.35, releaseChance = 0.15, assessChance = 0.3 } = options;
  const rnd = new PlayerRandom(playerSeed);
  // The game's run is ours for the whole game: the state is advanced in place, turn after turn.
  const run = startGame(loaded, gameSeed);
  const { state } = run;
  const actors = loaded.scenario.actors;
  const legal: number[] = [];
  while (!state.ending) {
    // The same draws in the same order as ever: one per releasable inject, then the assessment's.
    const open = releasable(run);
    let released = NONE;
    for (const id of open) if (rnd.next() < releaseChance) (released === NONE ? (released = []) : released).push(id);
    let assessment: Record<string, number> | undefined;
    if (actors.length > 0 && rnd.next() < assessChance) {
      assessment = {};
      let any = false;
      for (const a of actors) {
        const v = Math.round(rnd.next() * 100);
        assessment[a.id] = v;
        if (v !== 0) any = true;
      }
      if (!any) assessment[actors[0]!.id] = 1;
    }
    // Built from what is allowed, so nothing to check (beginTurn's checks would pass).
    const turn = beginTrustedTurn(run, released, assessment);
    // Watched, the legal list is taken at the turn's start (also the first pick's: the stop draw changes nothing).
    let fresh = observer !== undefined;
    if (fresh) collectLegal(turn, legal, observer);
    while (!state.ending && rnd.next() >= stopChance) {
      if (!fresh) collectLegal(turn, legal, observer);
      fresh = false;
      if (legal.length === 0) break;
      const error = chooseDecisionAt(turn, rnd.pick(legal));
      if (error) throw new Error(error.message);
    }
    if (observer) observeRules(run, observer);
    finishTurn(turn);
  }
  return state;
}
