/** Why a decision can or cannot be taken at this moment (DESIGN.md: Decision, turn order step 3). */
import type { Decision } from '../schema';
import type { BlockReason } from '../types';
import { countsOf, holds, type Run } from './run';

/** Every reason the decision is not legal now; empty when it is. `chosen` = taken already this turn. */
export function blockReasons(run: Run, d: Decision, chosen: ReadonlySet<string>): BlockReason[] {
  const { state } = run;
  if (state.ending) return [{ code: 'ended' }];
  const reasons: BlockReason[] = [];
  if (chosen.has(d.id)) reasons.push({ code: 'chosen' });
  if (d.when !== undefined && !holds(run, d.when)) reasons.push({ code: 'when' });
  const missing = (d.requires ?? []).filter((id) => (state.taken[id] ?? 0) === 0);
  if (missing.length > 0) reasons.push({ code: 'requires', missing });
  const excluded = (d.excludes ?? []).filter((id) => (state.taken[id] ?? 0) > 0);
  if (excluded.length > 0) reasons.push({ code: 'excludes', taken: excluded });
  const last = state.lastTaken[d.id];
  if (last !== undefined && !chosen.has(d.id)) {
    if (d.once !== false) reasons.push({ code: 'used' });
    else if (state.turn <= last + (d.cooldown ?? 0)) reasons.push({ code: 'cooldown', turns: last + (d.cooldown ?? 0) + 1 - state.turn });
  }
  if (d.cost.staff > state.staffLeft) reasons.push({ code: 'staff', need: d.cost.staff, left: state.staffLeft });
  if (d.cost.budget > state.budgetLeft) reasons.push({ code: 'budget', need: d.cost.budget, left: state.budgetLeft });
  return reasons;
}

/** The same test as `blockReasons(...).length === 0`, without allocating: for simulation's hot loop. */
export function isLegal(run: Run, d: Decision, chosen: ReadonlySet<string>): boolean {
  const i = run.p.decisionIndex.get(d.id);
  return i !== undefined && isLegalAt(run, i, chosen);
}

/** `isLegal` for the decision at `index` in the scenario, from the tables prepared at load. */
export function isLegalAt(run: Run, index: number, chosen: ReadonlySet<string>): boolean {
  const { state } = run;
  const d = run.p.decisionRows[index]!;
  if (state.ending !== null || d.staff > state.staffLeft || d.budget > state.budgetLeft || (chosen.size !== 0 && chosen.has(d.id))) return false;
  const counts = countsOf(run);
  const last = counts.last[index]!;
  if (last !== -Infinity && (d.once || state.turn <= last + d.cooldown)) return false;
  const { taken } = counts;
  const { requiresAt, excludesAt } = d;
  for (let k = 0; k < requiresAt.length; k++) if (taken[requiresAt[k]!] === 0) return false;
  for (let k = 0; k < excludesAt.length; k++) if (taken[excludesAt[k]!]! > 0) return false;
  return d.when === null || d.when(run.ctx);
}
