/** Building the located errors of the expression compiler: codes, English messages and params. */
import type { ExprError } from './types';

export const MAX_LENGTH = 2000;
export const MAX_NESTING = 64;

/** One located error; `params` carry the same facts as the message, for translation. */
export function exprError(
  code: string,
  message: string,
  offset: number,
  params?: Record<string, string | number>,
): ExprError {
  return params === undefined ? { code, message, offset } : { code, message, offset, params };
}

export function syntaxError(detail: string, offset: number): ExprError {
  return exprError('expr/syntax', `syntax error: ${detail}`, offset, { detail, ...syntaxForm(detail) });
}

/**
 * The translation's facts for a syntax detail, ours (the lexer's) or jsep's: `form` names the
 * sentence and `token` the text it quotes. jsep's own words are matched here; a detail we don't
 * know gets no `form`, and the view shows `detail` quoted as it is.
 */
export function syntaxForm(detail: string): Record<string, string> {
  for (const [pattern, form] of SYNTAX_FORMS) {
    const m = pattern.exec(detail);
    if (m !== null) return m[1] === undefined ? { form } : { form, token: m[1] };
  }
  return {};
}

const SYNTAX_FORMS: readonly (readonly [RegExp, string])[] = [
  [/^missing operator before "(.+)"$/, 'missingOperatorBefore'],
  [/^missing operator$/, 'missingOperator'],
  [/^unexpected character "(.+)"$/, 'unexpectedCharacter'],
  [/^empty expression$/, 'empty'],
  [/^Expected expression after (.+)$/, 'operandAfter'],
  [/^Expected expression$/, 'operand'],
  [/^missing unaryOp argument$/, 'operand'],
  [/^Expected comma$/, 'comma'],
  [/^Expected exponent/, 'exponent'],
  [/^Expected (.)$/, 'expected'],
  [/^Unclosed (.)$/, 'unclosed'],
  [/^Unexpected period$/, 'period'],
  [/^Unexpected token (.+)$/, 'unexpected'],
  [/^Unexpected "(.+)"$/, 'unexpected'],
  [/^Unexpected (.+)$/, 'unexpected'],
  [/^Variable names cannot start with a number/, 'nameStartsWithDigit'],
];

export function unsupported(what: string, message: string, offset: number, extra?: Record<string, string | number>): ExprError {
  return exprError('expr/unsupported', message, offset, { what, ...extra });
}

/** `unknown <kind> "x"; did you mean "y"?` with the suggestion `near`, if any. */
export function unknownName(kind: string, name: string, near: string | undefined, offset: number): ExprError {
  const hint = near === undefined ? '' : `; did you mean "${near}"?`;
  const params: Record<string, string> = { kind, name };
  if (near !== undefined) params.suggestion = near;
  return exprError('expr/unknown-name', `unknown ${kind} "${name}"${hint}`, offset, params);
}

export function wrongKind(message: string, offset: number, params: Record<string, string>): ExprError {
  return exprError('expr/wrong-kind', message, offset, params);
}

/** `clamp() takes 3 arguments, got 2` or `min() takes at least 1 argument, got 0`. */
export function arity(fn: string, min: number, max: number, got: number, offset: number): ExprError {
  const wanted = min === max ? `${min}` : `at least ${min}`;
  const noun = min === 1 ? 'argument' : 'arguments';
  // `form` and `count` let the translation say "exactly 3" or "at least 1" with its own plural.
  return exprError('expr/arity', `${fn}() takes ${wanted} ${noun}, got ${got}`, offset, {
    fn,
    expected: wanted,
    got,
    form: min === max ? 'exact' : 'atLeast',
    count: min,
  });
}

/** The message for an operator or symbol that the language leaves out on purpose. */
export function unsupportedOperator(op: string, offset: number): ExprError {
  const message = Object.hasOwn(OPERATOR_MESSAGES, op) ? OPERATOR_MESSAGES[op] : undefined;
  return unsupported(op, message ?? `"${op}" is not supported`, offset, { form: operatorForm(op) });
}

/** The sentence an operator's translation takes (keys cannot hold `.`, so operators get names). */
export function operatorForm(op: string): string {
  if (ASSIGNMENTS.includes(op)) return 'assignment';
  if (['^', '~', '<<', '>>', '>>>'].includes(op)) return 'bitwise';
  return (Object.hasOwn(OPERATOR_FORMS, op) ? OPERATOR_FORMS[op] : undefined) ?? 'other';
}

const OPERATOR_FORMS: Readonly<Record<string, string>> = {
  '===': 'strictEquals',
  '!==': 'strictNotEquals',
  '**': 'power',
  '??': 'nullish',
  '=': 'assign',
  '=>': 'arrow',
  '?.': 'optionalChaining',
  '++': 'increment',
  '--': 'decrement',
  '&': 'bitAnd',
  '|': 'bitOr',
  '.': 'member',
  '[': 'brackets',
  ']': 'brackets',
  '{': 'braces',
  '}': 'braces',
  ';': 'semicolon',
  ',': 'comma',
  this: 'this',
  string: 'string',
  call: 'call',
};

const bitwise = (op: string): string => `"${op}" (bitwise operator) is not supported`;
const assignment = (op: string): string => `"${op}" (assignment) is not supported; expressions cannot change the game`;

const ASSIGNMENTS = ['+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??='];

const OPERATOR_MESSAGES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ASSIGNMENTS.map((op) => [op, assignment(op)])),
  '===': '"===" is not supported; use "==" (it compares numbers)',
  '!==': '"!==" is not supported; use "!=" (it compares numbers)',
  '**': '"**" (power) is not supported',
  '??': '"??" is not supported; every name has a value, use "||" or "?:"',
  '=': '"=" (assignment) is not supported; to compare, use "=="',
  '=>': '"=>" (function) is not supported',
  '?.': '"?." (optional chaining) is not supported; to test then give a decimal, write "? 0.5"',
  '++': '"++" is not supported; expressions cannot change the game',
  '--': '"--" is not supported; to subtract a negative number, write "- -"',
  '&': '"&" (bitwise and) is not supported; did you mean "&&"?',
  '|': '"|" (bitwise or) is not supported; did you mean "||"?',
  '^': bitwise('^'),
  '~': bitwise('~'),
  '<<': bitwise('<<'),
  '>>': bitwise('>>'),
  '>>>': bitwise('>>>'),
  '.': 'member access (".") is not supported; name a metric, flag or id directly, such as trust',
  '[': '"[" is not supported (no arrays or indexing)',
  ']': '"]" is not supported (no arrays or indexing)',
  '{': '"{" is not supported (no objects or blocks)',
  '}': '"}" is not supported (no objects or blocks)',
  ';': '";" is not supported; an expression is a single formula',
  ',': '"," is only allowed between the arguments of a function',
  this: '"this" is not supported; name a metric, flag or id directly',
  string: 'strings are not supported; ids are bare names: write taken(notifyAnssi), not taken("notifyAnssi")',
  call: 'only a function name can be called, as in min(a, b)',
};

/** Every punctuation the lexer must recognise as refused, longest first (`.` and `,` are handled apart). */
export const REFUSED_OPERATORS: readonly string[] = Object.keys(OPERATOR_MESSAGES)
  .filter((op) => /^[^a-z.,]/.test(op))
  .sort((a, b) => b.length - a.length);
