import { describe, expect, test } from 'vitest';
import { ctx, run } from './fixtures';

describe('arithmetic', () => {
  test.each([
    ['7 + 5', 12],
    ['7 - 5', 2],
    ['7 * 5', 35],
    ['7 / 2', 3.5],
    ['7 % 5', 2],
    ['-7 % 5', -2],
    ['7.5 % 2', 1.5],
    ['-load', -7],
    ['+load', 7],
    ['- -load', 7],
    ['.5 + 1.', 1.5],
    ['2e3 + 1E-1', 2000.1],
    ['trust / load * load', 60],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBeCloseTo(expected, 12);
  });

  test.each([
    ['load / 0', 0],
    ['load / zero', 0],
    ['load % 0', 0],
    ['load % zero', 0],
    ['0 / 0', 0],
    ['(1 / 0) + 3', 3],
    ['load / (trust - 60)', 0],
  ])('division and modulo by zero give 0: %s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test.each([
    ['huge * 10', Number.MAX_VALUE],
    ['-huge * 10', -Number.MAX_VALUE],
    ['huge + huge', Number.MAX_VALUE],
    ['-huge - huge', -Number.MAX_VALUE],
    ['huge / 0.5', Number.MAX_VALUE],
    ['huge * 10 - huge * 10', 0],
    ['huge * 10 * 0', 0],
  ])('overflow saturates at ±MAX_VALUE, never Infinity or NaN: %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('comparisons and logic give booleans', () => {
  test.each([
    ['load < 8', true],
    ['load < 7', false],
    ['load <= 7', true],
    ['load > 7', false],
    ['load >= 7', true],
    ['load == 7', true],
    ['load != 7', false],
    ['trust > 50 && load > 5', true],
    ['trust > 50 && load > 9', false],
    ['trust > 90 || load > 5', true],
    ['trust > 90 || load > 9', false],
    ['!leaked', false],
    ['!quiet', true],
    ['!0', true],
    ['!load', false],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test('&& and || give booleans, not an operand as JavaScript does', () => {
    expect(run('load && trust')).toBe(true);
    expect(run('load || trust')).toBe(true);
    expect(run('zero || 0')).toBe(false);
    expect(run('zero && trust')).toBe(false);
  });

  test('&& and || short-circuit (the right side is not evaluated)', () => {
    let calls = 0;
    const spy = { ...ctx, found: () => (calls++, true) };
    run('quiet && found(vpnLogs)', spy);
    run('leaked || found(vpnLogs)', spy);
    expect(calls).toBe(0);
    run('leaked && found(vpnLogs)', spy);
    expect(calls).toBe(1);
  });
});

describe('booleans count as 1 and 0', () => {
  test.each([
    ['true + true', 2],
    ['leaked * 10', 10],
    ['quiet * 10', 0],
    ['-leaked', -1],
    ['+quiet', 0],
    ['(load > 5) + (load > 6) + (load > 7)', 2],
    ['10 / leaked', 10],
    ['10 / quiet', 0],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test.each([
    ['true == 1', true],
    ['false == 0', true],
    ['leaked == 1', true],
    ['leaked != quiet', true],
    ['true == 2', false],
    ['leaked > quiet', true],
  ])('== and != compare numbers: %s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('?: tests truthiness', () => {
  test.each([
    ['leaked ? 1 : 2', 1],
    ['quiet ? 1 : 2', 2],
    ['load ? 1 : 2', 1],
    ['zero ? 1 : 2', 2],
    ['neg ? 1 : 2', 1],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  test('the branches keep their own type', () => {
    expect(run('leaked ? quiet : 3')).toBe(false);
    expect(run('quiet ? quiet : 3')).toBe(3);
  });
});

describe("precedence and associativity are JavaScript's", () => {
  test.each([
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['17 % 5 * 2', 4],
    ['2 * 7 % 4', 2],
    ['-2 * 3 + 1', -5],
    ['1 + 2 < 4', true],
    ['1 < 2 == true', true],
    ['3 > 2 > 1', false],
    ['1 == 1 != 0', true],
    ['!quiet && leaked', true],
    ['!leaked && quiet || leaked', true],
    ['!leaked && (quiet || leaked)', false],
    ['quiet && leaked || leaked', true],
    ['leaked || leaked && quiet', true],
    ['leaked ? 1 : quiet ? 2 : 3', 1],
    ['quiet ? 1 : quiet ? 2 : 3', 3],
    ['quiet ? 1 : leaked ? 2 : 3', 2],
    ['leaked ? quiet ? 1 : 2 : 3', 2],
    ['quiet || leaked ? 10 : 20', 10],
    ['1 + load > 5 ? 1 : 0', 1],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});
