/**
 * A pre-pass over the source, before jsep sees it: it refuses what the language leaves out
 * (with the exact offset, which jsep's nodes don't carry), bounds the nesting so that the
 * recursive parser can't overflow the stack, and lists the leaf tokens with their offsets.
 * Its token rules mirror jsep's (identifiers, numbers, whitespace) so the two agree on the leaves.
 */
import type { ExprError } from './types';
import { MAX_NESTING, REFUSED_OPERATORS, syntaxError, unsupported, unsupportedOperator } from './errors';

/** A name or a number, in source order: jsep's Identifier and Literal nodes, one for one. */
export interface Leaf {
  readonly text: string;
  readonly offset: number;
}

export interface Scan {
  readonly leaves: Leaf[];
  readonly errors: ExprError[];
}

type Kind = 'name' | 'number' | 'open' | 'close' | 'other';

const SUPPORTED_OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '!', '?', ':'];
const OPERATORS = [...REFUSED_OPERATORS, ...SUPPORTED_OPERATORS].sort((a, b) => b.length - a.length);
const REFUSED = new Set(REFUSED_OPERATORS);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const LETTER = /\p{L}/u;
/**
 * ASCII letters, `$`, `_`, and non-ASCII letters: a subset of jsep's identifier characters
 * (it takes any non-ASCII character), so that `a − b` (a Unicode minus) is refused here.
 */
const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95 || (c >= 128 && LETTER.test(String.fromCharCode(c)));
const isNamePart = (c: number): boolean => isNameStart(c) || isDigit(c);

/** Scan `source`; when `errors` is empty, jsep may parse it safely. */
export function scan(source: string): Scan {
  const leaves: Leaf[] = [];
  const errors: ExprError[] = [];
  const calls: boolean[] = []; // for each open parenthesis: does it hold a call's arguments?
  let prev = 'other' as Kind; // (a cast: `push` changes it, which narrowing can't see)
  let i = 0;

  const push = (kind: Kind, start: number, text: string): void => {
    if ((prev === 'name' || prev === 'number' || prev === 'close') && (kind === 'name' || kind === 'number')) {
      errors.push(syntaxError(`missing operator before "${text}"`, start));
    } else if ((prev === 'number' || prev === 'close') && kind === 'open') {
      errors.push(prev === 'number' ? syntaxError('missing operator before "("', start) : unsupportedOperator('call', start));
    }
    prev = kind;
  };

  while (i < source.length) {
    const c = source.charCodeAt(i);
    const start = i;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === 46 && isDigit(source.charCodeAt(i + 1)))) {
      i = numberEnd(source, i);
      const text = source.slice(start, i);
      push('number', start, text);
      leaves.push({ text, offset: start });
    } else if (isNameStart(c)) {
      while (i < source.length && isNamePart(source.charCodeAt(i))) i++;
      const text = source.slice(start, i);
      if (text === 'this') errors.push(unsupportedOperator('this', start));
      push('name', start, text);
      leaves.push({ text, offset: start });
    } else if (c === 34 || c === 39 || c === 96) {
      i = stringEnd(source, i);
      errors.push(unsupportedOperator('string', start));
      push('name', start, source.slice(start, i));
    } else if (c === 40) {
      calls.push(prev === 'name');
      if (calls.length > MAX_NESTING) {
        // Stop here: the rest may be 100,000 more parentheses.
        errors.push(unsupported('nesting', `parentheses nested too deeply (more than ${MAX_NESTING} levels)`, start));
        return { leaves, errors };
      }
      push('open', start, '(');
      i++;
    } else if (c === 41) {
      calls.pop();
      push('close', start, ')');
      i++;
    } else if (c === 44) {
      if (calls[calls.length - 1] !== true) errors.push(unsupportedOperator(',', start));
      prev = 'other';
      i++;
    } else if (c === 46 || c === 91 || c === 93 || c === 123 || c === 125 || c === 59) {
      errors.push(unsupportedOperator(source.charAt(i), start));
      prev = 'other';
      i++;
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      if (op === undefined) {
        errors.push(syntaxError(`unexpected character "${source.charAt(i)}"`, start));
        prev = 'other';
        i++;
      } else {
        if (REFUSED.has(op)) errors.push(unsupportedOperator(op, start));
        // `a !b` would parse as two expressions; in a call's arguments, jsep would take it for `a, !b`.
        else if (op === '!' && (prev === 'name' || prev === 'number' || prev === 'close')) {
          errors.push(syntaxError('missing operator before "!"', start));
        }
        prev = 'other';
        i += op.length;
      }
    }
  }
  return { leaves, errors };
}

/** jsep's numeric literal: digits, an optional fraction, an optional exponent. */
function numberEnd(s: string, i: number): number {
  while (isDigit(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 46) {
    i++;
    while (isDigit(s.charCodeAt(i))) i++;
  }
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    while (isDigit(s.charCodeAt(i))) i++;
  }
  return i;
}

/** The index just past the closing quote (or the end of the source). */
function stringEnd(s: string, i: number): number {
  const quote = s.charCodeAt(i++);
  while (i < s.length) {
    const c = s.charCodeAt(i++);
    if (c === 92) i++;
    else if (c === quote) return i;
  }
  return s.length;
}
