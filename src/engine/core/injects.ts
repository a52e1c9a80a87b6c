/** Injects: which are due at the start of a turn, and which the facilitator may release (firing is in effects.ts). */
import type { Inject } from '../schema';
import { fireInject } from './effects';
import { holds, type Run } from './run';

/**
 * Due by its own timing: `at` alone fires at that turn; `when` alone in the first turn it
 * holds; both, at or after `at` once `when` holds. Once only, unless `repeat`.
 */
function isDue(run: Run, inject: Inject): boolean {
  const { state } = run;
  if (!inject.repeat && (state.fired[inject.id] ?? 0) > 0) return false;
  const t = state.turn;
  if (inject.at !== undefined && inject.when === undefined) return t === inject.at;
  if (inject.at !== undefined && t < inject.at) return false;
  return holds(run, inject.when!);
}

/** Fire the due injects in declaration order, each `when` evaluated when its turn comes. */
export function fireDueInjects(run: Run): void {
  for (const inject of run.p.timedInjects) {
    if (isDue(run, inject)) fireInject(run, inject.id, 'due');
  }
}

/** Optional injects the facilitator may release now: never fired yet, or repeatable. */
export function releasable(run: Run): string[] {
  if (run.state.ending) return [];
  return run.loaded.scenario.injects
    .filter((i) => i.optional && (i.repeat || (run.state.fired[i.id] ?? 0) === 0))
    .map((i) => i.id);
}
