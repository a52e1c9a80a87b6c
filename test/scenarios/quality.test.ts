/**
 * The scenario library's quality bar (issue 5), computed by the analyser on each bundled scenario.
 * Seeded, so each figure is deterministic; run counts kept small enough for the file to stay quick.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import type { AnalysisReport } from '../../src/authoring/report';
import { loadScenario } from '../../src/engine/load';
import { SCENARIO_DIR, bundledFiles, loadBundled } from '../engine/bundled';

const RUNS = 400;
const SEED = 7;

/** The public claim in each scenario: by design, it must teach nothing about the culprit. */
const CLAIMS: Record<string, string> = {
  'tutorial.json': 'telegramClaim',
  'la-poste-ddos.json': 'claimPost',
  'ministere-interieur-messagerie.json': 'indraClaim',
  'ferry-corse-rat.json': 'telegramClaim',
  'semaine-hybride.json': 'blackWeekClaim',
};

const reports = new Map<string, Promise<AnalysisReport>>();
const report = (file: string) => {
  if (!reports.has(file)) reports.set(file, analyse(loadBundled(file), { runs: RUNS, seed: SEED }));
  return reports.get(file)!;
};

it('every bundled scenario is covered by this file', () => {
  expect(bundledFiles().filter((f) => !(f in CLAIMS))).toEqual([]);
});

describe.each(Object.keys(CLAIMS))('%s', (file) => {
  it('passes the checker with no warning', () => {
    const path = join(SCENARIO_DIR, file);
    const r = loadScenario(readFileSync(path, 'utf8'), path);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toEqual([]);
  });

  it('every decision is legal at some point, every inject fires, every ending is reached', async () => {
    const r = await report(file);
    expect(r.unreached).toEqual([]);
    const loaded = loadBundled(file);
    const reachedBySearch = new Set(r.reachedBySearch.map((t) => `${t.kind}:${t.id}`));
    for (const d of loaded.scenario.decisions) {
      const byRandom = (r.coverage.decisions[d.id]?.legal ?? 0) > 0;
      expect(byRandom || reachedBySearch.has(`decision:${d.id}`), d.id).toBe(true);
    }
    for (const e of loaded.scenario.endings) {
      const byRandom = (r.coverage.endings[e.id] ?? 0) > 0;
      expect(byRandom || reachedBySearch.has(`ending:${e.id}`), e.id).toBe(true);
    }
    for (const i of loaded.scenario.injects) {
      const byRandom = (r.coverage.injects[i.id] ?? 0) > 0;
      expect(byRandom || reachedBySearch.has(`inject:${i.id}`), i.id).toBe(true);
    }
  });

  it('the analyser finds nothing but the claim, declared uninformative: a note, not a warning', async () => {
    const r = await report(file);
    expect(r.findings.map((f) => `${f.severity}:${f.code}:${f.params.id}`)).toEqual([`note:evidence-uninformative-by-design:${CLAIMS[file]}`]);
  });

  it('random legal play scores a median of at most 45', async () => {
    expect((await report(file)).distribution.overall.median).toBeLessThanOrEqual(45);
  });

  it('the reference line is legal and scores at least 85; the best line found scores at least as much', async () => {
    const r = await report(file);
    expect(r.reference?.legal).toBe(true);
    const ref = r.reference!.score!.overall;
    expect(ref).toBeGreaterThanOrEqual(85);
    expect(r.best.score.overall).toBeGreaterThanOrEqual(ref);
  });

  it('no single decision dominates: the best line without any one of them loses at most 40 points', async () => {
    const r = await report(file);
    const decisions = r.dominance.filter((d) => d.kind === 'decision');
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(d.loss, d.id).toBeLessThanOrEqual(40);
  });

  it('attribution is learnable: the full investigation lifts the culprit above 0.7, the claim alone leaves the prior', async () => {
    const a = (await report(file)).attribution!;
    expect(a.posterior).toBeGreaterThan(0.7);
    const claim = a.byEvidence.find((e) => e.id === CLAIMS[file])!;
    expect(claim.informative).toBe(false);
    expect(claim.posterior).toBeCloseTo(a.prior, 9);
  });
});
