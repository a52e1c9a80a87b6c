/** The analyser on planted defects: each found by exactly the right finding, a clean scenario left alone. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import type { AnalysisReport } from '../../src/authoring/report';
import { replay } from '../../src/engine/log';
import { score } from '../../src/engine/score';
import { loadScenarioObject } from '../../src/engine/load';
import { bundledFiles, loadBundled } from '../engine/bundled';
import { fixture, fixtureText } from './helpers';

const RUNS = 300;
const reports = new Map<string, Promise<AnalysisReport>>();
const report = (name: string) => {
  if (!reports.has(name)) reports.set(name, analyse(fixture(name), { runs: RUNS, seed: 1 }));
  return reports.get(name)!;
};

describe('planted defects', () => {
  it.each([
    ['unreachable-decision', 'decision-never-legal', 'escalate', '/decisions/6'],
    ['silent-inject', 'inject-never-fired', 'riot', '/injects/3'],
    ['unreachable-ending', 'ending-never-reached', 'miracle', '/endings/2'],
    ['dead-rule', 'rule-never-fires', 'overload', '/rules/2'],
    ['dominant-decision', 'dominant-decision', 'silverBullet', '/decisions/6'],
    ['uninformative-evidence', 'evidence-uninformative', 'claim', '/evidence/1'],
  ])('%s: exactly one finding, %s on "%s"', async (name, code, id, pointer) => {
    const r = await report(name);
    expect(r.findings.map((f) => [f.code, f.params.id, f.pointer])).toEqual([[code, id, pointer]]);
  });

  it('a clean scenario gets no finding at all', async () => {
    const r = await report('clean');
    expect(r.findings).toEqual([]);
    expect(r.unreached).toEqual([]);
  });

  it('a dominant decision: the best line without it loses more than 40 points (the bullet objective weighs 20 of 33)', async () => {
    const r = await report('dominant-decision');
    const d = r.dominance.find((x) => x.id === 'silverBullet')!;
    expect(d.loss).toBeGreaterThan(40);
    // Without the bullet, the other objectives weigh 13 of 33: at most 39.4 points are left.
    expect(d.without).toBeLessThanOrEqual((100 * 13) / 33 + 1e-9);
    expect(r.best.score.objectives.bullet).toBe(1);
  });

  it('uninformative evidence leaves the expected posterior at the prior; informative evidence raises it', async () => {
    const a = (await report('uninformative-evidence')).attribution!;
    // Two actors with equal priors: the prior on the truth is 0.5.
    expect(a.prior).toBeCloseTo(0.5, 12);
    expect(a.byEvidence.find((e) => e.id === 'claim')!.posterior).toBeCloseTo(0.5, 12);
    // logs: found with 0.8 under A, 0.2 under B. E[post on truth] = 0.8·0.8 + 0.2·0.2 = 0.68.
    expect(a.byEvidence.find((e) => e.id === 'logs')!.posterior).toBeCloseTo(0.68, 12);
    expect(a.posterior).toBeCloseTo(0.68, 12);
  });
});

describe('the best line', () => {
  it.each(['clean', 'dominant-decision'])('%s: replays through the engine to exactly the score claimed', async (name) => {
    const r = await report(name);
    const loaded = fixture(name);
    const replayed = replay(loaded, r.best.log);
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(score(loaded, replayed.value)).toEqual(r.best.score);
    expect(replayed.value.ending?.id ?? null).toBe(r.best.ending);
  });

  it('is at least as good as the reference line, and far above random play', async () => {
    const r = await report('clean');
    expect(r.reference!.legal).toBe(true);
    expect(r.best.score.overall).toBeGreaterThanOrEqual(r.reference!.score!.overall);
    expect(r.best.score.overall - r.distribution.overall.median).toBeGreaterThan(10);
  });
});

describe('determinism and reach', () => {
  it('the same seed gives the same report, byte for byte; another seed another one', async () => {
    const a = JSON.stringify(await analyse(fixture('clean'), { runs: 120, seed: 9 }));
    const b = JSON.stringify(await analyse(fixture('clean'), { runs: 120, seed: 9 }));
    const c = JSON.stringify(await analyse(fixture('clean'), { runs: 120, seed: 10 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('the distribution covers every run, in order of score', async () => {
    const r = await report('clean');
    const d = r.distribution.overall;
    expect(r.coverage.runs).toBe(RUNS);
    expect(d.min).toBeLessThanOrEqual(d.median);
    expect(d.median).toBeLessThanOrEqual(d.p90);
    expect(d.p90).toBeLessThanOrEqual(d.max);
    expect(Object.values(r.coverage.endings).reduce((a, b) => a + b, 0)).toBe(RUNS);
  });

  it('the directed search reaches what a few random games miss, and does not report it', async () => {
    // The "recovered" ending needs service ≥ 95 from turn 4: patch, then restore every other turn.
    const loaded = loadScenarioObject(JSON.parse(fixtureText('clean')));
    if (!loaded.ok) throw new Error('clean fixture');
    const r = await analyse(loaded.value, { runs: 5, seed: 1 });
    expect(r.coverage.endings.recovered).toBe(0);
    expect(r.reachedBySearch).toContainEqual({ kind: 'ending', id: 'recovered' });
    expect(r.findings.filter((f) => f.code === 'ending-never-reached')).toEqual([]);
  });

  it('reports progress forward only, ending at the total', async () => {
    const seen: [number, number][] = [];
    await analyse(fixture('clean'), { runs: 200, seed: 1 }, { progress: (done, total) => seen.push([done, total]) });
    const total = seen[0]![1];
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((x, y) => x - y));
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });
});

describe('the other findings, on small changes to the clean scenario', () => {
  const variant = (patch: (s: Record<string, any>) => void) => {
    const s = JSON.parse(fixtureText('clean'));
    patch(s);
    const r = loadScenarioObject(s);
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.pointer}: ${e.message}`).join('\n'));
    return analyse(r.value, { runs: 200, seed: 1 });
  };
  const objective = (id: string, value: string) => ({ id, category: 'recovery', title: id, weight: 1, type: 'expr', value });
  const bullet = (id: string) => ({ id, category: 'recovery', title: id, description: id, cost: { staff: 1, budget: 0 }, effects: [{ metric: 'trust', add: 1 }] });

  it.each([
    ['an objective always lost', (s: any) => s.objectives.push(objective('never', 'service > 100')), [['objective-never-above-0', 'never']]],
    ['an objective always won', (s: any) => s.objectives.push(objective('always', 'service >= 0')), [['objective-never-below-1', 'always']]],
    ['an objective that never varies', (s: any) => s.objectives.push(objective('half', '0.5')), [['objective-constant', 'half']]],
    [
      'evidence nothing can reveal in play',
      (s: any) => {
        s.evidence.push({ id: 'rumour', title: 'Rumour', body: 'b', source: 's', likelihood: { groupA: 0.7, groupB: 0.1 } });
        s.decisions.push({ ...bullet('listen'), category: 'attribution', when: 'trust > 100', effects: [{ reveal: 'rumour' }] });
      },
      [['decision-never-legal', 'listen'], ['evidence-never-searched', 'rumour']],
    ],
    [
      'a category that dominates through two interchangeable decisions',
      (s: any) => {
        s.decisions.push(bullet('bulletA'), bullet('bulletB'));
        s.objectives.push({ ...objective('bullets', 'taken(bulletA) + taken(bulletB) > 0'), weight: 20 });
      },
      [['dominant-category', 'recovery']],
    ],
    [
      'a reference line that breaks a rule',
      (s: any) => (s.reference.plays[0].decisions = ['restore', 'statement']),
      [['reference-illegal', undefined]],
    ],
  ])('%s', async (_, patch, expected) => {
    const r = await variant(patch);
    expect(r.findings.map((f) => [f.code, f.params.id])).toEqual(expected);
  });

  it('choices that hardly matter', async () => {
    const r = await variant((s) => {
      for (const o of s.objectives) o.weight = 0.01;
      s.objectives.push({ ...objective('free', '0.5 + 0.01 * trust / 100'), weight: 100 });
    });
    expect(r.findings.map((f) => f.code)).toContain('choices-dont-matter');
  });
});

describe('bundled scenarios', () => {
  it.each(bundledFiles())('%s: analyses, and its best line replays to the score claimed', async (file) => {
    const loaded = loadBundled(file);
    const r = await analyse(loaded, { runs: 100, seed: 2, searchBudget: 3000 });
    const replayed = replay(loaded, r.best.log);
    expect(replayed.ok && score(loaded, replayed.value).overall).toBe(r.best.score.overall);
    expect(r.best.score.overall).toBeGreaterThan(r.distribution.overall.median);
  }, 60_000);
});
