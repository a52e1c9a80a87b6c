/** From the random-play tally to the report's figures: coverage, distribution, targets reached. */
import { type Category, type LoadedScenario, ownValue } from '../engine';
import type { Reach } from './reach';
import type { AnalysisReport, Coverage, Target } from './report';
import { stats } from './stats';
import type { Tally } from './tally';

/** Whether random play reached a target. */
export function reachedByRandom(loaded: LoadedScenario, t: Tally): (target: Target) => boolean {
  const s = loaded.scenario;
  const pos = <T extends { id: string }>(list: readonly T[], id: string) => list.findIndex((x) => x.id === id);
  return (target) => {
    switch (target.kind) {
      case 'decision':
        return t.legal[pos(s.decisions, target.id)]! > 0;
      case 'inject':
        return t.injects[pos(s.injects, target.id)]! > 0;
      case 'rule':
        return t.rules[pos(s.rules, target.id)]! > 0;
      case 'ending':
        return (ownValue(t.endings, target.id) ?? 0) > 0;
      case 'evidence':
        return t.searched[pos(s.evidence, target.id)]! > 0;
      case 'objectiveAbove0':
        return t.objMax[pos(s.objectives, target.id)]! > 0;
      case 'objectiveBelow1':
        return t.objMin[pos(s.objectives, target.id)]! < 1;
    }
  };
}

/** The tally by id (every declared ending, and `time`). */
export function coverageOf(loaded: LoadedScenario, t: Tally): Coverage {
  const s = loaded.scenario;
  const endings: Record<string, number> = {};
  for (const e of s.endings) endings[e.id] = ownValue(t.endings, e.id) ?? 0;
  endings.time = ownValue(t.endings, 'time') ?? 0;
  return {
    runs: t.runs,
    decisions: Object.fromEntries(s.decisions.map((d, i) => [d.id, { legal: t.legal[i]!, taken: t.taken[i]! }])),
    injects: Object.fromEntries(s.injects.map((x, i) => [x.id, t.injects[i]!])),
    rules: Object.fromEntries(s.rules.map((x, i) => [x.id, t.rules[i]!])),
    endings,
    evidence: Object.fromEntries(s.evidence.map((x, i) => [x.id, { searched: t.searched[i]!, found: t.found[i]! }])),
    objectives: Object.fromEntries(
      s.objectives.map((o, i) => [o.id, t.runs > 0 ? { min: t.objMin[i]!, max: t.objMax[i]!, mean: t.objSum[i]! / t.runs } : { min: 0, max: 0, mean: 0 }]),
    ),
  };
}

/** Score statistics of random play, overall and per category. */
export function distributionOf(t: Tally): AnalysisReport['distribution'] {
  const categories: AnalysisReport['distribution']['categories'] = {};
  for (const [c, list] of Object.entries(t.categories)) categories[c as Category] = stats(list);
  return { overall: stats(t.overall), categories };
}

/** Objectives whose score was the same in every game played, strictly between 0 and 1 (0 and 1 are reachability findings). */
export function constantObjectives(loaded: LoadedScenario, t: Tally, reach: Reach): { id: string; value: number }[] {
  if (t.runs === 0) return [];
  return loaded.scenario.objectives.flatMap((o, i) => {
    const v = t.objMin[i]!;
    const searched = reach.objectiveRange(o.id);
    const same = t.objMax[i] === v && (!searched || (searched.min === v && searched.max === v));
    return same && v > 0 && v < 1 ? [{ id: o.id, value: v }] : [];
  });
}
