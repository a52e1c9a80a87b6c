/**
 * A deep copy of a game state, written out by hand: several times faster than `structuredClone`,
 * which the store and the analyser's searches call on every turn. Each object is spread (so
 * primitive fields added later come along, in the same key order) and each nested object is
 * copied in turn. test/engine/core/clone.test.ts checks that a copy deep-equals its original and
 * shares no object with it, on every bundled scenario: a new object field fails it until copied here.
 */
import { copyRecordOf } from './records';
import type { Effect } from './schema';
import type { Cause, FlagChange, MetricChange, ScheduledEffect, Search, TurnChoices, TurnRecord, GameState } from './state';

export function copyState(s: GameState): GameState {
  return copyWith(s, (xs, copy) => xs.map(copy));
}

/** How the lists of a state are copied: each entry copied too (`copyState`), or the entries shared (`forkState`). */
type ListCopy = <T>(xs: readonly T[], copy: (x: T) => T) => T[];

/** The state with every record new and each list copied by `list`. */
function copyWith(s: GameState, list: ListCopy): GameState {
  return {
    ...s,
    metrics: { ...s.metrics },
    flags: { ...s.flags },
    taken: copyRecordOf(s.taken),
    firstTaken: copyRecordOf(s.firstTaken),
    lastTaken: copyRecordOf(s.lastTaken),
    fired: copyRecordOf(s.fired),
    lastFired: copyRecordOf(s.lastFired),
    found: copyRecordOf(s.found),
    searched: copyRecordOf(s.searched),
    searches: list(s.searches, copySearch),
    feed: list(s.feed, (f) => ({ ...f })),
    outcomes: list(s.outcomes, (o) => ({ ...o })),
    scheduled: list(s.scheduled, copyScheduled),
    changes: list(s.changes, copyChange),
    flagChanges: list(s.flagChanges, copyFlagChange),
    history: list(s.history, copyRecord),
    assessment: s.assessment === null ? null : { ...s.assessment },
    violated: copyRecordOf(s.violated),
    log: list(s.log, copyChoices),
    ending: s.ending === null ? null : { ...s.ending },
  };
}

const copyCause = (c: Cause): Cause => ({ ...c });
const copySearch = (x: Search): Search => ({ ...x, cause: copyCause(x.cause) });
const copyChange = (x: MetricChange): MetricChange => ({ ...x, cause: copyCause(x.cause) });
const copyFlagChange = (x: FlagChange): FlagChange => ({ ...x, cause: copyCause(x.cause) });

function copyScheduled(x: ScheduledEffect): ScheduledEffect {
  const out: ScheduledEffect = { ...x, effect: copyJson(x.effect) as Effect, cause: copyCause(x.cause) };
  if (x.undo !== undefined) out.undo = { ...x.undo };
  return out;
}

function copyRecord(x: TurnRecord): TurnRecord {
  return { ...x, metrics: { ...x.metrics }, flags: { ...x.flags }, assessment: x.assessment === null ? null : { ...x.assessment } };
}

function copyChoices(x: TurnChoices): TurnChoices {
  const out: TurnChoices = { ...x, decisions: x.decisions.slice() };
  if (x.released !== undefined) out.released = x.released.slice();
  if (x.assessment !== undefined) out.assessment = { ...x.assessment };
  return out;
}

/** Scheduled effects are scenario data (with nested notes): copied generically, they are few. */
function copyJson(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copyJson);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copyJson((v as Record<string, unknown>)[k]);
  return out;
}

/**
 * A copy for a caller that plays the copy on in place and never changes what a state already
 * holds (the analyser's searches, which copy states by the thousand): every record and list is
 * new, so playing on changes only the copy, but the entries already in the lists (changes,
 * searches, history, log, scheduled effects...) are shared with the original. The engine never
 * changes an entry once it is in a list, except the log entry of a turn in progress: a state is
 * forked between turns only (`TurnInProgress` holds that entry). Deep-equal to `copyState`'s copy.
 */
export function forkState(s: GameState): GameState {
  return copyWith(s, (xs) => xs.slice());
}
