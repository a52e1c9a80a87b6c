/**
 * Guides for the directed search: for each target, how far a game is from reaching it and
 * which decisions are worth trying first. Heuristics only: reaching is checked by play.
 */
import { blockReasons, type Decision, type Effect, type GameState, type LoadedScenario, makeRun, objectiveScore, referencedIds, type SymbolTable } from '../engine';
import { distanceTo, symbolsOf, type Distance } from './distance';
import type { Target } from './report';

export interface Guide {
  /** 0 or more, lower is closer (0 does not mean reached). */
  distance(state: GameState): number;
  /** Decision indexes worth trying first, in scenario order. */
  related: number[];
}

type Source = { kind: 'decision' | 'inject' | 'rule'; id: string };
/** A dead end: something that can no longer change (an excluding decision taken, the budget spent). */
const FAR = 10;
const DEPTH = 3;

/** Builds guides for one scenario, sharing compiled distances and the map of who sends what. */
export class Guides {
  private readonly symbols: SymbolTable;
  private readonly whens = new Map<string, Distance>();
  private readonly sources = new Map<string, Source[]>();
  private readonly s;
  constructor(private readonly loaded: LoadedScenario) {
    this.s = loaded.scenario;
    this.symbols = symbolsOf(loaded);
    const note = (effects: readonly Effect[] | undefined, from: Source) => {
      for (const e of effects ?? []) {
        const key = 'inject' in e ? `inject:${e.inject}` : 'reveal' in e ? `evidence:${e.reveal}` : 'end' in e ? `ending:${e.end}` : null;
        if (key) this.sources.set(key, [...(this.sources.get(key) ?? []), from]);
      }
    };
    for (const d of this.s.decisions) {
      note(d.effects, { kind: 'decision', id: d.id });
      for (const o of d.outcomes ?? []) note(o.effects, { kind: 'decision', id: d.id });
    }
    for (const i of this.s.injects) note(i.effects, { kind: 'inject', id: i.id });
    for (const r of this.s.rules) note(r.effects, { kind: 'rule', id: r.id });
  }

  /** The guide for a target. */
  guide(target: Target): Guide {
    const related = [...this.relatedTo(target, DEPTH)].sort((a, b) => a - b);
    return { distance: (state) => this.distance(target, state), related };
  }

  private distance(t: Target, state: GameState): number {
    const s = this.s;
    switch (t.kind) {
      case 'decision':
        return this.decisionDistance(this.decision(t.id), state, DEPTH);
      case 'inject':
        return this.injectDistance(t.id, state, DEPTH);
      case 'rule':
        return this.when(s.rules.find((r) => r.id === t.id)!.when, state);
      case 'ending': {
        const e = s.endings.find((x) => x.id === t.id)!;
        return e.when !== undefined ? this.when(e.when, state) : this.viaSources(`ending:${t.id}`, state, DEPTH);
      }
      case 'evidence':
        return state.searched[t.id] ? 0 : this.viaSources(`evidence:${t.id}`, state, DEPTH);
      case 'objectiveAbove0':
      case 'objectiveBelow1': {
        const o = s.objectives.find((x) => x.id === t.id)!;
        const v = objectiveScore(this.loaded, state, o);
        const up = t.kind === 'objectiveAbove0';
        let d = up ? 1 - v : v;
        if (o.type === 'deadline' && up && state.firstTaken[o.decision] === undefined) d += this.decisionDistance(this.decision(o.decision), state, DEPTH);
        if (o.type === 'avoid' && !up && o.decision !== undefined) d += this.decisionDistance(this.decision(o.decision), state, DEPTH);
        if (o.type === 'avoid' && !up && o.when !== undefined) d += this.when(o.when, state);
        return d;
      }
    }
  }

  private decision(id: string): Decision {
    return this.s.decisions.find((d) => d.id === id)!;
  }

  private when(source: string, state: GameState): number {
    let f = this.whens.get(source);
    if (!f) this.whens.set(source, (f = distanceTo(source, this.symbols)));
    return f(makeRun(this.loaded, state).ctx);
  }

  /** How far a decision is from being legal at the start of a turn (staff permitting). */
  private decisionDistance(d: Decision, state: GameState, depth: number): number {
    if (state.ending) return 0;
    let sum = 0;
    for (const r of blockReasons(makeRun(this.loaded, state), d, new Set())) {
      if (r.code === 'when') sum += this.when(d.when!, state);
      else if (r.code === 'requires') for (const id of r.missing) sum += 1 + (depth > 0 ? 0.5 * this.decisionDistance(this.decision(id), state, depth - 1) : 0);
      else if (r.code === 'cooldown') sum += 0.1 * r.turns;
      else if (r.code === 'staff') sum += d.cost.staff > this.s.resources.staff ? FAR : 0;
      else if (r.code !== 'ended') sum += FAR;
    }
    return sum;
  }

  private injectDistance(id: string, state: GameState, depth: number): number {
    if ((state.fired[id] ?? 0) > 0) return 0;
    const x = this.s.injects.find((i) => i.id === id)!;
    if (x.optional) return 0;
    let own = Infinity;
    if (x.when !== undefined) own = this.when(x.when, state) + (x.at !== undefined && state.turn < x.at ? 0.1 : 0);
    else if (x.at !== undefined) own = state.turn <= x.at ? 0.1 : FAR;
    return Math.min(own, this.viaSources(`inject:${id}`, state, depth));
  }

  /** The nearest of the things whose effects would do it (a decision must also be taken). */
  private viaSources(key: string, state: GameState, depth: number): number {
    if (depth <= 0) return FAR;
    let best = FAR;
    for (const src of this.sources.get(key) ?? []) {
      const d =
        src.kind === 'decision'
          ? 0.5 + this.decisionDistance(this.decision(src.id), state, depth - 1)
          : src.kind === 'inject'
            ? this.injectDistance(src.id, state, depth - 1)
            : this.when(this.s.rules.find((r) => r.id === src.id)!.when, state);
      best = Math.min(best, d);
    }
    return best;
  }

  /** Decisions that can bring a target closer: its sources, its requirements, those its conditions name. */
  private relatedTo(t: Target, depth: number): Set<number> {
    const out = new Set<number>();
    const index = new Map(this.s.decisions.map((d, i) => [d.id, i]));
    const seen = new Set<string>();
    const visit = (key: string, depthLeft: number): void => {
      if (depthLeft < 0 || seen.has(key)) return;
      seen.add(key);
      const [kind, id] = key.split(':') as [string, string];
      if (kind === 'decision') {
        out.add(index.get(id)!);
        const d = this.decision(id);
        for (const r of d.requires ?? []) visit(`decision:${r}`, depthLeft - 1);
        if (d.when) this.named(d.when, depthLeft - 1, visit);
        return;
      }
      for (const src of this.sources.get(key) ?? []) visit(`${src.kind}:${src.id}`, depthLeft - 1);
      const when =
        kind === 'inject' ? this.s.injects.find((x) => x.id === id)?.when : kind === 'rule' ? this.s.rules.find((x) => x.id === id)?.when : kind === 'ending' ? this.s.endings.find((x) => x.id === id)?.when : undefined;
      if (when) this.named(when, depthLeft - 1, visit);
      if (kind === 'metric' || kind === 'flag') {
        this.s.decisions.forEach((d, i) => {
          const all = [...d.effects, ...(d.outcomes ?? []).flatMap((o) => o.effects)];
          if (all.some((e) => (kind === 'metric' ? 'metric' in e && e.metric === id : 'flag' in e && e.flag === id))) out.add(i);
        });
      }
    };
    if (t.kind === 'objectiveAbove0' || t.kind === 'objectiveBelow1') {
      const o = this.s.objectives.find((x) => x.id === t.id)!;
      if (o.type === 'deadline' || (o.type === 'avoid' && o.decision !== undefined)) visit(`decision:${o.decision}`, depth);
      if (o.type === 'metric') visit(`metric:${o.metric}`, depth);
      if (o.type === 'avoid' && o.when !== undefined) this.named(o.when, depth, visit);
      if (o.type === 'expr') this.named(o.value, depth, visit);
    } else visit(`${t.kind}:${t.id}`, depth);
    return out;
  }

  /** Visit what an expression names: decisions, injects and evidence, metrics and flags. */
  private named(source: string, depthLeft: number, visit: (key: string, depth: number) => void): void {
    const refs = referencedIds(source, this.symbols);
    if (!refs) return;
    for (const id of refs.decisions) visit(`decision:${id}`, depthLeft);
    for (const id of refs.injects) visit(`inject:${id}`, depthLeft);
    for (const id of refs.evidence) visit(`evidence:${id}`, depthLeft);
    for (const id of refs.metrics) visit(`metric:${id}`, depthLeft);
    for (const id of refs.flags) visit(`flag:${id}`, depthLeft);
  }
}
