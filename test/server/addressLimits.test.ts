/** Limits shared by processes through the presence: the sliding-window counter, worked by hand. */
import { describe, expect, test } from 'vitest';
import { sharedLimit } from '../../server/addressLimits';

/** The three presence calls the limit makes, over a map; `expire` is recorded, not timed. */
function fakePresence() {
  const keys = new Map<string, number>();
  const ttl = new Map<string, number>();
  return {
    keys,
    ttl,
    incr: async (k: string) => {
      keys.set(k, (keys.get(k) ?? 0) + 1);
      return keys.get(k)!;
    },
    expire: (k: string, s: number) => void ttl.set(k, s),
    get: (k: string) => (keys.has(k) ? String(keys.get(k)) : null) as unknown as string,
  };
}

const MINUTE = 60_000;
const at = (minute: number, seconds: number) => minute * MINUTE + seconds * 1000;

describe('sharedLimit', () => {
  test('this minute counts whole, the previous one by the share of it still in the last 60 s', async () => {
    const presence = fakePresence();
    const limit = sharedLimit(presence, 'wrong-code', 10);
    for (let i = 0; i < 6; i++) await limit.count('10.0.0.1', at(100, 30));
    for (let i = 0; i < 5; i++) await limit.count('10.0.0.1', at(101, 10));
    // 15 s into minute 101: 5 + 6 × 45/60 = 9.5, under 10.
    expect(await limit.blocked('10.0.0.1', at(101, 15))).toBe(false);
    await limit.count('10.0.0.1', at(101, 15));
    // 6 + 4.5 = 10.5: blocked.
    expect(await limit.blocked('10.0.0.1', at(101, 15))).toBe(true);
    // 45 s in: 6 + 6 × 15/60 = 7.5: free again; another address was never held back.
    expect(await limit.blocked('10.0.0.1', at(101, 45))).toBe(false);
    expect(await limit.blocked('10.0.0.2', at(101, 15))).toBe(false);
    // Two minutes later nothing weighs: minute 103 sees minute 102's count only (none).
    expect(await limit.blocked('10.0.0.1', at(103, 0))).toBe(false);
  });

  test('one key per limit, address and minute, kept two minutes', async () => {
    const presence = fakePresence();
    await sharedLimit(presence, 'create', 20).count('::1', at(7, 1));
    expect([...presence.keys]).toEqual([['cellule:limit:create:7:::1', 1]]);
    expect(presence.ttl.get('cellule:limit:create:7:::1')).toBe(120);
  });
});
