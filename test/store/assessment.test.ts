import { describe, expect, test } from 'vitest';
import { apportion, setPercent, toPercents } from '../../src/store/assessment';

const ids = ['a', 'b', 'c'];
const sum = (r: Record<string, number>) => Object.values(r).reduce((x, y) => x + y, 0);

describe('toPercents', () => {
  test.each([
    [{ a: 2, b: 1, c: 1 }, { a: 50, b: 25, c: 25 }],
    // 33.33 each: the one leftover point goes to the first by index.
    [{ a: 1, b: 1, c: 1 }, { a: 34, b: 33, c: 33 }],
    // 0.1/0.3/0.6 of 100 exactly.
    [{ a: 0.1, b: 0.3, c: 0.6 }, { a: 10, b: 30, c: 60 }],
    // All zero: even split.
    [{ a: 0, b: 0, c: 0 }, { a: 34, b: 33, c: 33 }],
    // 2/3 = 66.67 and 1/3 = 33.33: the larger remainder (.67) takes the point.
    [{ a: 2, b: 1, c: 0 }, { a: 67, b: 33, c: 0 }],
  ])('%j → %j', (w, expected) => {
    expect(toPercents(w, ids)).toEqual(expected);
  });

  test('negative and missing weights count as 0', () => {
    expect(toPercents({ a: -5, b: 1 }, ids)).toEqual({ a: 0, b: 100, c: 0 });
  });
});

describe('setPercent', () => {
  test('the others share the rest in proportion', () => {
    // b:c was 25:25, the 30 left split 15/15.
    expect(setPercent({ a: 50, b: 25, c: 25 }, ids, 'a', 70)).toEqual({ a: 70, b: 15, c: 15 });
    // b:c was 30:10 (3:1) and share 60: 45/15.
    expect(setPercent({ a: 60, b: 30, c: 10 }, ids, 'a', 40)).toEqual({ a: 40, b: 45, c: 15 });
  });

  test('others all at 0 share the rest evenly', () => {
    expect(setPercent({ a: 100, b: 0, c: 0 }, ids, 'a', 40)).toEqual({ a: 40, b: 30, c: 30 });
  });

  test('clamps and rounds the value, the total stays 100', () => {
    expect(setPercent({ a: 34, b: 33, c: 33 }, ids, 'b', 140)).toEqual({ a: 0, b: 100, c: 0 });
    expect(setPercent({ a: 34, b: 33, c: 33 }, ids, 'b', -3)).toEqual({ a: 51, b: 0, c: 49 });
    const r = setPercent({ a: 34, b: 33, c: 33 }, ids, 'c', 12.6);
    expect(r.c).toBe(13);
    expect(sum(r)).toBe(100);
  });

  test('a single actor is always 100 %', () => {
    expect(setPercent({ a: 100 }, ['a'], 'a', 20)).toEqual({ a: 100 });
  });

  test('apportion keeps the total for any split', () => {
    for (let total = 0; total <= 100; total += 7) expect(sum(apportion({ a: 1, b: 2, c: 4 }, ids, total))).toBe(total);
  });
});
