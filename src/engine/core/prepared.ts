/** Lookup tables derived once from a checked scenario, when it is loaded (no cache: the engine keeps no module state). */
import type { Evaluator, ExprContext } from '../expr/types';
import { toBoolean, toNumber } from '../expr/types';
import { resultType } from '../expr/closures';
import type { Actor, Decision, Effect, Ending, Evidence, Inject, Metric, Objective, Rule, Scenario } from '../schema';

/** A condition compiled once at load: the expression's closure and its truth, in one call. */
export type Condition = (c: ExprContext) => boolean;

/** A number-or-expression value compiled once: a constant, or the expression's closure as a number. */
export type Amount = (c: ExprContext) => number;

/** An effect read once at load: its kind as a small number, its target, its amount compiled. */
export interface EffectPlan {
  /** 0 metric add, 1 metric set, 2 flag, 3 reveal, 4 inject, 5 end. */
  readonly kind: 0 | 1 | 2 | 3 | 4 | 5;
  readonly delay: number | undefined;
  readonly for: number | undefined;
  /** The metric, flag, evidence, inject or ending named. */
  readonly target: string;
  /** The metric's or flag's position in the scenario (-1 for the other kinds). */
  readonly at: number;
  readonly min: number;
  readonly max: number;
  readonly amount: Amount;
  readonly flagValue: boolean;
}

/** A decision's legality tests, read once from the scenario (no optional chains or lookups in the hot loop). */
export interface DecisionRow {
  readonly decision: Decision;
  readonly id: string;
  readonly staff: number;
  readonly budget: number;
  /** `once` (the default): taken once, never again. Otherwise the cooldown in turns. */
  readonly once: boolean;
  readonly cooldown: number;
  readonly requires: readonly string[];
  readonly excludes: readonly string[];
  /** The same, as positions in the scenario's decisions (a checked scenario names decisions only). */
  readonly requiresAt: readonly number[];
  readonly excludesAt: readonly number[];
  readonly when: Condition | null;
  /** Each outcome's weight, compiled (empty without outcomes). */
  readonly weights: readonly Amount[];
  /** The plans of its effects, and of each outcome's effects. */
  readonly plans: readonly EffectPlan[];
  readonly outcomePlans: readonly (readonly EffectPlan[])[];
}

export interface Prepared {
  totalTurns: number;
  startMs: number;
  /** minutesAt[t] = simulated minutes at the start of turn t (index 0 unused). */
  minutesAt: number[];
  metrics: Map<string, Metric>;
  /** Metric and flag ids in scenario order, and each one's position (the order of compiled leaves' positions). */
  metricIds: string[];
  /**
   * A new game's metrics and flags, `{ id: initial }` in declaration order, copied by each game.
   * Made with `Object.fromEntries`, these are objects with V8's fast properties, and so are
   * their copies with spread (a dozen ids or more added one by one to `{}` make a dictionary
   * instead, which spread copies about fifty times slower: the history copies both every turn).
   */
  initialMetrics: Readonly<Record<string, number>>;
  initialFlags: Readonly<Record<string, boolean>>;
  metricIndex: Map<string, number>;
  flagIds: string[];
  flagIndex: Map<string, number>;
  decisions: Map<string, Decision>;
  injects: Map<string, Inject>;
  evidence: Map<string, Evidence>;
  endings: Map<string, Ending>;
  rules: Map<string, Rule>;
  actors: Actor[];
  /** Normalised priors, in actor order. */
  priors: number[];
  /** Every inject and its id in scenario order, and each id's position. */
  injectList: readonly Inject[];
  injectIds: string[];
  injectIndex: Map<string, number>;
  /** Injects that can fire by their own timing, in declaration order, with their `when` compiled and their position. */
  timedInjects: Inject[];
  timedAt: number[];
  timedWhen: (Condition | null)[];
  /** Per decision, in scenario order, and each decision's position. */
  decisionRows: DecisionRow[];
  decisionIndex: Map<string, number>;
  /** Rules' and endings' conditions in scenario order (null: an ending without `when`). */
  ruleWhen: Condition[];
  /** The plans of each rule's and each inject's effects, in scenario order. */
  rulePlans: (readonly EffectPlan[])[];
  injectPlans: (readonly EffectPlan[])[];
  endingWhen: (Condition | null)[];
  /** `avoid` objectives with `when`, in scenario order. */
  avoids: { objective: Objective; when: Condition }[];
  /** Optional injects in scenario order (the facilitator's), and their positions. */
  optionalInjects: Inject[];
  optionalAt: number[];
  expr(source: string): Evaluator;
  /** The plan of an effect of the scenario (or, for an effect read from a saved state, made now). */
  effectPlan(effect: Effect): EffectPlan;
}

const ZERO: Amount = () => 0;

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** The tables for a scenario and its compiled expressions; `loadScenario` computes them once. */
export function prepare(s: Scenario, exprs: ReadonlyMap<string, Evaluator>): Prepared {
  const totalTurns = s.clock.phases.reduce((n, ph) => n + ph.turns, 0);
  const minutesAt = [0];
  let minutes = 0;
  for (const ph of s.clock.phases) {
    for (let i = 0; i < ph.turns; i++) {
      minutesAt.push(minutes);
      minutes += ph.minutesPerTurn;
    }
  }
  minutesAt.push(minutes);
  const priorSum = s.actors.reduce((n, a) => n + a.prior, 0);
  const condition = (source: string): Condition => {
    const e = exprs.get(source);
    if (!e) throw new Error(`expression not compiled: ${source}`);
    // A closure known to give a boolean is the condition itself: no wrapper call per evaluation.
    return resultType(e) === 'boolean' ? (e as Condition) : (c) => toBoolean(e(c));
  };
  const metrics = byId(s.metrics);
  const metricIndex = new Map(s.metrics.map((m, i) => [m.id, i]));
  const flagIndex = new Map(s.flags.map((f, i) => [f.id, i]));
  const amount = (value: number | string): Amount => {
    if (typeof value === 'number') return () => value;
    const e = exprs.get(value);
    if (!e) throw new Error(`expression not compiled: ${value}`);
    return resultType(e) === 'number' ? (e as Amount) : (c) => toNumber(e(c));
  };
  const plan = (e: Effect): EffectPlan => {
    const common = { delay: e.delay, for: e.for, at: -1, min: 0, max: 0, amount: ZERO, flagValue: false };
    if ('metric' in e) {
      const m = metrics.get(e.metric)!;
      const add = 'add' in e;
      return { ...common, kind: add ? 0 : 1, target: e.metric, at: metricIndex.get(e.metric)!, min: m.min, max: m.max, amount: amount(add ? e.add : e.set) };
    }
    if ('flag' in e) return { ...common, kind: 2, target: e.flag, at: flagIndex.get(e.flag)!, flagValue: e.set };
    if ('reveal' in e) return { ...common, kind: 3, target: e.reveal };
    if ('inject' in e) return { ...common, kind: 4, target: e.inject };
    return { ...common, kind: 5, target: e.end };
  };
  const plans = new WeakMap<Effect, EffectPlan>();
  const NO_PLANS: readonly EffectPlan[] = [];
  const planAll = (effects: readonly Effect[] | undefined): readonly EffectPlan[] => {
    if (!effects) return NO_PLANS;
    const list = effects.map((e) => {
      const made = plan(e);
      plans.set(e, made);
      return made;
    });
    return list;
  };
  const decisionPlans = s.decisions.map((d) => planAll(d.effects));
  const outcomePlans = s.decisions.map((d) => (d.outcomes ?? []).map((o) => planAll(o.effects)));
  const injectPlans = s.injects.map((i) => planAll(i.effects));
  const rulePlans = s.rules.map((r) => planAll(r.effects));
  const decisionIndex = new Map(s.decisions.map((d, i) => [d.id, i]));
  const decisionAt = (id: string): number => {
    const i = decisionIndex.get(id);
    if (i === undefined) throw new Error(`unknown decision: ${id}`);
    return i;
  };
  const timedInjects = s.injects.filter((i) => !i.optional && (i.at !== undefined || i.when !== undefined));
  return {
    totalTurns,
    startMs: Date.parse(s.clock.start),
    minutesAt,
    metrics,
    metricIds: s.metrics.map((m) => m.id),
    initialMetrics: Object.fromEntries(s.metrics.map((m) => [m.id, m.initial])),
    initialFlags: Object.fromEntries(s.flags.map((f) => [f.id, f.initial])),
    metricIndex,
    flagIds: s.flags.map((f) => f.id),
    flagIndex,
    decisions: byId(s.decisions),
    injects: byId(s.injects),
    evidence: byId(s.evidence),
    endings: byId(s.endings),
    rules: byId(s.rules),
    actors: s.actors,
    priors: s.actors.map((a) => a.prior / priorSum),
    injectList: s.injects,
    injectIds: s.injects.map((i) => i.id),
    injectIndex: new Map(s.injects.map((x, i) => [x.id, i])),
    timedInjects,
    timedAt: timedInjects.map((i) => s.injects.indexOf(i)),
    timedWhen: timedInjects.map((i) => (i.when === undefined ? null : condition(i.when))),
    decisionRows: s.decisions.map((d, i) => ({
      decision: d,
      id: d.id,
      staff: d.cost.staff,
      budget: d.cost.budget,
      once: d.once !== false,
      cooldown: d.cooldown ?? 0,
      requires: d.requires ?? [],
      excludes: d.excludes ?? [],
      requiresAt: (d.requires ?? []).map((id) => decisionAt(id)),
      excludesAt: (d.excludes ?? []).map((id) => decisionAt(id)),
      when: d.when === undefined ? null : condition(d.when),
      weights: (d.outcomes ?? []).map((o) => amount(o.weight)),
      plans: decisionPlans[i]!,
      outcomePlans: outcomePlans[i]!,
    })),
    decisionIndex,
    ruleWhen: s.rules.map((r) => condition(r.when)),
    rulePlans,
    injectPlans,
    endingWhen: s.endings.map((e) => (e.when === undefined ? null : condition(e.when))),
    avoids: s.objectives.flatMap((o) => (o.type === 'avoid' && o.when !== undefined ? [{ objective: o, when: condition(o.when) }] : [])),
    optionalInjects: s.injects.filter((i) => i.optional),
    optionalAt: s.injects.flatMap((i, k) => (i.optional ? [k] : [])),
    effectPlan(effect: Effect): EffectPlan {
      return plans.get(effect) ?? plan(effect);
    },
    expr(source: string): Evaluator {
      const e = exprs.get(source);
      if (!e) throw new Error(`expression not compiled: ${source}`);
      return e;
    },
  };
}
