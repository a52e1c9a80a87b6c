/**
 * Counting what games reached: per decision, inject, rule, ending, evidence and objective,
 * over many games. A tally is plain data, so chunks computed apart (workers) merge exactly.
 */
import { type Cause, type GameState, type LoadedScenario, ownValue, score, type PlayObserver } from '../engine';

export interface Tally {
  runs: number;
  /** Turns played in all (the Decide steps that ran). */
  turns: number;
  /** Per decision (scenario order): games in which it was legal at some moment, and taken. */
  legal: number[];
  taken: number[];
  injects: number[];
  rules: number[];
  searched: number[];
  found: number[];
  endings: Record<string, number>;
  /** Per objective: lowest, highest and summed score over the games. */
  objMin: number[];
  objMax: number[];
  objSum: number[];
  /** One entry per game, in game order: overall score, and each category's. */
  overall: number[];
  categories: Record<string, number[]>;
}

const zeros = (n: number) => new Array<number>(n).fill(0);

/** An empty tally for the scenario. */
export function emptyTally(loaded: LoadedScenario): Tally {
  const s = loaded.scenario;
  const categories = [...new Set(s.objectives.map((o) => o.category))].sort();
  return {
    runs: 0,
    turns: 0,
    legal: zeros(s.decisions.length),
    taken: zeros(s.decisions.length),
    injects: zeros(s.injects.length),
    rules: zeros(s.rules.length),
    searched: zeros(s.evidence.length),
    found: zeros(s.evidence.length),
    endings: {},
    objMin: new Array<number>(s.objectives.length).fill(Infinity),
    objMax: new Array<number>(s.objectives.length).fill(-Infinity),
    objSum: zeros(s.objectives.length),
    overall: [],
    categories: Object.fromEntries(categories.map((c) => [c, []])),
  };
}

/** What one game did on the way that its final state does not show: legal moments, rule conditions. */
export class GameMarks implements PlayObserver {
  readonly legalSeen: Uint8Array;
  readonly rulesSeen: Uint8Array;
  constructor(loaded: LoadedScenario) {
    this.legalSeen = new Uint8Array(loaded.scenario.decisions.length);
    this.rulesSeen = new Uint8Array(loaded.scenario.rules.length);
  }
  legal(index: number): void {
    this.legalSeen[index] = 1;
  }
  rule(index: number): void {
    this.rulesSeen[index] = 1;
  }
  ruleSeen(index: number): boolean {
    return this.rulesSeen[index] === 1;
  }
  reset(): void {
    this.legalSeen.fill(0);
    this.rulesSeen.fill(0);
  }
}

/** Add one finished game (its final state and marks) to the tally. */
export function addGame(tally: Tally, loaded: LoadedScenario, state: GameState, marks: GameMarks): void {
  const s = loaded.scenario;
  tally.runs++;
  tally.turns += state.turnsPlayed;
  const { decisions, injects, rules, evidence } = s;
  for (let i = 0; i < decisions.length; i++) {
    if (marks.legalSeen[i]) tally.legal[i]!++;
    if ((state.taken[decisions[i]!.id] ?? 0) > 0) tally.taken[i]!++;
  }
  for (let i = 0; i < injects.length; i++) if ((state.fired[injects[i]!.id] ?? 0) > 0) tally.injects[i]!++;
  const traced = rulesTraced(state, rules, marks.rulesSeen);
  for (let i = 0; i < rules.length; i++) if (marks.rulesSeen[i] || traced.has(rules[i]!.id)) tally.rules[i]!++;
  for (let i = 0; i < evidence.length; i++) {
    if (state.searched[evidence[i]!.id]) tally.searched[i]!++;
    if (state.found[evidence[i]!.id]) tally.found[i]!++;
  }
  const ending = state.ending?.id ?? '';
  tally.endings[ending] = (ownValue(tally.endings, ending) ?? 0) + 1;
  const result = score(loaded, state);
  s.objectives.forEach((o, i) => {
    const v = result.objectives[o.id]!;
    if (v < tally.objMin[i]!) tally.objMin[i] = v;
    if (v > tally.objMax[i]!) tally.objMax[i] = v;
    tally.objSum[i]! += v;
  });
  tally.overall.push(result.overall);
  for (const [c, list] of Object.entries(tally.categories)) list.push(result.categories[c as keyof typeof result.categories] ?? 0);
}

const NONE_TRACED: ReadonlySet<string> = new Set();

/**
 * Of the rules whose condition was never seen to hold (`seen`), those that left a trace: a metric
 * or flag they changed, evidence they revealed, an effect they scheduled. The rules seen need no
 * search, and most games see them all.
 */
function rulesTraced(state: GameState, rules: readonly { id: string }[], seen: Uint8Array): ReadonlySet<string> {
  const unseen = new Set<string>();
  for (let i = 0; i < rules.length; i++) if (!seen[i]) unseen.add(rules[i]!.id);
  if (unseen.size === 0) return NONE_TRACED;
  const ids = new Set<string>();
  const add = (cause: Cause) => {
    if (cause.kind === 'rule' && unseen.has(cause.id)) ids.add(cause.id);
  };
  for (const c of state.changes) add(c.cause);
  for (const c of state.flagChanges) add(c.cause);
  for (const c of state.searches) add(c.cause);
  for (const c of state.scheduled) add(c.cause);
  return ids;
}

/** Merge tallies in the given order (game lists are concatenated in that order). */
export function mergeTallies(loaded: LoadedScenario, parts: readonly Tally[]): Tally {
  const out = emptyTally(loaded);
  const sum = (a: number[], b: readonly number[]) => b.forEach((v, i) => (a[i]! += v));
  for (const t of parts) {
    out.runs += t.runs;
    out.turns += t.turns;
    sum(out.legal, t.legal);
    sum(out.taken, t.taken);
    sum(out.injects, t.injects);
    sum(out.rules, t.rules);
    sum(out.searched, t.searched);
    sum(out.found, t.found);
    sum(out.objSum, t.objSum);
    for (const [k, v] of Object.entries(t.endings)) out.endings[k] = (ownValue(out.endings, k) ?? 0) + v;
    t.objMin.forEach((v, i) => (out.objMin[i] = Math.min(out.objMin[i]!, v)));
    t.objMax.forEach((v, i) => (out.objMax[i] = Math.max(out.objMax[i]!, v)));
    for (const v of t.overall) out.overall.push(v);
    for (const [c, list] of Object.entries(t.categories)) for (const v of list) out.categories[c]!.push(v);
  }
  return out;
}
