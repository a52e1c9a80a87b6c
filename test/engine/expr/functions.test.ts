import { describe, expect, test } from 'vitest';
import { compileExpr, referencedIds } from '../../../src/engine/expr/index';
import { ctx, run, symbols } from './fixtures';

describe('names', () => {
  test.each([
    ['trust', 60],
    ['neg', -4],
    ['leaked', true],
    ['quiet', false],
    ['turn', 5],
    ['minutes', 120],
    ['staffLeft', 2],
    ['budgetLeft', 35],
    ['true', true],
    ['false', false],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test('a name is read at each evaluation, from the context given', () => {
    const r = compileExpr('trust + turn', symbols);
    if (!r.ok) throw new Error('should compile');
    expect(r.evaluate(ctx)).toBe(65);
    expect(r.evaluate({ ...ctx, turn: 9, metrics: { ...ctx.metrics, trust: 1 } })).toBe(10);
  });
});

describe('numeric functions', () => {
  test.each([
    ['min(load)', 7],
    ['min(load, trust)', 7],
    ['min(trust, load, neg, 3)', -4],
    ['max(load)', 7],
    ['max(load, trust)', 60],
    ['max(neg, 3, trust, load)', 60],
    ['max(leaked, -1)', 1],
    ['clamp(load, 0, 5)', 5],
    ['clamp(neg, 0, 5)', 0],
    ['clamp(3, 0, 5)', 3],
    ['clamp(3, 10, 5)', 5],
    ['abs(neg)', 4],
    ['abs(load)', 7],
    ['round(2.5)', 3],
    ['round(2.4)', 2],
    ['round(-2.5)', -2],
    ['round(load / 2)', 4],
    ['min(max(trust, 10), 50) + abs(-1)', 51],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('functions of the game', () => {
  test.each([
    ['taken(notifyAnssi)', 2],
    ['taken(isolate)', 0],
    ['since(notifyAnssi)', 3],
    ['since(ddosWave)', 1],
    ['since(isolate)', 1e9],
    ['since(pressCall)', 1e9],
    ['fired(ddosWave)', 4],
    ['fired(pressCall)', 0],
    ['found(ddosiaConfig)', true],
    ['found(vpnLogs)', false],
    ['searched(vpnLogs)', true],
    ['taken(notifyAnssi) > 0 && !found(ddosiaConfig)', false],
    ['taken(notifyAnssi) > 0 && !found(vpnLogs)', true],
    ['found(ddosiaConfig) * 10 + fired(ddosWave)', 14],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test('the context receives the bare id', () => {
    const asked: string[] = [];
    const spy = { ...ctx, fired: (id: string) => (asked.push(id), 0) };
    run('fired(ddosWave) + fired(pressCall)', spy);
    expect(asked).toEqual(['ddosWave', 'pressCall']);
  });
});

describe('referencedIds', () => {
  test('lists every id by kind', () => {
    const refs = referencedIds('trust > 5 && leaked || taken(isolate) + since(ddosWave) + since(notifyAnssi) > found(vpnLogs)', symbols);
    expect(refs).toEqual({
      metrics: new Set(['trust']),
      flags: new Set(['leaked']),
      decisions: new Set(['isolate', 'notifyAnssi']),
      injects: new Set(['ddosWave']),
      evidence: new Set(['vpnLogs']),
    });
  });

  test('is undefined for an expression that does not compile', () => {
    expect(referencedIds('trst + 1', symbols)).toBeUndefined();
  });
});
