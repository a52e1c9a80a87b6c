/** Rate limits: a token bucket per client for messages, a sliding window per address for failed joins. */

export const MESSAGES_PER_SECOND = 20;
export const MESSAGE_BURST = 40;
/** Messages refused for flooding before the client is dropped. */
export const FLOOD_DROP_AFTER = 60;
export const FAILED_JOINS_PER_MINUTE = 10;
export const CREATIONS_PER_MINUTE = 20;

/** A client's message budget: `ok`, `throttled` (refused, told once), or `drop` (disconnect it). */
export class MessageBucket {
  private tokens: number;
  private refused = 0;
  constructor(
    private last: number,
    private rate = MESSAGES_PER_SECOND,
    private burst = MESSAGE_BURST,
  ) {
    this.tokens = burst;
  }

  take(now: number): 'ok' | 'throttled' | 'drop' {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      if (this.tokens >= this.burst / 2) this.refused = 0;
      return 'ok';
    }
    this.refused += 1;
    return this.refused >= FLOOD_DROP_AFTER ? 'drop' : 'throttled';
  }

  /** True on the first refusal of a flood, so the client hears `live/flood` once, not per message. */
  get firstRefusal(): boolean {
    return this.refused === 1;
  }
}

/** Failed joins (a wrong room code), or creations, per address in the last minute. */
export class FailedJoins {
  private failures = new Map<string, number[]>();
  constructor(private limit = FAILED_JOINS_PER_MINUTE) {}

  private recent(address: string, now: number): number[] {
    const kept = (this.failures.get(address) ?? []).filter((t) => now - t < 60_000);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  blocked(address: string, now: number): boolean {
    return this.recent(address, now).length >= this.limit;
  }

  fail(address: string, now: number): void {
    this.failures.set(address, [...this.recent(address, now), now]);
  }
}
