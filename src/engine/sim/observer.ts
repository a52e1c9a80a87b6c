/** Watching a game being played in place: which decisions were legal, which rules held (for the analyser). */
import { isLegalAt } from '../core/legal';
import type { Run } from '../core/run';
import type { TurnInProgress } from '../game';

/** Called during play; indexes are positions in the scenario's `decisions` and `rules`. */
export interface PlayObserver {
  /** A decision was legal at some moment of the Decide step. */
  legal(index: number): void;
  /** A rule's condition held at the end of the Decide step (step 4 evaluates it right after). */
  rule(index: number): void;
  /** Optional: the rule was already reported for this game, so it need not be evaluated again. */
  ruleSeen?(index: number): boolean;
}

/**
 * A decision chosen in the turn in progress was taken in this turn, which its last turn taken
 * already refuses (a cooldown is never negative): legality need not look it up in `chosen` too.
 */
const CHOSEN_IN_LAST_TAKEN: ReadonlySet<string> = new Set();

/** The positions (in the scenario's decisions) of the decisions legal now, into `out`, each reported to the observer (if any). */
export function collectLegal(turn: TurnInProgress, out: number[], observer?: PlayObserver): void {
  const { run } = turn;
  const n = run.p.decisionRows.length;
  out.length = 0;
  for (let i = 0; i < n; i++) {
    if (isLegalAt(run, i, CHOSEN_IN_LAST_TAKEN)) {
      out.push(i);
      observer?.legal(i);
    }
  }
}

/** Report every decision legal now, with nothing more chosen. */
export function observeLegal(turn: TurnInProgress, observer: PlayObserver): void {
  const n = turn.run.p.decisionRows.length;
  for (let i = 0; i < n; i++) if (isLegalAt(turn.run, i, CHOSEN_IN_LAST_TAKEN)) observer.legal(i);
}

/** Report the rules whose condition holds now, just before step 4 runs them. */
export function observeRules(run: Run, observer: PlayObserver): void {
  if (run.state.ending || run.pendingEnd !== null) return; // the game ends before step 4
  const when = run.p.ruleWhen;
  for (let i = 0; i < when.length; i++) if (!observer.ruleSeen?.(i) && when[i]!(run.ctx)) observer.rule(i);
}
