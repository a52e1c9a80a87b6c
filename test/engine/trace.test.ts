/** Where the points came from (src/engine/trace.ts): hand-worked splits through a rule and a delayed effect. */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score';
import { causeKey, prefixGames, traceGame, traceJson } from '../../src/engine/trace';
import { playThrough, tiny } from './helpers';

/**
 * m starts at 50 (0..100). Rule `erode` takes 10 each end of turn while the shield is down; rule
 * `restore` gives 5 while it is up. `raise` puts the shield up; `patch` adds 20 two turns later.
 * Four turns. oFinal scores m's final value / 100, oMean its mean over the four turns / 100.
 */
const loaded = tiny({
  flags: [{ id: 'shield', initial: false }],
  decisions: [
    { id: 'raise', category: 'containment', title: 'Raise', description: 'Raise the shield', cost: { staff: 1, budget: 0 }, effects: [{ flag: 'shield', set: true }] },
    { id: 'patch', category: 'recovery', title: 'Patch', description: 'Patch, slowly', cost: { staff: 1, budget: 0 }, effects: [{ metric: 'm', add: 20, delay: 2 }] },
  ],
  rules: [
    { id: 'erode', when: '!shield', effects: [{ metric: 'm', add: -10 }] },
    { id: 'restore', when: 'shield', effects: [{ metric: 'm', add: 5 }] },
  ],
  objectives: [
    { id: 'oFinal', category: 'recovery', title: 'Final', weight: 1, type: 'metric', metric: 'm', aggregate: 'final', target: 100, worst: 0 },
    { id: 'oMean', category: 'recovery', title: 'Mean', weight: 1, type: 'metric', metric: 'm', aggregate: 'mean', target: 100, worst: 0 },
  ],
});

describe('traceGame', () => {
  // patch in turn 1, raise in turn 2.
  const state = playThrough(loaded, [{ decisions: ['patch'] }, { decisions: ['raise'] }, { decisions: [] }, { decisions: [] }]);

  it('splits a rule-driven metric among the world, a flag-setting decision and a delayed effect, by hand', () => {
    // World (no choice): the shield stays down, m ends turns 1-4 at 40, 30, 20, 10:
    //   oFinal 0.10, oMean (40+30+20+10)/4 = 25 → 0.25.
    // + patch@1: +20 at the start of turn 3: 40, 30, 50-10=40, 30:
    //   oFinal 0.30 (share 0.20), oMean 35 → 0.35 (share 0.10).
    // + raise@2 (the game as played): 40, 30+5=45 (the shield is up from turn 2), 45+20+5=70, 75:
    //   oFinal 0.75 (share 0.45), oMean 230/4 = 57.5 → 0.575 (share 0.225).
    expect(state.ending?.id).toBe('time');
    const trace = traceJson(traceGame(loaded, state));
    expect(trace.oFinal!.map((s) => s.cause)).toEqual(['decision:raise@2', 'decision:patch@1', 'world']);
    const final = Object.fromEntries(trace.oFinal!.map((s) => [s.cause, s.share]));
    expect(final.world).toBeCloseTo(0.1, 12);
    expect(final['decision:patch@1']).toBeCloseTo(0.2, 12);
    expect(final['decision:raise@2']).toBeCloseTo(0.45, 12);
    const mean = Object.fromEntries(trace.oMean!.map((s) => [s.cause, s.share]));
    expect(mean.world).toBeCloseTo(0.25, 12);
    expect(mean['decision:patch@1']).toBeCloseTo(0.1, 12);
    expect(mean['decision:raise@2']).toBeCloseTo(0.225, 12);
  });

  it('adds up to each objective\'s score exactly, and the last prefix game is the game as played', () => {
    const scores = score(loaded, state).objectives;
    const trace = traceGame(loaded, state);
    for (const [id, shares] of Object.entries(trace)) expect(Math.abs(shares.reduce((a, s) => a + s.share, 0) - scores[id]!)).toBeLessThan(1e-12);
    const games = prefixGames(loaded, state);
    const all = games.play(games.choices.length);
    expect(all.ok).toBe(true);
    expect(all.state).toEqual(state);
  });

  it('credits a cause that cost points with a negative share', () => {
    const hurt = tiny({
      decisions: [{ id: 'oops', category: 'recovery', title: 'Oops', description: 'Oops', cost: { staff: 1, budget: 0 }, effects: [{ metric: 'm', add: -30, delay: 1 }] }],
    });
    const played = playThrough(hurt, [{ decisions: ['oops'] }, { decisions: [] }, { decisions: [] }, { decisions: [] }]);
    // World: m stays 50 → 0.5; oops takes 30 at the start of turn 2 → 0.2.
    const trace = traceJson(traceGame(hurt, played));
    expect(trace.oM!.map((s) => s.cause)).toEqual(['world', 'decision:oops@1']);
    expect(trace.oM![1]!.share).toBeCloseTo(-0.3, 12);
  });

  it('credits the assessment with the attribution objective, and a released inject with what it did', () => {
    const game = tiny({
      actors: [
        { id: 'a', name: 'A', description: 'A', prior: 1 },
        { id: 'b', name: 'B', description: 'B', prior: 1 },
      ],
      culprit: 'a',
      injects: [{ id: 'help', channel: 'soc', title: 'Help', body: 'Help', optional: true, effects: [{ metric: 'm', add: 10 }] }],
      objectives: [
        { id: 'oM', category: 'recovery', title: 'M', weight: 1, type: 'metric', metric: 'm', aggregate: 'final', target: 100, worst: 0 },
        { id: 'who', category: 'attribution', title: 'Who', weight: 1, type: 'attribution' },
      ],
    });
    const played = playThrough(game, [{ decisions: [], released: ['help'] }, { decisions: [], assessment: { a: 1, b: 0 } }]);
    const trace = traceJson(traceGame(game, played));
    // Priors ½, ½: Brier ¼ + ¼ = ½ → 0.75; the assessment (1, 0) makes it 1: share 0.25.
    expect(trace.who).toEqual([{ cause: 'world', share: 0.75 }, { cause: 'assessment@2', share: 0.25 }]);
    // Not over: both games stop after the two turns played. m 50 → 60 with the release.
    expect(trace.oM!.map((s) => s.cause)).toEqual(['world', 'inject:help@1']);
    expect(trace.oM![1]!.share).toBeCloseTo(0.1, 12);
  });

  it('folds a choice its prefix game refuses into the next one (a state whose log was tampered with; never so in play)', () => {
    const real = playThrough(loaded, [{ decisions: [] }, { decisions: ['raise'] }, { decisions: [] }, { decisions: ['patch'] }]);
    // `raise` again in turn 3: used up (once), so refused where it is added back.
    const tampered = { ...real, log: real.log.map((t, i) => (i === 2 ? { decisions: ['raise'] } : t)) };
    const games = prefixGames(loaded, tampered);
    expect(games.choices.map((c) => causeKey(c.cause))).toEqual(['decision:raise@2', 'decision:raise@3', 'decision:patch@4']);
    expect(games.play(2).ok).toBe(false);
    const trace = traceJson(traceGame(loaded, tampered));
    const scores = score(loaded, real).objectives;
    for (const [id, shares] of Object.entries(trace)) {
      expect(shares.map((s) => s.cause)).not.toContain('decision:raise@3');
      expect(Math.abs(shares.reduce((a, s) => a + s.share, 0) - scores[id]!)).toBeLessThan(1e-12);
    }
  });

  it('names causes as `play --json` prints them', () => {
    expect(causeKey({ kind: 'world' })).toBe('world');
    expect(causeKey({ kind: 'decision', id: 'callIsp', turn: 3 })).toBe('decision:callIsp@3');
    expect(causeKey({ kind: 'inject', id: 'claim', turn: 1 })).toBe('inject:claim@1');
    expect(causeKey({ kind: 'assessment', turn: 4 })).toBe('assessment@4');
  });
});
