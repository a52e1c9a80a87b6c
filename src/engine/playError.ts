/** Building a play error: a Diagnostic located at its turn in the play log. */
import type { BlockReason, PlayError, PlayErrorCode } from './types';

/** A refused turn or log; `turn` and `decision`, when known, go into `params` and the pointer. */
export function playError(code: PlayErrorCode, message: string, turn?: number, decision?: string, reasons?: BlockReason[]): PlayError {
  const e: PlayError = { severity: 'error', code, message, pointer: turn === undefined ? '' : `/turns/${turn - 1}` };
  if (turn !== undefined || decision !== undefined) {
    e.params = {};
    if (turn !== undefined) e.params.turn = turn;
    if (decision !== undefined) e.params.decision = decision;
  }
  if (reasons !== undefined) e.reasons = reasons;
  return e;
}
