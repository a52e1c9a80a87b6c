import { describe, expect, it } from 'vitest';
import { normaliseAssessment, posterior, priors } from '../../../src/engine/attribution';
import { createGame, playTurn } from '../../../src/engine/game';
import { nextRandom, seedState } from '../../../src/engine/rng';
import type { GameState } from '../../../src/engine/state';
import { tiny } from '../helpers';

const actors = [
  { id: 'a', name: 'A', description: 'A', prior: 1 },
  { id: 'b', name: 'B', description: 'B', prior: 1 },
  { id: 'c', name: 'C', description: 'C', prior: 2 },
];
const search = (id: string) => ({ id: `s_${id}`, category: 'attribution' as const, title: id, description: id, cost: { staff: 0, budget: 0 }, effects: [{ reveal: id }] });

describe('attribution (DESIGN.md Actor, Evidence, randomness)', () => {
  it('draws the culprit from the normalised priors with the first number of the seed', () => {
    const loaded = tiny({ actors });
    const counts: Record<string, number> = {};
    for (let seed = 0; seed < 200; seed++) {
      const [u] = nextRandom(seedState(seed));
      const expected = u < 0.25 ? 'a' : u < 0.5 ? 'b' : 'c'; // priors 0.25, 0.25, 0.5
      const s = createGame(loaded, seed);
      expect(s.culprit).toBe(expected);
      counts[expected] = (counts[expected] ?? 0) + 1;
    }
    expect(Object.keys(counts).sort()).toEqual(['a', 'b', 'c']);
    expect(priors(loaded)).toEqual({ a: 0.25, b: 0.25, c: 0.5 });
    expect(createGame(tiny({ actors, culprit: 'b' }), 5).culprit).toBe('b');
  });

  it('finds evidence iff u < likelihood[culprit] (missing actor: 0.5), one draw per search', () => {
    const loaded = tiny({
      actors,
      culprit: 'c',
      evidence: [
        { id: 'sure', title: 'S', body: 'B', source: 'S', likelihood: { a: 0, b: 0, c: 1 } },
        { id: 'never', title: 'N', body: 'B', source: 'S', likelihood: { a: 1, b: 1, c: 0 } },
        { id: 'half', title: 'H', body: 'B', source: 'S', likelihood: { a: 1 } },
      ],
      decisions: [search('sure'), search('never'), search('half')],
    });
    for (let seed = 0; seed < 30; seed++) {
      const s0 = createGame(loaded, seed);
      const r = playTurn(loaded, s0, { decisions: ['s_sure', 's_never', 's_half'] });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      const s: GameState = r.value.state;
      let rng = s0.rng;
      const us = [0, 1, 2].map(() => {
        const [u, next] = nextRandom(rng);
        rng = next;
        return u;
      });
      expect(s.rng).toBe(rng);
      expect(s.searches.map((x) => [x.evidence, x.found])).toEqual([['sure', true], ['never', false], ['half', us[2]! < 0.5]]);
      expect(s.searched).toEqual({ sure: true, never: true, half: true });
      expect(s.found.never).toBeUndefined();
    }
  });

  it('computes the ideal posterior from what the searches returned', () => {
    const loaded = tiny({
      actors: actors.slice(0, 2),
      culprit: 'a',
      evidence: [
        { id: 'e', title: 'E', body: 'B', source: 'S', likelihood: { a: 0.8, b: 0.2 } },
        { id: 'f', title: 'F', body: 'B', source: 'S', likelihood: { a: 0.3 } },
      ],
    });
    const s = createGame(loaded, 1);
    const cause = { kind: 'decision' as const, id: 'x', turn: 1 };
    s.searches = [
      { turn: 1, evidence: 'e', found: true, cause },
      { turn: 1, evidence: 'f', found: false, cause },
    ];
    // a ∝ 0.5 × 0.8 × 0.7 = 0.28; b ∝ 0.5 × 0.2 × 0.5 = 0.05 → a = 0.28 / 0.33
    const p = posterior(loaded, s);
    expect(p.a).toBeCloseTo(0.28 / 0.33, 12);
    expect(p.b).toBeCloseTo(0.05 / 0.33, 12);
  });

  it('normalises the assessment and refuses a negative, unknown or all-zero one', () => {
    const loaded = tiny({ actors });
    const s = createGame(loaded, 1);
    const ok = playTurn(loaded, s, { decisions: [], assessment: { a: 2, c: 6 } });
    expect(ok.ok && ok.value.state.assessment).toEqual({ a: 0.25, b: 0, c: 0.75 });
    for (const bad of [{ a: -1, b: 2 }, { z: 1 }, { a: 0 }, {}]) {
      const r = playTurn(loaded, s, { decisions: [], assessment: bad });
      expect(!r.ok && r.errors[0]!.code).toBe('play/bad-assessment');
    }
  });
});

describe('normalising huge assessments (hand-worked)', () => {
  const two = tiny({
    actors: [
      { id: 'a', name: 'A', description: 'A', prior: 1 },
      { id: 'b', name: 'B', description: 'B', prior: 1 },
    ],
  });

  it('1e308 and 1e308: the sum overflows, scaled by the max it is 1 + 1, so 0.5 each', () => {
    expect(normaliseAssessment(two, { a: 1e308, b: 1e308 }, 1)).toEqual({ ok: true, value: { a: 0.5, b: 0.5 }, warnings: [] });
  });

  it('1.5e308 and 0.5e308: scaled by 1.5e308 they are 1 and 1/3, so 3/4 and 1/4', () => {
    const r = normaliseAssessment(two, { a: 1.5e308, b: 0.5e308 }, 1);
    expect(r.ok && r.value.a).toBeCloseTo(0.75, 12);
    expect(r.ok && r.value.b).toBeCloseTo(0.25, 12);
  });

  it('1e308 alone: 1 and 0', () => {
    expect(normaliseAssessment(two, { a: 1e308 }, 1)).toEqual({ ok: true, value: { a: 1, b: 0 }, warnings: [] });
  });
});
