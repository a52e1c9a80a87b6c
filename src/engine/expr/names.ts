/** What a name is, for the checks and the messages of the compiler. */
import type { Suggester } from '../suggest';
import type { SymbolTable } from './types';
import { FUNCTIONS, RESERVED_VARIABLES } from './types';

export type IdKind = 'metric' | 'flag' | 'decision' | 'inject' | 'evidence';
export type NameKind = IdKind | 'variable' | 'function';

/** The phrase for a kind inside a sentence: `"x" is a metric`. */
export const KIND_PHRASE: Readonly<Record<NameKind, string>> = {
  metric: 'a metric',
  flag: 'a flag',
  decision: 'a decision',
  inject: 'an inject',
  evidence: 'evidence',
  variable: 'a variable',
  function: 'a function',
};

const SET_OF: Readonly<Record<IdKind, keyof SymbolTable>> = {
  metric: 'metrics',
  flag: 'flags',
  decision: 'decisions',
  inject: 'injects',
  evidence: 'evidence',
};

const ID_KINDS: readonly IdKind[] = ['metric', 'flag', 'decision', 'inject', 'evidence'];
const VARIABLES: ReadonlySet<string> = new Set(RESERVED_VARIABLES);
const FUNCTION_NAMES: ReadonlySet<string> = new Set(FUNCTIONS);

/** The first kind a name has: reserved names first, then metric, flag, decision, inject, evidence. */
export function kindOf(name: string, symbols: SymbolTable): NameKind | undefined {
  if (VARIABLES.has(name)) return 'variable';
  if (FUNCTION_NAMES.has(name)) return 'function';
  return ID_KINDS.find((k) => symbols[SET_OF[k]].has(name));
}

export function isKind(name: string, kind: IdKind, symbols: SymbolTable): boolean {
  return symbols[SET_OF[kind]].has(name);
}

/** Every id of the given kinds, for "did you mean" (the same array for the same table, kinds and suggester, which keeps it). */
export function idsOf(kinds: readonly IdKind[], symbols: SymbolTable, suggester: Suggester): readonly string[] {
  return suggester.listFor(symbols, kinds.join(','), () => kinds.flatMap((k) => [...symbols[SET_OF[k]]]));
}

/** The functions that take a bare id, with the kinds of id each accepts. */
export interface IdFunction {
  readonly kinds: readonly IdKind[];
  /** In `taken() expects a decision, but …`. */
  readonly expects: string;
  /** In `unknown decision "x"`. */
  readonly noun: string;
}

export const ID_FUNCTIONS: ReadonlyMap<string, IdFunction> = new Map([
  ['taken', { kinds: ['decision'], expects: 'a decision', noun: 'decision' }],
  ['since', { kinds: ['decision', 'inject'], expects: 'a decision or an inject', noun: 'decision or inject' }],
  ['fired', { kinds: ['inject'], expects: 'an inject', noun: 'inject' }],
  ['found', { kinds: ['evidence'], expects: 'an evidence id', noun: 'evidence' }],
  ['searched', { kinds: ['evidence'], expects: 'an evidence id', noun: 'evidence' }],
]);

/** The numeric functions with their argument counts (`max` Infinity: any number from `min`). */
export const MATH_FUNCTIONS: ReadonlyMap<string, { min: number; max: number }> = new Map([
  ['min', { min: 1, max: Infinity }],
  ['max', { min: 1, max: Infinity }],
  ['clamp', { min: 3, max: 3 }],
  ['abs', { min: 1, max: 1 }],
  ['round', { min: 1, max: 1 }],
]);

/** How to use an id that is not a value: `use taken(x)`. */
export const VALUE_HINT: Readonly<Partial<Record<NameKind, string>>> = {
  decision: 'taken',
  inject: 'fired',
  evidence: 'found',
};

/** The names a bare identifier may take, for "did you mean". */
export function valueNames(symbols: SymbolTable, suggester: Suggester): readonly string[] {
  return suggester.listFor(symbols, 'values', () => [...symbols.metrics, ...symbols.flags, ...RESERVED_VARIABLES, 'true', 'false']);
}
