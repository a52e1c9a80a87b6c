/** Lookup tables derived once from a checked scenario, when it is loaded (no cache: the engine keeps no module state). */
import type { Evaluator } from '../expr/types';
import type { Actor, Decision, Ending, Evidence, Inject, Metric, Rule, Scenario } from '../schema';

export interface Prepared {
  totalTurns: number;
  startMs: number;
  /** minutesAt[t] = simulated minutes at the start of turn t (index 0 unused). */
  minutesAt: number[];
  metrics: Map<string, Metric>;
  decisions: Map<string, Decision>;
  injects: Map<string, Inject>;
  evidence: Map<string, Evidence>;
  endings: Map<string, Ending>;
  rules: Map<string, Rule>;
  actors: Actor[];
  /** Normalised priors, in actor order. */
  priors: number[];
  /** Injects that can fire by their own timing, in declaration order. */
  timedInjects: Inject[];
  expr(source: string): Evaluator;
}

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
  return {
    totalTurns,
    startMs: Date.parse(s.clock.start),
    minutesAt,
    metrics: byId(s.metrics),
    decisions: byId(s.decisions),
    injects: byId(s.injects),
    evidence: byId(s.evidence),
    endings: byId(s.endings),
    rules: byId(s.rules),
    actors: s.actors,
    priors: s.actors.map((a) => a.prior / priorSum),
    timedInjects: s.injects.filter((i) => !i.optional && (i.at !== undefined || i.when !== undefined)),
    expr(source: string): Evaluator {
      const e = exprs.get(source);
      if (!e) throw new Error(`expression not compiled: ${source}`);
      return e;
    },
  };
}
