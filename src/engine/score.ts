/** Scoring (DESIGN.md "Objective" and "Scoring details"): each objective 0..1, categories and overall 0..100. */
import { currentAssessment } from './attribution';
import { makeRun, numberOf, type Run } from './core/run';
import type { LoadedScenario } from './loaded';
import type { Objective } from './schema';
import type { GameState } from './state';
import type { Contribution, ScoreResult } from './types';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0);

/** The score of every objective, of each category that has one, and overall. */
export function score(loaded: LoadedScenario, state: GameState): ScoreResult {
  const objectives: Record<string, number> = {};
  const sums = new Map<string, { w: number; ws: number }>();
  let w = 0;
  let ws = 0;
  // One run for the objectives that are expressions, made when the first needs it.
  let run: Run | null = null;
  const runOf = () => (run ??= makeRun(loaded, state));
  for (const o of loaded.scenario.objectives) {
    const s = scoreOf(loaded, state, o, runOf);
    objectives[o.id] = s;
    const c = sums.get(o.category) ?? { w: 0, ws: 0 };
    c.w += o.weight;
    c.ws += o.weight * s;
    sums.set(o.category, c);
    w += o.weight;
    ws += o.weight * s;
  }
  const categories: ScoreResult['categories'] = {};
  for (const [cat, c] of sums) categories[cat as keyof ScoreResult['categories']] = (100 * c.ws) / c.w;
  return { overall: w > 0 ? (100 * ws) / w : 0, categories, objectives };
}

/** One objective's score in 0..1 for the game as it stands. */
export function objectiveScore(loaded: LoadedScenario, state: GameState, o: Objective): number {
  return scoreOf(loaded, state, o, () => makeRun(loaded, state));
}

/** `objectiveScore`, an expression evaluated in the run `runOf` gives. */
function scoreOf(loaded: LoadedScenario, state: GameState, o: Objective, runOf: () => Run): number {
  switch (o.type) {
    case 'metric':
      return clamp01((aggregate(state, o.metric, o.aggregate) - o.worst) / (o.target - o.worst));
    case 'deadline': {
      const first = state.firstTaken[o.decision];
      if (first === undefined) return 0;
      if (first <= o.by) return 1;
      const late = o.late ?? o.by;
      return late > o.by ? clamp01(1 - (first - o.by) / (late - o.by)) : 0;
    }
    case 'avoid':
      if (o.decision !== undefined && (state.taken[o.decision] ?? 0) > 0) return 0;
      return state.violated[o.id] ? 0 : 1;
    case 'attribution': {
      const a = currentAssessment(loaded, state);
      let brier = 0;
      for (const actor of loaded.scenario.actors) brier += ((a[actor.id] ?? 0) - (actor.id === state.culprit ? 1 : 0)) ** 2;
      return clamp01(1 - brier / 2);
    }
    case 'expr':
      return clamp01(numberOf(runOf(), o.value));
  }
}

/** The metric's final value, or its lowest, highest or mean value over the turns recorded (the same sums in the same order as over a list of them). */
function aggregate(state: GameState, metric: string, how: 'final' | 'mean' | 'min' | 'max'): number {
  const history = state.history;
  if (how === 'final' || history.length === 0) return state.metrics[metric]!;
  if (how === 'mean') {
    let sum = 0;
    for (const h of history) sum += h.metrics[metric]!;
    return sum / history.length;
  }
  // Math.min(a, b, c) is Math.min(Math.min(Math.min(Infinity, a), b), c), NaN and -0 included.
  const pick = how === 'min' ? Math.min : Math.max;
  let v = how === 'min' ? Infinity : -Infinity;
  for (const h of history) v = pick(v, h.metrics[metric]!);
  return v;
}

/**
 * What moved an objective: for a metric objective, the net change each cause made to its
 * metric; for a deadline or avoid on a decision, that decision when taken.
 */
export function explainObjective(loaded: LoadedScenario, state: GameState, objectiveId: string): Contribution[] {
  const o = loaded.scenario.objectives.find((x) => x.id === objectiveId);
  if (!o) return [];
  if (o.type === 'metric') {
    const byCause = new Map<string, Contribution>();
    for (const c of state.changes) {
      if (c.metric !== o.metric) continue;
      const key = `${c.cause.kind}:${c.cause.id}`;
      const entry = byCause.get(key) ?? { cause: c.cause, delta: 0 };
      entry.delta += c.to - c.from;
      byCause.set(key, entry);
    }
    return [...byCause.values()].filter((c) => c.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  }
  if ((o.type === 'deadline' || o.type === 'avoid') && o.decision !== undefined) {
    const turn = state.firstTaken[o.decision];
    return turn === undefined ? [] : [{ cause: { kind: 'decision', id: o.decision, turn }, delta: 1 }];
  }
  return [];
}
