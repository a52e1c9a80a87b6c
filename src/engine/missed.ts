/**
 * Missed chances: the single-turn changes that would have raised a game's score most, found by
 * replaying alternatives turn by turn (later turns kept where legal) within a fixed budget.
 * Deterministic: the candidates are listed in a fixed order and tried round-robin over the turns.
 */
import { posterior } from './attribution';
import { branchOfPrefix, prefixOf, type Branch, type Difference, type Prefix } from './branch';
import { decisionStatuses } from './game';
import type { LoadedScenario } from './loaded';
import { score } from './score';
import { traceGame } from './trace';
import type { GameState, TurnChoices } from './state';
import type { PlayLog, PlayResult, ScoreResult } from './types';

/** Replays the search may make at most (each a branch from the changed turn to the end of the game). */
export const MISSED_BUDGET = 400;
/** How many chances the search names. */
export const MISSED_COUNT = 3;

/** One single-turn change: add a decision, remove one, swap one for another, or assess attribution as the evidence then allowed. */
export type SingleChange =
  | { kind: 'add'; turn: number; decision: string }
  | { kind: 'remove'; turn: number; decision: string }
  | { kind: 'swap'; turn: number; decision: string; instead: string }
  | { kind: 'assess'; turn: number; assessment: Record<string, number> };

/** Why a change would have paid: the objectives that gained most (in overall points) and the main differences at the end. */
export interface MissedWhy {
  objectives: { id: string; points: number }[];
  /**
   * From the branch's trace (trace.ts): what the changed turn's own choice earned there in the
   * objective that gained most, in overall points (a removal has no choice of its own: null).
   */
  traced: { objective: string; decision: string; turn: number; points: number } | null;
  metric: (Difference<number> & { share: number }) | null;
  flag: Difference<boolean> | null;
}

export interface MissedChance {
  change: SingleChange;
  /** The changed turn's full choices (what `branchFrom` replays with policy `keep`). */
  choices: TurnChoices;
  /** Overall points gained: the branch's score minus the game's. */
  gain: number;
  score: ScoreResult;
  log: PlayLog;
  why: MissedWhy;
}

export interface MissedResult {
  chances: MissedChance[];
  /** Branches replayed, and candidates listed (more than the budget: some were not tried). */
  tried: number;
  candidates: number;
  base: ScoreResult;
}

/** What a change does, as ideas: a chance is left out when it shares one with a better one, so the three name different ideas. */
function ideasOf(c: SingleChange): string[] {
  switch (c.kind) {
    case 'add':
      return [`+${c.decision}`];
    case 'remove':
      return [`-${c.decision}`];
    case 'swap':
      return [`-${c.decision}`, `+${c.instead}`];
    case 'assess':
      return ['assess'];
  }
}

function choicesOf(base: TurnChoices, decisions: string[], assessment?: Record<string, number>): TurnChoices {
  const out: TurnChoices = { decisions };
  if (base.released && base.released.length > 0) out.released = [...base.released];
  const a = assessment ?? base.assessment;
  if (a !== undefined) out.assessment = { ...a };
  return out;
}

/** Every single change of turn t, in a fixed order: removals, the assessment, additions, swaps. */
function candidatesAt(loaded: LoadedScenario, start: GameState, log: PlayLog, t: number): { change: SingleChange; choices: TurnChoices }[] {
  const entry = log.turns[t - 1]!;
  const taken = entry.decisions;
  const out: { change: SingleChange; choices: TurnChoices }[] = [];
  for (const id of taken) out.push({ change: { kind: 'remove', turn: t, decision: id }, choices: choicesOf(entry, taken.filter((x) => x !== id)) });
  // The final assessment is the last one given: a change helps only where no later turn gives one.
  const laterAssessed = log.turns.slice(t).some((x) => x.assessment !== undefined);
  if (loaded.scenario.actors.length > 0 && !laterAssessed) {
    const p = posterior(loaded, start);
    if (JSON.stringify(p) !== JSON.stringify(entry.assessment ?? null)) out.push({ change: { kind: 'assess', turn: t, assessment: p }, choices: choicesOf(entry, [...taken], p) });
  }
  for (const s of decisionStatuses(loaded, start, taken)) {
    if (s.legal && !taken.includes(s.id)) out.push({ change: { kind: 'add', turn: t, decision: s.id }, choices: choicesOf(entry, [...taken, s.id]) });
  }
  taken.forEach((id, i) => {
    const others = taken.filter((x) => x !== id);
    for (const s of decisionStatuses(loaded, start, others)) {
      if (!s.legal || taken.includes(s.id)) continue;
      const decisions = [...taken];
      decisions[i] = s.id;
      out.push({ change: { kind: 'swap', turn: t, decision: id, instead: s.id }, choices: choicesOf(entry, decisions) });
    }
  });
  return out;
}

/** What gained most between the game (`a`) and the branch (`b`): objectives in overall points, the main metric and flag differences. */
export function whyBetter(loaded: LoadedScenario, a: GameState, sa: ScoreResult, b: GameState, sb: ScoreResult): MissedWhy {
  const objectives = loaded.scenario.objectives;
  const total = objectives.reduce((n, o) => n + o.weight, 0) || 1;
  const gains = objectives
    .map((o) => ({ id: o.id, points: (100 * o.weight * ((sb.objectives[o.id] ?? 0) - (sa.objectives[o.id] ?? 0))) / total }))
    .filter((g) => g.points > 1e-9)
    .sort((x, y) => y.points - x.points)
    .slice(0, 2);
  let metric: MissedWhy['metric'] = null;
  for (const m of loaded.scenario.metrics) {
    if (m.visible === false) continue;
    const va = a.metrics[m.id]!;
    const vb = b.metrics[m.id]!;
    const share = Math.abs(vb - va) / (m.max - m.min);
    if (share > 0 && (metric === null || share > metric.share)) metric = { id: m.id, a: va, b: vb, share };
  }
  const f = loaded.scenario.flags.find((x) => a.flags[x.id] !== b.flags[x.id]);
  return { objectives: gains, traced: null, metric, flag: f ? { id: f.id, a: a.flags[f.id]!, b: b.flags[f.id]! } : null };
}

/** The changed choice's own share, in the branch's trace, of the objective that gained most (overall points). */
export function tracedShare(loaded: LoadedScenario, change: SingleChange, branch: GameState, why: MissedWhy): MissedWhy['traced'] {
  const decision = change.kind === 'add' ? change.decision : change.kind === 'swap' ? change.instead : null;
  const top = why.objectives[0];
  if (decision === null || !top) return null;
  const share = traceGame(loaded, branch)[top.id]?.find((s) => s.cause.kind === 'decision' && s.cause.id === decision && s.cause.turn === change.turn);
  if (!share) return null;
  const o = loaded.scenario.objectives.find((x) => x.id === top.id)!;
  const total = loaded.scenario.objectives.reduce((n, x) => n + x.weight, 0) || 1;
  return { objective: top.id, decision, turn: change.turn, points: (100 * o.weight * share.share) / total };
}

/**
 * The `count` single-turn changes of the game of `log` that would have raised its overall score
 * most, each with later turns kept where legal. At most `budget` branches are replayed: the
 * candidates of every turn are tried round-robin (the first of each turn, then the second...),
 * so a small budget still looks at every turn. The best changes are taken greedily, leaving out one
 * that shares an idea (a decision added or removed, the assessment) with a better one; ties keep
 * the one tried first.
 */
export function missedChances(loaded: LoadedScenario, log: PlayLog, budget = MISSED_BUDGET, count = MISSED_COUNT): PlayResult<MissedResult> {
  const prefix = prefixOf(loaded, log);
  if (!prefix.ok) return prefix;
  return { ok: true, value: searchMissed(loaded, prefix.value, log, budget, count), warnings: [] };
}

function searchMissed(loaded: LoadedScenario, prefix: Prefix, log: PlayLog, budget: number, count: number): MissedResult {
  const base = score(loaded, prefix.final);
  const perTurn = log.turns.map((_, i) => candidatesAt(loaded, prefix.starts[i]!, log, i + 1));
  const candidates = perTurn.reduce((n, c) => n + c.length, 0);
  const gains: { change: SingleChange; choices: TurnChoices; gain: number; order: number }[] = [];
  let tried = 0;
  const longest = Math.max(0, ...perTurn.map((c) => c.length));
  for (let k = 0; k < longest && tried < budget; k++) {
    for (let i = 0; i < perTurn.length && tried < budget; i++) {
      const c = perTurn[i]![k];
      if (!c) continue;
      tried++;
      const r = branchOfPrefix(loaded, prefix, log, i + 1, c.choices, 'keep');
      if (!r.ok) continue;
      const gain = r.value.score.overall - base.overall;
      if (gain > 1e-9) gains.push({ ...c, gain, order: tried });
    }
  }
  // Gains within rounding of each other are a tie: the change tried first (the earlier turn) comes first.
  gains.sort((x, y) => (Math.abs(y.gain - x.gain) > 1e-9 ? y.gain - x.gain : x.order - y.order));
  const used = new Set<string>();
  const chances: MissedChance[] = [];
  for (const g of gains) {
    if (chances.length >= count) break;
    const ideas = ideasOf(g.change);
    if (ideas.some((x) => used.has(x))) continue;
    ideas.forEach((x) => used.add(x));
    const branch = branchOfPrefix(loaded, prefix, log, g.change.turn, g.choices, 'keep') as { ok: true; value: Branch };
    const b = branch.value;
    const why = whyBetter(loaded, prefix.final, base, b.state, b.score);
    why.traced = tracedShare(loaded, g.change, b.state, why);
    chances.push({ change: g.change, choices: g.choices, gain: g.gain, score: b.score, log: b.log, why });
  }
  return { chances, tried, candidates, base };
}
