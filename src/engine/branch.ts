/**
 * Rewind: change one turn of a finished (or unfinished) game and play the rest again, then find
 * where the two games first part. Pure and deterministic: same log, turn and choices, same branch.
 */
import { forkState } from './clone';
import { beginTurn, chooseDecision, createGame, finishTurn, playTurnInPlace } from './game';
import type { LoadedScenario } from './loaded';
import { makeRun } from './core/run';
import { releasable } from './core/injects';
import { playError } from './playError';
import { replay, toLog } from './log';
import { score } from './score';
import type { GameState, TurnChoices } from './state';
import type { BlockReason, PlayLog, PlayResult, ScoreResult } from './types';

export const BRANCH_POLICIES = ['keep', 'reference', 'stop'] as const;
/** What happens after the changed turn: the same later choices where still legal, the scenario's reference line, or nothing (the player goes on). */
export type BranchPolicy = (typeof BRANCH_POLICIES)[number];

/** A later choice the branch could not play: `reasons` are the engine's (empty for a release no longer possible). */
export interface DroppedChoice {
  turn: number;
  kind: 'decision' | 'release' | 'assessment';
  id: string;
  reasons: BlockReason[];
}

/** Two values of one metric or flag, or one inject's firings, in the original game (`a`) and the branch (`b`). */
export interface Difference<T> {
  id: string;
  a: T;
  b: T;
}

/** How the world of one turn differs between the two games (empty lists: no difference). */
export interface WorldDifference {
  turn: number;
  metrics: Difference<number>[];
  flags: Difference<boolean>[];
  injects: Difference<number>[];
  evidence: Difference<boolean>[];
  ending: Difference<string | null> | null;
}

/** The first turn in which the two games differ: what was chosen differently, and the first turn whose world differs. */
export interface Divergence {
  turn: number;
  added: string[];
  removed: string[];
  assessment: boolean;
  /** The first turn (≥ `turn`) whose world differs, or null if the change made no difference at all. */
  world: WorldDifference | null;
}

export interface Branch {
  policy: BranchPolicy;
  /** The turn that was changed. */
  turn: number;
  log: PlayLog;
  state: GameState;
  score: ScoreResult;
  dropped: DroppedChoice[];
  divergence: Divergence | null;
}

/** Where each turn starts: `states[i]` is the game at the start of turn i + 1 (forks, each the caller's). */
export interface Prefix {
  starts: GameState[];
  final: GameState;
}

/** Replay a log keeping a fork of the state at the start of every turn. */
export function prefixOf(loaded: LoadedScenario, log: PlayLog): PlayResult<Prefix> {
  const checked = replay(loaded, { ...log, turns: [] });
  if (!checked.ok) return checked;
  const state = createGame(loaded, log.seed);
  const starts: GameState[] = [];
  for (let i = 0; i < log.turns.length; i++) {
    if (state.ending) return { ok: false, errors: [playError('log/after-end', `turn ${i + 1}: the log goes on after the game ended in turn ${state.ending.turn}`, i + 1)] };
    starts.push(forkState(state));
    const error = playTurnInPlace(loaded, state, log.turns[i]!);
    if (error) return { ok: false, errors: [error] };
  }
  starts.push(forkState(state));
  return { ok: true, value: { starts, final: state }, warnings: [] };
}

/** The turns the scenario's reference line plays (index = turn − 1; turns not listed: no decision). */
export function referenceTurns(loaded: LoadedScenario): TurnChoices[] {
  const ref = loaded.scenario.reference;
  const turns: TurnChoices[] = [];
  for (let t = 1; t <= loaded.prepared.totalTurns; t++) {
    const plays = ref?.plays.filter((p) => p.turn === t) ?? [];
    const entry: TurnChoices = { decisions: plays.flatMap((p) => p.decisions) };
    const assessed = plays.find((p) => p.assessment !== undefined);
    if (assessed?.assessment) entry.assessment = { ...assessed.assessment };
    turns.push(entry);
  }
  return turns;
}

/**
 * Play on in place from the state's current turn with `later` (index = turn − 1), to the end of the
 * game: each choice that is not legal when its turn comes is dropped and reported with the reasons.
 */
export function playOn(loaded: LoadedScenario, state: GameState, later: readonly TurnChoices[], dropped: DroppedChoice[]): void {
  const run = makeRun(loaded, state);
  while (!state.ending) {
    const t = state.turn;
    const src = later[t - 1] ?? { decisions: [] };
    const open = new Set(releasable(run));
    const released: string[] = [];
    for (const id of src.released ?? []) {
      if (open.delete(id)) released.push(id);
      else dropped.push({ turn: t, kind: 'release', id, reasons: [] });
    }
    let turn = beginTurn(run, released, src.assessment);
    if ('code' in turn) {
      dropped.push({ turn: t, kind: 'assessment', id: '', reasons: [] });
      turn = beginTurn(run, released) as Exclude<typeof turn, { code: string }>;
    }
    for (const id of src.decisions) {
      const error = chooseDecision(turn, id);
      if (error) dropped.push({ turn: t, kind: 'decision', id, reasons: error.reasons ?? [] });
    }
    finishTurn(turn);
  }
  const end = state.ending.turn;
  for (let t = end + 1; t <= later.length; t++) {
    for (const id of later[t - 1]!.decisions) dropped.push({ turn: t, kind: 'decision', id, reasons: [{ code: 'ended' }] });
  }
}

/**
 * The game of `log` with turn `turn` played with `choices` instead (which must be legal), then
 * the later turns per `policy`. The branch's `log` replays to its `state` with `replay`.
 */
export function branchFrom(loaded: LoadedScenario, log: PlayLog, turn: number, choices: TurnChoices, policy: BranchPolicy): PlayResult<Branch> {
  const prefix = prefixOf(loaded, log);
  if (!prefix.ok) return prefix;
  return branchOfPrefix(loaded, prefix.value, log, turn, choices, policy);
}

/** `branchFrom` over a prefix already computed (the missed-chances search reuses one for hundreds of branches). */
export function branchOfPrefix(loaded: LoadedScenario, prefix: Prefix, log: PlayLog, turn: number, choices: TurnChoices, policy: BranchPolicy): PlayResult<Branch> {
  const start = prefix.starts[turn - 1];
  if (!Number.isInteger(turn) || turn < 1 || start === undefined || start.ending) {
    return { ok: false, errors: [playError('play/ended', `turn ${turn}: no such turn was played in this game`, turn)] };
  }
  const state = forkState(start);
  const error = playTurnInPlace(loaded, state, choices);
  if (error) return { ok: false, errors: [error] };
  const dropped: DroppedChoice[] = [];
  if (policy === 'keep') playOn(loaded, state, log.turns, dropped);
  else if (policy === 'reference') playOn(loaded, state, referenceTurns(loaded), dropped);
  const value: Branch = { policy, turn, log: toLog(state), state, score: score(loaded, state), dropped, divergence: divergence(prefix.final, state) };
  return { ok: true, value, warnings: [] };
}

const sameAssessment = (x: Record<string, number> | null | undefined, y: Record<string, number> | null | undefined) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

function countBy(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** How the world of turn `t` differs between two games of the same scenario and seed. */
export function worldAt(a: GameState, b: GameState, t: number): WorldDifference {
  const ha = a.history[t - 1];
  const hb = b.history[t - 1];
  const metrics: Difference<number>[] = [];
  const flags: Difference<boolean>[] = [];
  const ma = ha?.metrics ?? {};
  const mb = hb?.metrics ?? {};
  for (const id of Object.keys(ha?.metrics ?? hb?.metrics ?? {})) if (ma[id] !== mb[id]) metrics.push({ id, a: ma[id] ?? NaN, b: mb[id] ?? NaN });
  for (const id of Object.keys(ha?.flags ?? hb?.flags ?? {})) if (ha?.flags[id] !== hb?.flags[id]) flags.push({ id, a: ha?.flags[id] ?? false, b: hb?.flags[id] ?? false });
  const fa = countBy(a.feed.filter((f) => f.turn === t).map((f) => f.inject));
  const fb = countBy(b.feed.filter((f) => f.turn === t).map((f) => f.inject));
  const injects: Difference<number>[] = [];
  for (const id of new Set([...fa.keys(), ...fb.keys()])) if (fa.get(id) !== fb.get(id)) injects.push({ id, a: fa.get(id) ?? 0, b: fb.get(id) ?? 0 });
  const sa = new Map(a.searches.filter((s) => s.turn === t).map((s) => [s.evidence, s.found]));
  const sb = new Map(b.searches.filter((s) => s.turn === t).map((s) => [s.evidence, s.found]));
  const evidence: Difference<boolean>[] = [];
  for (const id of new Set([...sa.keys(), ...sb.keys()])) if (sa.get(id) !== sb.get(id)) evidence.push({ id, a: sa.get(id) ?? false, b: sb.get(id) ?? false });
  const ea = a.ending?.turn === t ? a.ending.id : null;
  const eb = b.ending?.turn === t ? b.ending.id : null;
  return { turn: t, metrics, flags, injects, evidence, ending: ea === eb ? null : { id: 'ending', a: ea, b: eb } };
}

const differs = (w: WorldDifference) => w.metrics.length + w.flags.length + w.injects.length + w.evidence.length > 0 || w.ending !== null;

/** The first turn in which game `b` departs from game `a` (same scenario and seed), or null if they are the same game. */
export function divergence(a: GameState, b: GameState): Divergence | null {
  const last = Math.max(a.turnsPlayed, b.turnsPlayed, a.history.length, b.history.length);
  for (let t = 1; t <= last; t++) {
    const la = a.log[t - 1]?.decisions ?? [];
    const lb = b.log[t - 1]?.decisions ?? [];
    const added = lb.filter((id) => !la.includes(id));
    const removed = la.filter((id) => !lb.includes(id));
    const assessment = !sameAssessment(a.log[t - 1]?.assessment, b.log[t - 1]?.assessment);
    const w = worldAt(a, b, t);
    if (added.length + removed.length > 0 || assessment || differs(w) || la.join() !== lb.join()) {
      let world: WorldDifference | null = differs(w) ? w : null;
      for (let u = t + 1; world === null && u <= last; u++) {
        const wu = worldAt(a, b, u);
        if (differs(wu)) world = wu;
      }
      return { turn: t, added, removed, assessment, world };
    }
  }
  return null;
}
