/**
 * Dominance: how much the best line loses without one decision, or without a whole category.
 * First the best line is replayed without it (a lower bound on the best without it); only
 * when that loses more than the threshold is a new search run, so that a loss reported is real.
 */
import { createGame, type LoadedScenario, score } from '../engine';
import { bestLine, type BestResult } from './best';
import type { Work } from './line';
import { planOf, playPlan } from './plan';
import type { Dominance } from './report';

/** A decision or category whose absence costs the best line more than this many points dominates. */
export const DOMINANCE_POINTS = 40;

/** The loss without each decision the best line takes and each category it uses, largest first. */
export function dominance(loaded: LoadedScenario, best: BestResult, seed: number, budget: number, work: Work): Dominance[] {
  const decisions = loaded.scenario.decisions;
  const plan = planOf(loaded, best.state);
  const used = [...new Set(plan.flat())].sort((a, b) => a - b);
  const candidates: { kind: Dominance['kind']; id: string; banned: Set<number> }[] = used.map((i) => ({ kind: 'decision', id: decisions[i]!.id, banned: new Set([i]) }));
  const categories = [...new Set(used.map((i) => decisions[i]!.category))].sort();
  for (const c of categories) {
    candidates.push({ kind: 'category', id: c, banned: new Set(decisions.flatMap((d, i) => (d.category === c ? [i] : []))) });
  }
  const out: Dominance[] = [];
  for (const c of candidates) {
    const repaired = playPlan(loaded, createGame(loaded, seed), plan, c.banned, work);
    let without = score(loaded, repaired).overall;
    if (best.overall - without > DOMINANCE_POINTS) {
      without = Math.max(without, bestLine(loaded, { seed, banned: c.banned, budget }, work).overall);
    }
    out.push({ kind: c.kind, id: c.id, without, loss: best.overall - without });
  }
  return out.sort((a, b) => b.loss - a.loss || (a.kind === b.kind ? 0 : a.kind === 'decision' ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
