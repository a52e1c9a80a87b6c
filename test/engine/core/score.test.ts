import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine/game';
import type { Decision, Objective } from '../../../src/engine/schema';
import { explainObjective, score } from '../../../src/engine/score';
import type { GameState, TurnChoices } from '../../../src/engine/state';
import { playThrough, tiny } from '../helpers';

const d = (id: string, extra: Partial<Decision> = {}): Decision => ({
  id, category: 'recovery', title: id, description: id, cost: { staff: 1, budget: 0 }, effects: [], ...extra,
});
const o = (x: Record<string, unknown>) => ({ title: 'o', ...x }) as Objective;

const loaded = tiny({
  actors: [
    { id: 'a', name: 'A', description: 'A', prior: 1 },
    { id: 'b', name: 'B', description: 'B', prior: 3 },
  ],
  culprit: 'a',
  decisions: [d('up', { once: false, effects: [{ metric: 'm', add: 20 }] }), d('notify'), d('panic'), d('nope')],
  objectives: [
    o({ id: 'oFinal', category: 'recovery', weight: 2, type: 'metric', metric: 'm', aggregate: 'final', target: 100, worst: 0 }),
    o({ id: 'oMean', category: 'recovery', weight: 1, type: 'metric', metric: 'm', aggregate: 'mean', target: 100, worst: 60 }),
    o({ id: 'oMin', category: 'containment', weight: 1, type: 'metric', metric: 'm', aggregate: 'min', target: 0, worst: 100 }),
    o({ id: 'oMax', category: 'containment', weight: 1, type: 'metric', metric: 'm', aggregate: 'max', target: 80, worst: 40 }),
    o({ id: 'oLate', category: 'communication', weight: 3, type: 'deadline', decision: 'notify', by: 1, late: 4 }),
    o({ id: 'oNever', category: 'communication', weight: 1, type: 'deadline', decision: 'nope', by: 2 }),
    o({ id: 'oCalm', category: 'coordination', weight: 1, type: 'avoid', decision: 'panic' }),
    o({ id: 'oCap', category: 'coordination', weight: 1, type: 'avoid', when: 'm >= 85' }),
    o({ id: 'oWho', category: 'attribution', weight: 4, type: 'attribution' }),
    o({ id: 'oExpr', category: 'attribution', weight: 1, type: 'expr', value: 'm / 200 + taken(up) / 10' }),
  ],
});

const playAll = (turns: TurnChoices[]): GameState => playThrough(loaded, turns);

describe('scoring (DESIGN.md Objective, scoring details)', () => {
  // m by end of turn: 70, 70, 90, 90 → final 90, mean 80, min 70, max 90.
  const s = playAll([{ decisions: ['up'] }, { decisions: [], assessment: { a: 3, b: 1 } }, { decisions: ['up', 'notify'] }, { decisions: [] }]);

  it('scores each objective type by hand-worked numbers', () => {
    const r = score(loaded, s);
    expect(r.objectives.oFinal).toBeCloseTo(0.9, 12); // 90 / 100
    expect(r.objectives.oMean).toBeCloseTo(0.5, 12); // (80 − 60) / 40
    expect(r.objectives.oMin).toBeCloseTo(0.3, 12); // (70 − 100) / (0 − 100)
    expect(r.objectives.oMax).toBe(1); // (90 − 40) / 40 = 1.25, clamped
    expect(r.objectives.oLate).toBeCloseTo(1 / 3, 12); // taken in turn 3: 1 − (3 − 1) / (4 − 1)
    expect(r.objectives.oNever).toBe(0);
    expect(r.objectives.oCalm).toBe(1);
    expect(r.objectives.oCap).toBe(0); // m reached 90 at the end of turn 3
    // assessment a 0.75, b 0.25, culprit a: Brier (0.25² + 0.25²) = 0.125 → 1 − 0.0625
    expect(r.objectives.oWho).toBeCloseTo(0.9375, 12);
    expect(r.objectives.oExpr).toBeCloseTo(0.65, 12); // 90 / 200 + 2 / 10
  });

  it('weights objectives into categories and overall, 0–100, unrounded', () => {
    const r = score(loaded, s);
    expect(r.categories.recovery).toBeCloseTo((100 * (2 * 0.9 + 0.5)) / 3, 10); // 76.67
    expect(r.categories.containment).toBeCloseTo(65, 10);
    expect(r.categories.communication).toBeCloseTo(25, 10); // 3 × ⅓ / 4
    expect(r.categories.coordination).toBeCloseTo(50, 10);
    expect(r.categories.attribution).toBeCloseTo(88, 10); // (4 × 0.9375 + 0.65) / 5
    expect(r.overall).toBeCloseTo(62.5, 10); // (2.3 + 1.3 + 1 + 1 + 4.4) / 16
  });

  it('leaves out categories with no objective, and uses the priors when no assessment was given', () => {
    const r = score(loaded, playAll([{ decisions: ['panic'] }]));
    expect(r.objectives.oCalm).toBe(0);
    // priors a 0.25, b 0.75, culprit a: Brier 0.75² + 0.75² = 1.125 → 1 − 0.5625
    expect(r.objectives.oWho).toBeCloseTo(0.4375, 12);
    const only = tiny();
    expect(Object.keys(score(only, createGame(only, 1)).categories)).toEqual(['recovery']);
  });

  it('explains a metric objective by the net change of each cause', () => {
    expect(explainObjective(loaded, s, 'oFinal')).toEqual([{ cause: { kind: 'decision', id: 'up', turn: 1 }, delta: 40 }]);
    expect(explainObjective(loaded, s, 'oLate')).toEqual([{ cause: { kind: 'decision', id: 'notify', turn: 3 }, delta: 1 }]);
  });
});
