import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_DIAGNOSTICS } from '../../../src/engine/load';
import { MAX_SUGGESTIONS, Suggester, suggest } from '../../../src/engine/suggest';
import { HANG_MS, HANG_TEST_MS } from '../hang';
import { minimalScenario } from './minimal';
import { nearMissText } from './nearMiss';

/** Load `text`, which must fail without hanging (a guard, not a timing: the bench prints the time). */
function failing(text: string) {
  const started = performance.now();
  const r = loadScenario(text, 'hostile.json');
  expect(performance.now() - started).toBeLessThan(HANG_MS);
  if (r.ok) throw new Error('expected the text to fail');
  return r.errors;
}

describe('a hostile file of near misses', () => {
  it('thousands of unknown ids among thousands of declared ones: the first get suggestions, the check ends', () => {
    const errors = failing(nearMissText());
    expect(errors).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(errors[0]).toMatchObject({ code: 'ref/unknown-id', params: { id: 'm000_', suggestion: 'm0000' } });
    expect(errors.at(-1)!.code).toBe('load/too-many');
  }, HANG_TEST_MS);

  it('expressions full of unknown names', () => {
    const s = minimalScenario();
    const id = (i: number) => `m${i.toString(36).padStart(4, '0')}`;
    s.metrics = [...(s.metrics as unknown[]), ...Array.from({ length: 6000 }, (_, i) => ({ id: id(i), label: 'x', min: 0, max: 1, initial: 0, good: 'high' }))];
    const names = Array.from({ length: 250 }, () => `${id(1).slice(0, -1)}_`).join('+');
    s.rules = Array.from({ length: 250 }, (_, r) => ({ id: `r${r}`, when: `${names} > 0`, effects: [] }));
    const errors = failing(JSON.stringify(s));
    expect(errors[0]).toMatchObject({ code: 'expr/unknown-name', params: { name: 'm000_', suggestion: 'm0000' } });
  }, HANG_TEST_MS);

  it('one object with 60,000 unknown keys', () => {
    const s = minimalScenario();
    const injects = s.injects as Record<string, unknown>[];
    injects[0] = { ...injects[0], ...Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`tittle${i}`, 0])) };
    const errors = failing(JSON.stringify(s));
    expect(errors[0]).toMatchObject({ code: 'schema/unknown-key', line: 1 });
  }, HANG_TEST_MS);
});

describe('Suggester', () => {
  const ids = ['trust', 'load', 'trusted', 'Trust2', 'rust'];

  it('finds what suggest finds, ties to the first declared', () => {
    const s = new Suggester();
    for (const name of ['trst', 'trusts', 'lod', 'TRUST', 'rusty', 'nothingLikeIt', 'lust']) {
      expect(s.near(name, ids)).toBe(suggest(name, ids));
    }
    expect(s.near('hat', ['bat', 'trust', 'cat'])).toBe('bat');
    expect(s.near('hat', ['cat', 'trust', 'bat'])).toBe('cat');
  });

  it('stops suggesting after its lookups, or once its work is spent', () => {
    const few = new Suggester(2);
    expect([few.near('trst', ids), few.near('trst', ids), few.near('trst', ids)]).toEqual(['trust', 'trust', undefined]);
    const cheap = new Suggester(MAX_SUGGESTIONS, 60);
    expect(cheap.near('trst', ids)).toBe('trust'); // lengths 3 to 5 only: load, trust, rust, 55 comparisons
    expect(cheap.near('trst', ids)).toBeUndefined();
  });
});
