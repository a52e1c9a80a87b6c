/** What the searches reached: the targets of reachability, marked as games come by. */
import { type GameState, type LoadedScenario, objectiveScore, type PlayObserver } from '../engine';
import type { Target, TargetKind } from './report';

/** Every reachability target of a scenario, in a stable order (kind, then declaration order). */
export function allTargets(loaded: LoadedScenario): Target[] {
  const s = loaded.scenario;
  const of = (kind: TargetKind, list: readonly { id: string }[]) => list.map((x) => ({ kind, id: x.id }));
  return [
    ...of('decision', s.decisions),
    ...of('inject', s.injects),
    ...of('rule', s.rules),
    ...of('ending', s.endings),
    ...of('evidence', s.evidence),
    ...of('objectiveAbove0', s.objectives),
    ...of('objectiveBelow1', s.objectives),
  ];
}

export const targetKey = (t: Target): string => `${t.kind}:${t.id}`;

/** Marks reached targets; as an observer it sees decisions legal and rules holding during play. */
export class Reach implements PlayObserver {
  /** Reached ids by kind (no key strings built per mark: the searches mark on every turn). */
  private readonly reached = new Map<TargetKind, Set<string>>();
  private readonly ranges = new Map<string, { min: number; max: number }>();
  constructor(private readonly loaded: LoadedScenario) {}

  /** The lowest and highest score an objective had in the finished games noted; undefined before any. */
  objectiveRange(id: string): { min: number; max: number } | undefined {
    return this.ranges.get(id);
  }
  has(t: Target): boolean {
    return this.reached.get(t.kind)?.has(t.id) === true;
  }
  private ids(kind: TargetKind): Set<string> {
    let ids = this.reached.get(kind);
    if (ids === undefined) this.reached.set(kind, (ids = new Set()));
    return ids;
  }
  mark(kind: TargetKind, id: string): void {
    this.ids(kind).add(id);
  }
  legal(index: number): void {
    this.ids('decision').add(this.loaded.scenario.decisions[index]!.id);
  }
  rule(index: number): void {
    this.ids('rule').add(this.loaded.scenario.rules[index]!.id);
  }

  /** Note what a game shows so far: injects fired, evidence searched, rules traced; when over, its ending and objective scores. */
  noteState(state: GameState): void {
    for (const id in state.fired) this.mark('inject', id);
    for (const id in state.searched) this.mark('evidence', id);
    for (const c of state.changes) if (c.cause.kind === 'rule') this.mark('rule', c.cause.id);
    for (const c of state.flagChanges) if (c.cause.kind === 'rule') this.mark('rule', c.cause.id);
    for (const c of state.searches) if (c.cause.kind === 'rule') this.mark('rule', c.cause.id);
    if (!state.ending) return;
    this.mark('ending', state.ending.id);
    for (const o of this.loaded.scenario.objectives) {
      const v = objectiveScore(this.loaded, state, o);
      const r = this.ranges.get(o.id);
      if (!r) this.ranges.set(o.id, { min: v, max: v });
      else if (v < r.min) r.min = v;
      else if (v > r.max) r.max = v;
      if (v > 0) this.mark('objectiveAbove0', o.id);
      if (v < 1) this.mark('objectiveBelow1', o.id);
    }
  }
}
