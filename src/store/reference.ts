/** The scenario's reference line, played with the player's seed so the two can be compared. */
import type { LoadedScenario } from '../engine';
import { engine } from './engine';
import type { ReferenceRun } from './types';

/** Replay the reference plays turn by turn until the game ends; null when the scenario has none. */
export function referenceRun(loaded: LoadedScenario, seed: number): ReferenceRun | null {
  const ref = loaded.scenario.reference;
  if (!ref) return null;
  const e = engine();
  const total = e.totalTurns(loaded);
  const turns: string[][] = [];
  for (let t = 1; t <= total; t++) turns.push(ref.plays.filter((p) => p.turn === t).flatMap((p) => p.decisions));
  let state = e.createGame(loaded, seed);
  for (let t = 1; t <= total && !state.ending; t++) {
    const play = ref.plays.find((p) => p.turn === t && p.assessment !== undefined);
    const choices = play?.assessment ? { decisions: turns[t - 1]!, assessment: play.assessment } : { decisions: turns[t - 1]! };
    const r = e.playTurn(loaded, state, choices);
    if (!r.ok) return { turns, score: null, error: r.errors[0]! };
    state = r.value.state;
  }
  return { turns, score: e.score(loaded, state), error: null };
}
