/**
 * The directed search: for a target random play never reached, a beam search that follows
 * its guide's distance downhill and stops as soon as the target is reached.
 */
import { createGame, type GameState, type LoadedScenario, PlayerRandom } from '../engine';
import { beamSearch } from './beam';
import type { Guides } from './guide';
import { randomChooser, sequence, type Chooser, type Work } from './line';
import type { Reach } from './reach';
import type { Target } from './report';
import { mixSeed } from './seeds';

const WIDTH = 6;
const RANDOM_CHILDREN = 4;
/** Game seeds tried in turn for each target: a target may need a particular draw. */
const SEEDS = 3;

/** Try to reach `target` within `budget` turns; marks everything reached in `reach`. Returns whether it got there. */
export function directedSearch(loaded: LoadedScenario, target: Target, guides: Guides, reach: Reach, seed: number, budget: number, work: Work): boolean {
  const guide = guides.guide(target);
  const end = work.turns + budget;
  const goal = (state: GameState) => {
    reach.noteState(state);
    return reach.has(target);
  };
  for (let k = 0; k < SEEDS && work.turns < end && !reach.has(target); k++) {
    const gameSeed = mixSeed(seed, 1_000_003 + k);
    const rnd = new PlayerRandom(mixSeed(gameSeed, target.id.length));
    const perSeed = work.turns + Math.ceil((end - work.turns) / (SEEDS - k));
    beamSearch(
      loaded,
      createGame(loaded, gameSeed),
      {
        width: WIDTH,
        budget: perSeed,
        children: () => {
          const out: Chooser[] = [sequence([]), sequence(guide.related), focused(guide.related, rnd)];
          for (let i = 0; i < RANDOM_CHILDREN; i++) out.push(randomChooser(rnd, 0.1 * i));
          return out;
        },
        value: (child) => -guide.distance(child),
        goal,
        observer: reach,
      },
      work,
    );
  }
  return reach.has(target);
}

/** The related decisions first (those legal, in order), then random picks. */
function focused(related: readonly number[], rnd: PlayerRandom): Chooser {
  const first = sequence(related);
  const then = randomChooser(rnd, 0.2);
  return (legal) => {
    const i = first(legal);
    return i >= 0 ? i : then(legal);
  };
}
