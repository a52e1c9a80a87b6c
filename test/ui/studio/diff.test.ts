import fc from 'fast-check';
import { expect, test } from 'vitest';
import { minimalChange } from '../../../src/ui/studio/diff';
import { mselFileName } from '../../../src/ui/studio/msel';

const apply = (s: string, c: { from: number; to: number; insert: string } | null) => (c ? s.slice(0, c.from) + c.insert + s.slice(c.to) : s);

test.each([
  ['abc', 'abc', null],
  ['"title": "A"', '"title": "B"', { from: 10, to: 11, insert: 'B' }],
  ['aaa', 'aaaa', { from: 3, to: 3, insert: 'a' }],
  ['abcd', 'ad', { from: 1, to: 3, insert: '' }],
])('minimalChange(%j, %j)', (a, b, change) => {
  expect(minimalChange(a, b)).toEqual(change);
});

test('the change always turns one text into the other, and keeps their common start and end', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (pre, x, y, post) => {
      const a = pre + x + post;
      const b = pre + y + post;
      const c = minimalChange(a, b);
      expect(apply(a, c)).toBe(b);
      if (c) expect(c.to - c.from).toBeLessThanOrEqual(x.length);
    }),
  );
});

test('an MSEL sheet is named after its draft', () => {
  expect(mselFileName('my-crisis.json')).toBe('my-crisis-msel.csv');
  expect(mselFileName('notes')).toBe('notes-msel.csv');
});
