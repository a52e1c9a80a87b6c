/** Watching a game being played in place: which decisions were legal, which rules held (for the analyser). */
import { isLegal } from '../core/legal';
import { holds, type Run } from '../core/run';
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

/** The ids of the decisions legal now, into `out`, each reported to the observer (if any). */
export function collectLegal(turn: TurnInProgress, out: string[], observer?: PlayObserver): void {
  const decisions = turn.run.loaded.scenario.decisions;
  out.length = 0;
  for (let i = 0; i < decisions.length; i++) {
    if (isLegal(turn.run, decisions[i]!, turn.chosen)) {
      out.push(decisions[i]!.id);
      observer?.legal(i);
    }
  }
}

/** Report every decision legal now, with nothing more chosen. */
export function observeLegal(turn: TurnInProgress, observer: PlayObserver): void {
  const decisions = turn.run.loaded.scenario.decisions;
  for (let i = 0; i < decisions.length; i++) if (isLegal(turn.run, decisions[i]!, turn.chosen)) observer.legal(i);
}

/** Report the rules whose condition holds now, just before step 4 runs them. */
export function observeRules(run: Run, observer: PlayObserver): void {
  if (run.state.ending || run.pendingEnd !== null) return; // the game ends before step 4
  const rules = run.loaded.scenario.rules;
  for (let i = 0; i < rules.length; i++) if (!observer.ruleSeen?.(i) && holds(run, rules[i]!.when)) observer.rule(i);
}
