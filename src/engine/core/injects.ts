/** Injects: which are due at the start of a turn, and which the facilitator may release (firing is in effects.ts). */
import type { Inject } from '../schema';
import { fireInjectAt } from './effects';
import { countsOf, type Run } from './run';
import type { Condition } from './prepared';

/**
 * Due by its own timing: `at` alone fires at that turn; `when` alone in the first turn it
 * holds; both, at or after `at` once `when` holds. Once only, unless `repeat`.
 */
function isDue(run: Run, inject: Inject, at: number, when: Condition | null): boolean {
  const { state } = run;
  if (!inject.repeat && countsOf(run).fired[at]! > 0) return false;
  const t = state.turn;
  if (inject.at !== undefined && when === null) return t === inject.at;
  if (inject.at !== undefined && t < inject.at) return false;
  return when!(run.ctx);
}

/** Fire the due injects in declaration order, each `when` evaluated when its turn comes. */
export function fireDueInjects(run: Run): void {
  const { timedInjects, timedWhen, timedAt } = run.p;
  for (let i = 0; i < timedInjects.length; i++) {
    const inject = timedInjects[i]!;
    if (isDue(run, inject, timedAt[i]!, timedWhen[i]!)) fireInjectAt(run, timedAt[i]!, 'due');
  }
}

/** Optional injects the facilitator may release now: never fired yet, or repeatable. */
export function releasable(run: Run): string[] {
  const out: string[] = [];
  if (run.state.ending) return out;
  const { fired } = countsOf(run);
  const { optionalInjects, optionalAt } = run.p;
  for (let k = 0; k < optionalInjects.length; k++) {
    const i = optionalInjects[k]!;
    if (i.repeat || fired[optionalAt[k]!] === 0) out.push(i.id);
  }
  return out;
}
