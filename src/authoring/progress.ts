/** The analysis's progress bar: one unit per random run, then a share for each search phase. */
import type { Work } from './line';

/** Units of progress given to the searches, after one unit per random run. */
export const SEARCH_UNITS = 300;
const PHASES = 3;

export class Progress {
  readonly total: number;
  private sampled = 0;
  private searched = 0;
  private reported = -1;
  constructor(
    private readonly runs: number,
    private readonly report?: (done: number, total: number) => void,
  ) {
    this.total = runs + SEARCH_UNITS;
  }

  /** Random runs done so far. */
  runsDone(n: number): void {
    this.sampled = Math.min(this.runs, n);
    this.emit();
  }

  /** Search phase `index` starts and expects to spend about `expected` turns of `work`. */
  phase(index: number, expected: number, work: Work): void {
    const start = work.turns;
    const unit = SEARCH_UNITS / PHASES;
    work.tick = () => {
      this.searched = Math.max(this.searched, unit * (index + Math.min(1, (work.turns - start) / Math.max(1, expected))));
      this.emit();
    };
    this.searched = Math.max(this.searched, unit * index);
    this.emit();
  }

  finish(): void {
    this.sampled = this.runs;
    this.searched = SEARCH_UNITS;
    this.emit();
  }

  /** Report only forward moves, never more than the total. */
  private emit(): void {
    const done = Math.min(this.total, this.sampled + Math.floor(this.searched));
    if (done > this.reported) this.report?.((this.reported = done), this.total);
  }
}
