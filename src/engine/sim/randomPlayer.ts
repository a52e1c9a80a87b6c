/** A random legal player: the yardstick for analysis, property tests and benchmarks. */
import { isLegal } from '../core/legal';
import { releasable } from '../core/injects';
import { makeRun } from '../core/run';
import { beginTurn, chooseDecision, createGame, finishTurn } from '../game';
import type { LoadedScenario } from '../loaded';
import { advance, seedState, unitOf } from '../rng';
import type { GameState } from '../state';

export interface RandomPlayOptions {
  /** Chance to stop choosing decisions before each further pick (default 0.35). */
  stopChance?: number;
  /** Chance to release each releasable optional inject in a turn (default 0.15). */
  releaseChance?: number;
  /** Chance to give a random assessment in a turn (default 0.3). */
  assessChance?: number;
}

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

/** Play one complete game with random legal choices; returns the final state (its `log` replays it). */
export function randomGame(loaded: LoadedScenario, gameSeed: number, playerSeed: number, options: RandomPlayOptions = {}): GameState {
  const { stopChance = 0.35, releaseChance = 0.15, assessChance = 0.3 } = options;
  const rnd = new PlayerRandom(playerSeed);
  const state = createGame(loaded, gameSeed);
  const actors = loaded.scenario.actors;
  const decisions = loaded.scenario.decisions;
  const legal: string[] = [];
  while (!state.ending) {
    const released = releasable(makeRun(loaded, state)).filter(() => rnd.next() < releaseChance);
    let assessment: Record<string, number> | undefined;
    if (actors.length > 0 && rnd.next() < assessChance) {
      assessment = Object.fromEntries(actors.map((a) => [a.id, Math.round(rnd.next() * 100)]));
      if (Object.values(assessment).every((v) => v === 0)) assessment[actors[0]!.id] = 1;
    }
    const turn = beginTurn(loaded, state, released, assessment);
    if ('code' in turn) throw new Error(turn.message);
    while (!state.ending && rnd.next() >= stopChance) {
      legal.length = 0;
      for (const d of decisions) if (isLegal(turn.run, d, turn.chosen)) legal.push(d.id);
      if (legal.length === 0) break;
      const error = chooseDecision(turn, rnd.pick(legal));
      if (error) throw new Error(error.message);
    }
    finishTurn(turn);
  }
  return state;
}
