/** Messages between the studio and its checker worker (check.worker.ts). */
import type { Diagnostic } from '../../store';

export interface CheckQuestion {
  id: number;
  text: string;
  file: string;
}

export interface CheckAnswer {
  id: number;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The check's own time in the worker, in ms (read by `npm run bench:studio`, beside the round trip). */
  took: number;
}
