/** Tiny scenarios for engine tests: a minimal valid scenario, overridden per test, loaded strictly. */
import { loadScenarioObject } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';
import type { Scenario } from '../../src/engine/schema';
import { createGame, playTurn } from '../../src/engine/game';
import type { GameState, TurnChoices } from '../../src/engine/state';

export function base(): Scenario {
  return {
    format: 'cellule/scenario@1',
    id: 'tiny',
    locales: ['en'],
    title: 'Tiny',
    summary: 'A tiny test scenario',
    briefing: 'Briefing',
    difficulty: 'intro',
    estimatedMinutes: 5,
    clock: { start: '2025-12-22T06:30:00+01:00', phases: [{ id: 'p1', title: 'P1', turns: 4, minutesPerTurn: 30 }] },
    resources: { staff: 3, budget: 100 },
    metrics: [{ id: 'm', label: 'M', min: 0, max: 100, initial: 50, good: 'high' }],
    flags: [],
    actors: [],
    culprit: 'draw',
    evidence: [],
    injects: [],
    decisions: [],
    rules: [],
    objectives: [{ id: 'oM', category: 'recovery', title: 'M', weight: 1, type: 'metric', metric: 'm', aggregate: 'final', target: 100, worst: 0 }],
    endings: [],
  };
}

/** Load `base()` with `patch` applied on top; fails the test with every diagnostic if invalid. */
export function tiny(patch: Partial<Scenario> = {}): LoadedScenario {
  const r = loadScenarioObject({ ...base(), ...patch });
  if (!r.ok) throw new Error('invalid test scenario:\n' + r.errors.map((e) => `${e.pointer}: ${e.message}`).join('\n'));
  return r.value;
}

/** Play `turns` from a new game with `seed`; fails the test on the first refused turn. */
export function playThrough(loaded: LoadedScenario, turns: readonly TurnChoices[], seed = 1): GameState {
  let s = createGame(loaded, seed);
  for (const t of turns) {
    const r = playTurn(loaded, s, t);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    s = r.value.state;
  }
  return s;
}
