/** Applying effects: metrics, flags, evidence draws, injects, endings, with delay and for. */
import type { Effect } from '../schema';
import type { Cause, FiredInject, ScheduledEffect } from '../state';
import { draw, type Run } from './run';
import { ownValue } from '../records';
import type { EffectPlan } from './prepared';

function schedule(run: Run, turn: number, entry: Omit<ScheduledEffect, 'turn' | 'seq'>): void {
  run.state.scheduled.push({ turn, seq: run.state.nextSeq++, ...entry });
}

/** Apply effects one after another, each evaluated when it applies; `plans` are theirs, prepared at load. */
export function applyEffects(run: Run, effects: readonly Effect[] | undefined, plans: readonly EffectPlan[], cause: Cause): void {
  if (!effects) return;
  for (let i = 0; i < effects.length; i++) applyPlanned(run, effects[i]!, plans[i]!, cause, i, false);
}

/**
 * Apply one effect now, or schedule it when it carries a `delay` (or is an inject sent
 * for the next turn). `fromSchedule` marks an effect whose delay has just ended.
 */
export function applyEffect(run: Run, effect: Effect, cause: Cause, index: number, fromSchedule: boolean): void {
  applyPlanned(run, effect, run.p.effectPlan(effect), cause, index, fromSchedule);
}

/** `applyEffect` with the effect's plan at hand. */
function applyPlanned(run: Run, effect: Effect, plan: EffectPlan, cause: Cause, index: number, fromSchedule: boolean): void {
  const { state } = run;
  const t = state.turn;
  if (!fromSchedule && plan.delay !== undefined) {
    schedule(run, t + plan.delay, { effect, cause, effectIndex: index });
    return;
  }
  switch (plan.kind) {
    case 0:
    case 1: {
      const raw = plan.kind === 0 ? state.metrics[plan.target]! + plan.amount(run.ctx) : plan.amount(run.ctx);
      const changed = changeMetric(run, plan.target, plan.at, plan.min, plan.max, raw, cause, index, fromSchedule ? 'delay' : undefined);
      if (plan.kind === 0 && plan.for !== undefined && changed !== 0) {
        schedule(run, t + plan.for, { effect, cause, effectIndex: index, undo: { metric: plan.target, amount: changed } });
      }
      return;
    }
    case 2:
      if (state.flags[plan.target] !== plan.flagValue) {
        state.flags[plan.target] = plan.flagValue;
        run.ctx.flagSet(plan.at, plan.flagValue);
        state.flagChanges.push({ turn: t, flag: plan.target, value: plan.flagValue, cause, effect: index });
      }
      return;
    case 3:
      reveal(run, plan.target, cause);
      return;
    case 4:
      if (fromSchedule) fireInject(run, plan.target, 'effect');
      else schedule(run, t + 1, { effect, cause, effectIndex: index });
      return;
    default:
      if (run.pendingEnd === null) run.pendingEnd = plan.target;
  }
}

/** Fire an inject now (here, not in injects.ts: its effects may send injects in turn): it counts as fired, joins the feed, and its effects apply. */
export function fireInject(run: Run, id: string, via: FiredInject['via']): void {
  fireInjectAt(run, run.p.injectIndex.get(id)!, via);
}

/** `fireInject` for the inject at `at` in the scenario's list (no lookup by id). */
export function fireInjectAt(run: Run, at: number, via: FiredInject['via']): void {
  const { state } = run;
  const inject = run.p.injectList[at]!;
  const id = inject.id;
  state.fired[id] = (state.fired[id] ?? 0) + 1;
  if (run.counts !== null) run.counts.fired[at]!++;
  state.lastFired[id] = state.turn;
  state.feed.push({ turn: state.turn, inject: id, via });
  if (inject.effects) applyEffects(run, inject.effects, run.p.injectPlans[at]!, { kind: 'inject', id, turn: state.turn });
}

/** Set a metric, clamped to its bounds; records the change with its cause and returns the delta. */
export function setMetric(run: Run, id: string, raw: number, cause: Cause, index: number, via?: 'delay' | 'undo'): number {
  const m = run.p.metrics.get(id)!;
  return changeMetric(run, id, run.p.metricIndex.get(id)!, m.min, m.max, raw, cause, index, via);
}

/** `setMetric` with the metric's position and bounds already at hand. */
function changeMetric(run: Run, id: string, at: number, min: number, max: number, raw: number, cause: Cause, index: number, via: 'delay' | 'undo' | undefined): number {
  const { state } = run;
  const from = state.metrics[id]!;
  const to = Math.min(max, Math.max(min, Number.isFinite(raw) ? raw : from));
  if (to === from) return 0;
  state.metrics[id] = to;
  run.ctx.metricSet(at, to);
  state.changes.push(via ? { turn: state.turn, metric: id, from, to, cause, effect: index, via } : { turn: state.turn, metric: id, from, to, cause, effect: index });
  return to - from;
}

/** Search for evidence: one draw against the culprit's likelihood (0.5 when the actor is not listed). */
function reveal(run: Run, id: string, cause: Cause): void {
  const { state } = run;
  const ev = run.p.evidence.get(id)!;
  const p = state.culprit === null ? 0.5 : (ownValue(ev.likelihood, state.culprit) ?? 0.5);
  const found = draw(run) < p;
  state.searched[id] = true;
  if (found) state.found[id] = true;
  state.searches.push({ turn: state.turn, evidence: id, found, cause });
}

/** Apply the effects scheduled for the current turn, in the order they were scheduled. */
export function applyScheduled(run: Run): void {
  const { state } = run;
  if (!state.scheduled.some((s) => s.turn === state.turn)) return;
  const due = state.scheduled.filter((s) => s.turn === state.turn);
  state.scheduled = state.scheduled.filter((s) => s.turn !== state.turn);
  due.sort((a, b) => a.seq - b.seq);
  for (const s of due) {
    if (s.undo) {
      const current = state.metrics[s.undo.metric]!;
      setMetric(run, s.undo.metric, current - s.undo.amount, s.cause, s.effectIndex, 'undo');
    } else {
      applyEffect(run, s.effect, s.cause, s.effectIndex, true);
    }
  }
}
