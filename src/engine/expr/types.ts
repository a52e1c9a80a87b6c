/** The contract between the expression compiler and the engine that evaluates expressions. */

export type ExprValue = number | boolean;

/** What an expression can see while it is evaluated. Built by the engine from the game state. */
export interface ExprContext {
  readonly metrics: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly turn: number;
  readonly minutes: number;
  readonly staffLeft: number;
  readonly budgetLeft: number;
  /** Times a decision was taken. */
  taken(id: string): number;
  /** Current turn minus the turn a decision or inject last happened, or 1e9 if never. */
  since(id: string): number;
  /** Times an inject fired. */
  fired(id: string): number;
  /** Evidence revealed and found. */
  found(id: string): boolean;
  /** Evidence searched for at all. */
  searched(id: string): boolean;
  /**
   * Optional, for speed: the same metrics and flags by position in the symbol table's sets (a
   * scenario's declaration order). Compiled leaves read these when present, by name otherwise.
   */
  readonly metricValues?: readonly number[];
  readonly flagValues?: readonly boolean[];
}

export type Evaluator = (ctx: ExprContext) => ExprValue;

/** The ids an expression may name, by kind. Built by the checker from the scenario. */
export interface SymbolTable {
  readonly metrics: ReadonlySet<string>;
  readonly flags: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly injects: ReadonlySet<string>;
  readonly evidence: ReadonlySet<string>;
}

export interface ExprError {
  /** e.g. `expr/syntax`, `expr/unknown-name`, `expr/wrong-kind`, `expr/arity`, `expr/unsupported`. */
  code: string;
  /** English message, complete, e.g. `unknown name "trst"; did you mean "trust"?`. */
  message: string;
  params?: Record<string, string | number>;
  /** 0-based character offset in the expression text, for locating the error. */
  offset: number;
}

export type CompileResult = { ok: true; evaluate: Evaluator } | { ok: false; errors: ExprError[] };

/** Booleans count as 1 and 0 where a number is expected. */
export function toNumber(v: ExprValue): number {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

export function toBoolean(v: ExprValue): boolean {
  return typeof v === 'boolean' ? v : v !== 0;
}

export const RESERVED_VARIABLES = ['turn', 'minutes', 'staffLeft', 'budgetLeft'] as const;
export const FUNCTIONS = ['min', 'max', 'clamp', 'abs', 'round', 'taken', 'since', 'fired', 'found', 'searched'] as const;
export const RESERVED_NAMES: readonly string[] = [...RESERVED_VARIABLES, 'true', 'false', ...FUNCTIONS];
