/** The split of points over random games and the reference lines of every bundled scenario. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, playTurn } from '../../src/engine/game';
import type { LoadedScenario } from '../../src/engine/loaded';
import { score } from '../../src/engine/score';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import type { GameState } from '../../src/engine/state';
import { prefixGames, traceGame } from '../../src/engine/trace';
import { totalTurns } from '../../src/engine/clock';
import { bundledFiles, loadBundled } from './bundled';

/** The scenario's reference line played with `seed` (as the debrief plays it). */
function referenceGame(loaded: LoadedScenario, seed: number): GameState {
  const ref = loaded.scenario.reference!;
  let state = createGame(loaded, seed);
  for (let t = 1; t <= totalTurns(loaded) && !state.ending; t++) {
    const plays = ref.plays.filter((p) => p.turn === t);
    const assessment = plays.find((p) => p.assessment !== undefined)?.assessment;
    const r = playTurn(loaded, state, { decisions: plays.flatMap((p) => p.decisions), ...(assessment ? { assessment } : {}) });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    state = r.value.state;
  }
  return state;
}

describe.each(bundledFiles())('the split of points in %s', (file) => {
  const loaded = loadBundled(file);

  it('adds up to each objective\'s score within 1e-9 in random games, with every counterfactual game legal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat(), (seed, player) => {
        const played = randomGame(loaded, seed, player, { releaseChance: 0.3, assessChance: 0.4 });
        const scores = score(loaded, played).objectives;
        const trace = traceGame(loaded, played);
        for (const o of loaded.scenario.objectives) {
          const shares = trace[o.id]!;
          expect(shares.filter((s) => s.cause.kind === 'world')).toHaveLength(1);
          expect(Math.abs(shares.reduce((a, s) => a + s.share, 0) - scores[o.id]!)).toBeLessThan(1e-9);
        }
        const games = prefixGames(loaded, played);
        for (let k = 0; k <= games.choices.length; k++) expect(games.play(k).ok).toBe(true);
        expect(games.play(games.choices.length).state).toEqual(played);
      }),
      { numRuns: 20 },
    );
  });

  it('credits the reference line\'s decisions, not only the world, with the objectives they moved', () => {
    const state = referenceGame(loaded, 7);
    const trace = traceGame(loaded, state);
    const world = score(loaded, prefixGames(loaded, state).play(0).state).objectives;
    const actual = score(loaded, state).objectives;
    let moved = 0;
    for (const o of loaded.scenario.objectives) {
      const byChoices = trace[o.id]!.filter((s) => s.cause.kind !== 'world');
      if (Math.abs(actual[o.id]! - world[o.id]!) > 1e-12) expect(byChoices.length).toBeGreaterThan(0);
      if (o.type === 'metric' && byChoices.some((s) => s.cause.kind === 'decision' && s.share !== 0)) moved++;
    }
    // The largest objectives are the metric ones (availability): the reference's decisions move some.
    expect(moved).toBeGreaterThan(0);
  });
});
