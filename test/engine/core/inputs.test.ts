import { describe, expect, it } from 'vitest';
import { objectiveInputs } from '../../../src/engine/inputs';
import type { Decision, Objective } from '../../../src/engine/schema';
import type { GameState, TurnChoices } from '../../../src/engine/state';
import { playThrough, tiny } from '../helpers';

const d = (id: string, extra: Partial<Decision> = {}): Decision => ({
  id, category: 'attribution', title: id, description: id, cost: { staff: 1, budget: 0 }, effects: [], ...extra,
});

// "unused" is revealed only by "raise", which the formula does not name.
// Evidence "certain" is found whenever searched (likelihood 1 under the only actor); "never" is never found.
const loaded = tiny({
  actors: [{ id: 'a', name: 'A', description: 'A', prior: 1 }],
  culprit: 'a',
  flags: [{ id: 'late', initial: false }],
  evidence: [
    { id: 'certain', title: 'C', body: 'C', source: 'S', likelihood: { a: 1 } },
    { id: 'never', title: 'N', body: 'N', source: 'S', likelihood: { a: 0 } },
    { id: 'unused', title: 'U', body: 'U', source: 'S', likelihood: { a: 1 } },
  ],
  injects: [{ id: 'ping', channel: 'soc', title: 'P', body: 'P', at: 2 }],
  decisions: [
    d('look', { effects: [{ reveal: 'certain' }, { reveal: 'never' }] }),
    d('idle'),
    d('raise', { effects: [{ flag: 'late', set: true }, { reveal: 'unused' }] }),
  ],
  objectives: [
    { id: 'oM', category: 'recovery', title: 'M', weight: 1, type: 'metric', metric: 'm', aggregate: 'final', target: 100, worst: 0 },
    {
      id: 'oX', category: 'attribution', title: 'X', weight: 1, type: 'expr',
      value: '(taken(look) + taken(idle)) / 2 * (found(certain) + found(never)) + m / 1000 + fired(ping) / 10 + (late ? 0 : 0.1)',
    } as Objective,
  ],
});

const playAll = (turns: TurnChoices[]): GameState => playThrough(loaded, turns);

describe('objectiveInputs: what an expr objective read, as it stood', () => {
  it('lists each decision, evidence, metric, flag and inject the formula names, with its final state', () => {
    const s = playAll([{ decisions: [] }, { decisions: ['look'] }, { decisions: [] }]);
    const inputs = objectiveInputs(loaded, s, 'oX');
    expect(inputs).toEqual(
      expect.arrayContaining([
        { kind: 'decision', id: 'look', firstTaken: 2 },
        { kind: 'decision', id: 'idle', firstTaken: null },
        { kind: 'evidence', id: 'certain', found: true, searched: true },
        { kind: 'evidence', id: 'never', found: false, searched: true },
        { kind: 'metric', id: 'm', value: 50 },
        { kind: 'flag', id: 'late', value: false },
        { kind: 'inject', id: 'ping', fired: 1 },
      ]),
    );
    // Only what the formula names: not the decision "raise", not the evidence "unused".
    expect(inputs).toHaveLength(7);
  });

  it('is empty for every other objective type and for an unknown id', () => {
    const s = playAll([{ decisions: [] }]);
    expect(objectiveInputs(loaded, s, 'oM')).toEqual([]);
    expect(objectiveInputs(loaded, s, 'nope')).toEqual([]);
  });
});
