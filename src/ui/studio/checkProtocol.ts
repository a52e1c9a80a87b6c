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
}
