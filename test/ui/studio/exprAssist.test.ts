/** An expression field's help: names completed at the caret, functions with their arity, the compiler's error against the draft's ids. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { accept, completeAt, exprErrors, isExprPath, namesOf, signature, symbolsOf } from '../../../src/ui/studio/exprAssist';
import { idsOf } from '../../../src/ui/studio/parts';

const ids = { phase: ['first'], metric: ['trust', 'morale'], flag: ['flag1'], actor: [], evidence: ['leak'], inject: ['start'], decision: ['act', 'talk'], rule: [], objective: [], ending: [], node: [], link: [], play: [] };
const symbols = symbolsOf(ids);
const names = namesOf(symbols);

test('functions are listed with their arity', () => {
  expect(signature('clamp')).toBe('clamp(x, x, x)');
  expect(signature('min')).toBe('min(x, …)');
  expect(signature('taken')).toBe('taken(decision)');
  expect(signature('since')).toBe('since(decision | inject)');
  expect(names.find((n) => n.insert === 'taken(')).toMatchObject({ kind: 'function', label: 'taken(decision)' });
});

test('the word before the caret is completed from ids of every kind, variables and functions', () => {
  expect(completeAt('fl', 2, names).items.map((n) => n.insert)).toEqual(['flag1']);
  expect(completeAt('f', 1, names).items.map((n) => n.insert)).toEqual(['flag1', 'fired(', 'found(']);
  expect(completeAt('trust > 3 && t', 14, names).items.map((n) => n.insert)).toEqual(['trust', 'talk', 'turn', 'taken(']);
  expect(completeAt('trust > ', 8, names).items).toEqual([]);
  expect(completeAt('mor', 3, names)).toMatchObject({ from: 0, items: [{ insert: 'morale', kind: 'metric' }] });
  expect(completeAt('taken(a', 7, names).items.map((n) => n.insert)).toEqual(['act', 'abs(']);
});

test('accepting a name replaces the word it completes, the caret after it', () => {
  const c = completeAt('x && fl > 1', 7, names);
  expect(accept('x && fl > 1', c.from, 7, c.items[0]!)).toEqual({ text: 'x && flag1 > 1', caret: 10 });
  const f = completeAt('ta', 2, names).items.find((n) => n.insert === 'taken(')!;
  expect(accept('ta', 0, 2, f)).toEqual({ text: 'taken(', caret: 6 });
});

test('the compiler’s error against the draft’s ids, none when it compiles', () => {
  expect(exprErrors('flag1 && trust > 3', symbols)).toEqual([]);
  expect(exprErrors('', symbols)).toEqual([]);
  const [unknown] = exprErrors('trst > 3', symbols);
  expect(unknown).toMatchObject({ code: 'expr/unknown-name', offset: 0 });
  expect(unknown!.message).toContain('trust');
  expect(exprErrors('clamp(trust, 1)', symbols)[0]).toMatchObject({ code: 'expr/arity' });
  expect(exprErrors('trust >', symbols)[0]).toMatchObject({ code: 'expr/syntax' });
});

describe('which strings of the source are expressions (isExprPath)', () => {
  test("the forms' expression fields, not their texts and ids", () => {
    for (const p of [['rules', 0, 'when'], ['decisions', 2, 'when'], ['injects', 1, 'when'], ['endings', 0, 'when'], ['objectives', 3, 'when'], ['objectives', 3, 'value'], ['rules', 1, 'effects', 0, 'add'], ['injects', 0, 'effects', 2, 'set'], ['decisions', 0, 'outcomes', 1, 'weight'], ['decisions', 0, 'outcomes', 1, 'effects', 0, 'add']])
      expect(isExprPath(p)).toBe(true);
    for (const p of [['rules', 0, 'id'], ['decisions', 0, 'title', 'en'], ['metrics', 0, 'when'], ['objectives', 0, 'metric'], ['decisions', 0, 'effects', 0, 'metric'], ['rules', 0, 'effects', 0, 'note', 'en'], ['when'], ['decisions', 0, 'outcomes', 0, 'text', 'fr']])
      expect(isExprPath(p)).toBe(false);
  });
  test.each(readdirSync('scenarios').filter((f) => f.endsWith('.json')))("%s: every string it calls an expression compiles against the scenario's ids", (file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    const symbols = symbolsOf(idsOf(text));
    let n = 0;
    const walk = (v: unknown, path: (string | number)[]): void => {
      if (typeof v === 'string' && isExprPath(path)) {
        n++;
        expect(exprErrors(v, symbols), `${path.join('/')}: ${v}`).toEqual([]);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(JSON.parse(text), []);
    expect(n).toBeGreaterThan(0);
  });
});
