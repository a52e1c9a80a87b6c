import { describe, expect, test } from 'vitest';
import { compileExpr } from '../../../src/engine/expr/index';
import { HANG_MS } from '../hang';
import { errorsOf, symbols } from './fixtures';

/** [code, offset, message] of each error, in order. */
const summary = (source: string) => errorsOf(source).map((e) => [e.code, e.offset, e.message]);

describe('expr/unknown-name', () => {
  test('suggests the nearest known name', () => {
    expect(errorsOf('trst + 1')).toEqual([
      {
        code: 'expr/unknown-name',
        message: 'unknown name "trst"; did you mean "trust"?',
        params: { kind: 'name', name: 'trst', suggestion: 'trust' },
        offset: 0,
      },
    ]);
  });

  test.each([
    ['1 + banana', 4, 'unknown name "banana"'],
    ['turn > 1 && lekaed', 12, 'unknown name "lekaed"; did you mean "leaked"?'],
    ['Turn + 1', 0, 'unknown name "Turn"; did you mean "turn"?'],
    ['taken(notifyAnsi)', 6, 'unknown decision "notifyAnsi"; did you mean "notifyAnssi"?'],
    ['since(ddosWav)', 6, 'unknown decision or inject "ddosWav"; did you mean "ddosWave"?'],
    ['fired(presCall)', 6, 'unknown inject "presCall"; did you mean "pressCall"?'],
    ['found(vpnLog)', 6, 'unknown evidence "vpnLog"; did you mean "vpnLogs"?'],
    ['mix(1, 2)', 0, 'unknown function "mix"; did you mean "min"?'],
    ['__proto__', 0, 'unknown name "__proto__"'],
    ['constructor', 0, 'unknown name "constructor"'],
    ['constructor(1)', 0, 'unknown function "constructor"'],
    ['null', 0, 'unknown name "null"'],
    ['NaN + Infinity', 0, 'unknown name "NaN"'],
  ])('%s', (source, offset, message) => {
    expect(summary(source)[0]).toEqual(['expr/unknown-name', offset, message]);
  });

  test('every unknown name is reported, each at its own place', () => {
    expect(summary('trst + lod * trst')).toEqual([
      ['expr/unknown-name', 0, 'unknown name "trst"; did you mean "trust"?'],
      ['expr/unknown-name', 7, 'unknown name "lod"; did you mean "load"?'],
      ['expr/unknown-name', 13, 'unknown name "trst"; did you mean "trust"?'],
    ]);
  });
});

describe('expr/wrong-kind', () => {
  test.each([
    ['taken(trust)', 6, 'taken() expects a decision, but "trust" is a metric'],
    ['taken(ddosWave)', 6, 'taken() expects a decision, but "ddosWave" is an inject'],
    ['fired(notifyAnssi)', 6, 'fired() expects an inject, but "notifyAnssi" is a decision'],
    ['since(vpnLogs)', 6, 'since() expects a decision or an inject, but "vpnLogs" is evidence'],
    ['found(leaked)', 6, 'found() expects an evidence id, but "leaked" is a flag'],
    ['searched(turn)', 9, 'searched() expects an evidence id, but "turn" is a variable'],
    ['taken(1)', 6, 'taken() expects a decision, but got a number'],
    ['found(true)', 6, 'found() expects an evidence id, but got a boolean'],
    ['taken(load + 1)', 6, 'taken() expects a decision, but got an expression'],
    ['1 + notifyAnssi', 4, '"notifyAnssi" is a decision, not a value; use taken(notifyAnssi)'],
    ['ddosWave > 0', 0, '"ddosWave" is an inject, not a value; use fired(ddosWave)'],
    ['!vpnLogs', 1, '"vpnLogs" is evidence, not a value; use found(vpnLogs)'],
    ['max + 1', 0, '"max" is a function; call it, as in max(…)'],
    ['turn(1)', 0, '"turn" is a variable, not a function'],
    ['2 * trust(1)', 4, '"trust" is a metric, not a function'],
  ])('%s', (source, offset, message) => {
    expect(summary(source)).toEqual([['expr/wrong-kind', offset, message]]);
  });
});

describe('expr/arity', () => {
  test.each([
    ['min()', 0, 'min() takes at least 1 argument, got 0'],
    ['1 + max()', 4, 'max() takes at least 1 argument, got 0'],
    ['clamp(1, 2)', 0, 'clamp() takes 3 arguments, got 2'],
    ['clamp(1, 2, 3, 4)', 0, 'clamp() takes 3 arguments, got 4'],
    ['abs(1, 2)', 0, 'abs() takes 1 argument, got 2'],
    ['round()', 0, 'round() takes 1 argument, got 0'],
    ['taken()', 0, 'taken() takes 1 argument, got 0'],
    ['load + found(vpnLogs, ddosiaConfig)', 7, 'found() takes 1 argument, got 2'],
  ])('%s', (source, offset, message) => {
    expect(summary(source)).toEqual([['expr/arity', offset, message]]);
  });

  test('errors inside the arguments are reported too', () => {
    expect(summary('clamp(trst)').map(([code]) => code)).toEqual(['expr/unknown-name', 'expr/arity']);
  });
});

describe('expr/syntax', () => {
  test.each([
    ['', 0, 'syntax error: empty expression'],
    ['   ', 0, 'syntax error: empty expression'],
    ['1 +', 3, 'syntax error: Expected expression after +'],
    ['(1 + 2', 6, 'syntax error: Unclosed ('],
    ['load load', 5, 'syntax error: missing operator before "load"'],
    ['min(1 2)', 6, 'syntax error: missing operator before "2"'],
    ['min(load !quiet)', 9, 'syntax error: missing operator before "!"'],
    ['2(3)', 1, 'syntax error: missing operator before "("'],
    ['typeof load', 7, 'syntax error: missing operator before "load"'],
    ['load # 2', 5, 'syntax error: unexpected character "#"'],
    ['load − 2', 5, 'syntax error: unexpected character "−"'],
  ])('%j', (source, offset, message) => {
    expect(summary(source)[0]).toEqual(['expr/syntax', offset, message]);
  });

  test('jsep refuses what the lexer lets through, located', () => {
    const [error] = errorsOf('leaked ? 1 : 2 : 3');
    expect(error).toMatchObject({ code: 'expr/syntax', offset: 15 });
  });
});

describe('expr/unsupported', () => {
  test.each([
    ['a.b', 1, '.'],
    ['load.toFixed', 4, '.'],
    ['1..toString', 2, '.'],
    ['Math.max(1)', 4, '.'],
    ['load[0]', 4, '['],
    ['[1]', 0, '['],
    ['{}', 0, '{'],
    ['"str"', 0, 'string'],
    ["taken('notifyAnssi')", 6, 'string'],
    ['`x`', 0, 'string'],
    ['this', 0, 'this'],
    ['load === 7', 5, '==='],
    ['load !== 7', 5, '!=='],
    ['load ** 2', 5, '**'],
    ['load ?? 1', 5, '??'],
    ['load = 1', 5, '='],
    ['load += 1', 5, '+='],
    ['load >>>= 1', 5, '>>>='],
    ['load++', 4, '++'],
    ['load--1', 4, '--'],
    ['load & 1', 5, '&'],
    ['load | 1', 5, '|'],
    ['load ^ 1', 5, '^'],
    ['~load', 0, '~'],
    ['load << 1', 5, '<<'],
    ['load >> 1', 5, '>>'],
    ['load >>> 1', 5, '>>>'],
    ['x => 1', 2, '=>'],
    ['leaked ?.5 : 1', 7, '?.'],
    ['load; trust', 4, ';'],
    ['load, trust', 4, ','],
    ['(load, trust)', 5, ','],
    ['min((1, 2))', 6, ','],
    ['(min)(1)', 5, 'call'],
    ['true(1)', 0, 'call'],
    ['1e999', 0, 'number'],
  ])('%s: %s at %i', (source, offset, what) => {
    const [error] = errorsOf(source);
    expect(error).toMatchObject({ code: 'expr/unsupported', offset, params: { what } });
  });

  test.each([
    ['load === 7', '"===" is not supported; use "==" (it compares numbers)'],
    ['load !== 7', '"!==" is not supported; use "!=" (it compares numbers)'],
    ['a.b', 'member access (".") is not supported; name a metric, flag or id directly, such as trust'],
    ['load & 1', '"&" (bitwise and) is not supported; did you mean "&&"?'],
    ['load = 1', '"=" (assignment) is not supported; to compare, use "=="'],
    ['"x"', 'strings are not supported; ids are bare names: write taken(notifyAnssi), not taken("notifyAnssi")'],
    ['1e999', 'number 1e999 is too large'],
  ])('%s says why', (source, message) => {
    expect(errorsOf(source)[0]?.message).toBe(message);
  });
});

describe('hostile input gives a clear error, without hanging', () => {
  const quick = (source: string) => {
    const start = performance.now();
    const r = compileExpr(source, symbols);
    expect(performance.now() - start).toBeLessThan(HANG_MS);
    if (r.ok) throw new Error('should not compile');
    return r.errors;
  };

  test('constructor.constructor("return 1")()', () => {
    expect(quick("constructor.constructor('return 1')()").map((e) => [e.offset, e.params?.what])).toEqual([
      [11, '.'],
      [24, 'string'],
      [35, 'call'],
    ]);
  });

  test('100,000 opening parentheses: refused for length, without parsing', () => {
    expect(quick('('.repeat(100_000))).toEqual([
      {
        code: 'expr/unsupported',
        message: 'expression too long (100000 characters; at most 2000)',
        params: { what: 'length' },
        offset: 2000,
      },
    ]);
  });

  test('2001 characters are too long; 2000 are fine', () => {
    expect(quick('1' + '+1'.repeat(1000))[0]?.params?.what).toBe('length');
    const ok = compileExpr('1' + '+1'.repeat(999) + ' ', symbols);
    expect(ok.ok && ok.evaluate({} as never)).toBe(1000);
  });

  test('65 nested parentheses are refused at the 65th, 64 are fine', () => {
    expect(quick('('.repeat(65) + '1' + ')'.repeat(65))).toEqual([
      {
        code: 'expr/unsupported',
        message: 'parentheses nested too deeply (more than 64 levels)',
        params: { what: 'nesting' },
        offset: 64,
      },
    ]);
    expect(quick('('.repeat(1999))[0]?.params?.what).toBe('nesting');
    const ok = compileExpr('('.repeat(64) + '1' + ')'.repeat(64), symbols);
    expect(ok.ok).toBe(true);
  });

  test('long chains that nest without parentheses compile and run', () => {
    const nots = compileExpr('!'.repeat(1990) + 'leaked', symbols);
    const minuses = compileExpr('- '.repeat(995) + '1', symbols);
    const ternaries = compileExpr('quiet ? 1 : '.repeat(166) + '2', symbols);
    expect(nots.ok && nots.evaluate({ flags: { leaked: true } } as never)).toBe(true);
    expect(minuses.ok && minuses.evaluate({} as never)).toBe(-1);
    expect(ternaries.ok && ternaries.evaluate({ flags: { quiet: false } } as never)).toBe(2);
  });
});
