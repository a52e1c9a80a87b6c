/** The expression context over a live game state: reads through, so it always sees the latest values. */
import type { ExprContext } from '../expr/types';
import type { GameState } from '../state';
import type { Prepared } from './prepared';

export const NEVER = 1e9;

/**
 * A class, not an object literal with getters: a literal's getters are new closures in every
 * call, which gives every context its own hidden class, and V8 then keeps whole finished games
 * alive through young-generation collections (measured: most of the garbage collector's time).
 */
export class StateContext implements ExprContext {
  /** The state's metrics and flags by position in the scenario (what compiled leaves read), made on first read, then kept in step by `metricSet` and `flagSet`. */
  private metricMirror: number[] | null = null;
  private flagMirror: boolean[] | null = null;
  constructor(
    private readonly state: GameState,
    private readonly p: Prepared,
  ) {}
  get metricValues(): readonly number[] {
    return this.metricMirror ?? (this.metricMirror = this.p.metricIds.map((id) => this.state.metrics[id]!));
  }
  get flagValues(): readonly boolean[] {
    return this.flagMirror ?? (this.flagMirror = this.p.flagIds.map((id) => this.state.flags[id]!));
  }
  /** The metric at position `at` now has `value` in the state. */
  metricSet(at: number, value: number): void {
    if (this.metricMirror !== null) this.metricMirror[at] = value;
  }
  /** The flag at position `at` now has `value` in the state. */
  flagSet(at: number, value: boolean): void {
    if (this.flagMirror !== null) this.flagMirror[at] = value;
  }
  get metrics() {
    return this.state.metrics;
  }
  get flags() {
    return this.state.flags;
  }
  get turn() {
    return this.state.turn;
  }
  get minutes() {
    const at = this.p.minutesAt;
    return at[this.state.turn] ?? at[at.length - 1]!;
  }
  get staffLeft() {
    return this.state.staffLeft;
  }
  get budgetLeft() {
    return this.state.budgetLeft;
  }
  taken(id: string): number {
    return this.state.taken[id] ?? 0;
  }
  since(id: string): number {
    const s = this.state;
    const last = s.lastTaken[id] ?? s.lastFired[id];
    return last === undefined ? NEVER : s.turn - last;
  }
  fired(id: string): number {
    return this.state.fired[id] ?? 0;
  }
  found(id: string): boolean {
    return this.state.found[id] === true;
  }
  searched(id: string): boolean {
    return this.state.searched[id] === true;
  }
}

/** A context that reads `state` at evaluation time. */
export function makeContext(state: GameState, p: Prepared): StateContext {
  return new StateContext(state, p);
}
