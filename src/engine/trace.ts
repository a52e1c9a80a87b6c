/**
 * Where each objective's points came from (docs/engine.md "Where the points came from"): the
 * game replayed with the same seed and no player choice gives the world's share; the player's
 * choices are then added back one at a time, in the order the engine applied them, and each
 * choice's share is what adding it changed. The shares telescope to the objective's score.
 */
import { beginTurn, chooseDecision, finishTurn, startGame } from './game';
import { forkState } from './clone';
import { makeRun, type Run } from './core/run';
import type { LoadedScenario } from './loaded';
import { score } from './score';
import type { GameState, TurnChoices } from './state';

/** Who earned or lost an objective's points. Outcome and evidence draws are folded into the choice that made them. */
export type TraceCause =
  | { kind: 'world' }
  | { kind: 'decision'; id: string; turn: number }
  | { kind: 'inject'; id: string; turn: number }
  | { kind: 'assessment'; turn: number };

export interface TraceShare {
  cause: TraceCause;
  /** In the objective's own 0..1 units; negative for a cause that cost points. */
  share: number;
}

/** Per objective id, its shares, the largest (in absolute value) first; the world's share is always there. */
export type GameTrace = Record<string, TraceShare[]>;

/** A cause as the `play --json` string: `world`, `decision:callIsp@3`, `inject:claim@1`, `assessment@4`. */
export function causeKey(c: TraceCause): string {
  switch (c.kind) {
    case 'world':
      return 'world';
    case 'assessment':
      return `assessment@${c.turn}`;
    default:
      return `${c.kind}:${c.id}@${c.turn}`;
  }
}

/** `{objectiveId: [{cause, share}]}` with string causes, for JSON (`play --json`). */
export function traceJson(trace: GameTrace): Record<string, { cause: string; share: number }[]> {
  const out: Record<string, { cause: string; share: number }[]> = {};
  for (const [id, shares] of Object.entries(trace)) out[id] = shares.map((s) => ({ cause: causeKey(s.cause), share: s.share }));
  return out;
}

/** One player choice: where it sits in the log, and what it is. */
interface Choice {
  turn: number;
  cause: TraceCause;
}

/** The choices of a log in the engine's own order: per turn, the releases, then the assessment, then the decisions. */
function choicesOf(log: readonly TurnChoices[]): Choice[] {
  const out: Choice[] = [];
  log.forEach((entry, i) => {
    const turn = i + 1;
    for (const id of entry.released ?? []) out.push({ turn, cause: { kind: 'inject', id, turn } });
    if (entry.assessment !== undefined) out.push({ turn, cause: { kind: 'assessment', turn } });
    for (const id of entry.decisions) out.push({ turn, cause: { kind: 'decision', id, turn } });
  });
  return out;
}

/** What a prefix keeps of turn `turn`'s choices: those of index < `keep` in `choices`. */
function keptOf(choices: readonly Choice[], keep: number, turn: number, entry: TurnChoices): { released: string[]; assessment: Record<string, number> | undefined; decisions: string[] } {
  const released: string[] = [];
  const decisions: string[] = [];
  let assessment: Record<string, number> | undefined;
  for (let k = 0; k < keep; k++) {
    const c = choices[k]!;
    if (c.turn !== turn) continue;
    if (c.cause.kind === 'inject') released.push(c.cause.id);
    else if (c.cause.kind === 'decision') decisions.push(c.cause.id);
    else if (c.cause.kind === 'assessment') assessment = entry.assessment;
  }
  return { released, assessment, decisions };
}

/**
 * Play one turn of a prefix game in place. Returns false when a kept choice is refused (which the
 * order of the choices rules out: see `traceGame`), so that the caller folds it into the next.
 */
function playKept(run: Run, kept: ReturnType<typeof keptOf>): boolean {
  const turn = beginTurn(run, kept.released, kept.assessment);
  if ('code' in turn) return false;
  let ok = true;
  for (const id of kept.decisions) if (chooseDecision(turn, id)) ok = false;
  finishTurn(turn);
  return ok;
}

/**
 * The split of every objective's score among the world and the player's choices. `state` is the
 * game as played (ended or not); its log is replayed with the same seed. For a game not over, the
 * counterfactual games stop after as many turns as were played; for an ended game they play on
 * to their own end, with no choice after the log's turns.
 */
export function traceGame(loaded: LoadedScenario, state: GameState): GameTrace {
  const game = prefixGames(loaded, state);
  const objectives = loaded.scenario.objectives;
  const shares = new Map<string, TraceShare[]>(objectives.map((o) => [o.id, []]));
  const finalScores = score(loaded, state).objectives;
  const scoreOf = (keep: number): Record<string, number> | null => {
    const g = game.play(keep);
    return g.ok ? score(loaded, g.state).objectives : null;
  };

  let previous = scoreOf(0)!;
  for (const o of objectives) shares.get(o.id)!.push({ cause: { kind: 'world' }, share: previous[o.id]! });
  const n = game.choices.length;
  for (let k = 1; k <= n; k++) {
    // The last prefix is the game as played: its shares are taken against the actual scores, so
    // that rounding can never break the sum (the tests check that replaying it gives them).
    const now = k === n ? finalScores : scoreOf(k);
    if (now === null) continue; // refused: folded into the next choice, which is credited with both
    for (const o of objectives) {
      const d = now[o.id]! - previous[o.id]!;
      if (d !== 0) shares.get(o.id)!.push({ cause: game.choices[k - 1]!.cause, share: d });
    }
    previous = now;
  }
  const out: GameTrace = {};
  for (const o of objectives) out[o.id] = shares.get(o.id)!.sort((a, b) => Math.abs(b.share) - Math.abs(a.share));
  return out;
}

/** The counterfactual games of `traceGame`: `play(k)` keeps the first k choices (0: the world alone). */
export function prefixGames(loaded: LoadedScenario, state: GameState): { choices: readonly { cause: TraceCause }[]; play: (keep: number) => { state: GameState; ok: boolean } } {
  const log = state.log;
  const choices = choicesOf(log);
  const ended = state.ending !== null;
  // The actual game's state at the start of each turn: a prefix game keeps every choice of the
  // turns before its last choice's turn, so it is that state exactly until then.
  const actual = startGame(loaded, state.seed);
  const starts: GameState[] = [forkState(actual.state)];
  for (let i = 0; i < log.length && !actual.state.ending; i++) {
    playKept(actual, { released: log[i]!.released ?? [], assessment: log[i]!.assessment, decisions: log[i]!.decisions });
    starts.push(forkState(actual.state));
  }
  const play = (keep: number) => {
    const lastTurn = keep === 0 ? 1 : choices[keep - 1]!.turn;
    const start = starts[lastTurn - 1];
    // Only a log that goes on after its game ended (not a state the engine made) lacks that start.
    if (start === undefined) return { state: forkState(starts[starts.length - 1]!), ok: false };
    const run = makeRun(loaded, forkState(start));
    let ok = true;
    for (let t = lastTurn; !run.state.ending && (ended || t <= log.length); t++) {
      const entry = log[t - 1];
      const kept = entry === undefined ? { released: [], assessment: undefined, decisions: [] } : keptOf(choices, keep, t, entry);
      if (!playKept(run, kept)) ok = false;
    }
    return { state: run.state, ok };
  };
  return { choices, play };
}
