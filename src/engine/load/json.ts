/** Strict, bounded JSON parsing: located syntax errors, no comments, no duplicate keys, no deep nesting. */
import { createScanner, findNodeAtOffset, getNodePath, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { error, type Finding } from './finding';

/**
 * Larger texts are refused before parsing. A bilingual flagship scenario is a few hundred KB;
 * the cap keeps the worst case (a file crafted to be slow to check) around a second.
 */
export const MAX_CHARS = 1024 * 1024;
/** Deeper nesting is refused before parsing (the parser is recursive). A scenario nests about 8 deep. */
export const MAX_DEPTH = 64;
const MAX_SYNTAX_ERRORS = 10;

// jsonc-parser declares its token kinds as const enums, which isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

export interface ParsedJson {
  value: unknown;
  root: Node | undefined;
  findings: Finding[];
  /** True when the text could not be read as one JSON value: nothing further is checked. */
  fatal: boolean;
}

const failed = (findings: Finding[], root?: Node): ParsedJson => ({ value: undefined, root, findings, fatal: true });

/** Parse `text` as strict JSON into plain objects whose keys can never reach a prototype. */
export function parseStrictJson(text: string): ParsedJson {
  if (text.length > MAX_CHARS) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
    const message = `the file is ${mb(text.length)} MB; the limit is ${mb(MAX_CHARS)} MB`;
    return failed([{ ...error('json/too-large', message, [], { size: text.length, limit: MAX_CHARS, sizeMb: Number(mb(text.length)), limitMb: Number(mb(MAX_CHARS)) }), at: 0 }]);
  }
  if (/^[ \t\n\r]*$/.test(text)) {
    return failed([{ ...error('json/empty', 'the file is empty; a scenario is a JSON object', []), at: text.length }]);
  }
  const tooDeep = nestingBeyond(text, MAX_DEPTH);
  if (tooDeep !== undefined) return failed([deepFinding(tooDeep)]);

  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (e) {
    if (e instanceof RangeError) return failed([deepFinding(0)]);
    throw e;
  }
  if (errors.length > 0 || root === undefined) return failed(syntaxFindings(text, errors, root), root);

  const findings: Finding[] = [];
  return { value: build(root, [], findings), root, findings, fatal: false };
}

function deepFinding(at: number): Finding {
  const message = `nesting is deeper than ${MAX_DEPTH} levels`;
  return { ...error('json/too-deep', message, [], { limit: MAX_DEPTH }), at };
}

/** Offset of the first bracket that opens level `limit + 1`, counted on the parser's own tokens. */
function nestingBeyond(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      open.push(kind);
      if (open.length > limit) return scanner.getTokenOffset();
    } else if ((kind === CLOSE_BRACE && open.at(-1) === OPEN_BRACE) || (kind === CLOSE_BRACKET && open.at(-1) === OPEN_BRACKET)) {
      open.pop();
    }
  }
  return undefined;
}

/** `path` is shared and mutated as the walk goes (copied only for a finding): big files make many nodes. */
function build(node: Node, path: (string | number)[], findings: Finding[]): unknown {
  if (node.type === 'array') {
    return (node.children ?? []).map((child, i) => {
      path.push(i);
      const v = build(child, path, findings);
      path.pop();
      return v;
    });
  }
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (keyNode === undefined || valueNode === undefined) continue;
    const key = String(keyNode.value);
    path.push(key);
    if (seen.has(key)) {
      const message = `duplicate key ${JSON.stringify(key)}`;
      findings.push({ ...error('json/duplicate-key', message, [...path], { key }), onKey: true, at: keyNode.offset });
    }
    seen.add(key);
    const value = build(valueNode, path, findings);
    // Assigning "__proto__" would set the prototype: define it as an ordinary own property (the checker refuses it).
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
    path.pop();
  }
  return out;
}

function syntaxFindings(text: string, errors: readonly ParseError[], root: Node | undefined): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    const f = syntaxFinding(text, e, root);
    if (seen.has(f.at ?? -1)) continue;
    seen.add(f.at ?? -1);
    out.push(f);
    if (out.length === MAX_SYNTAX_ERRORS) break;
  }
  if (out.length === 0) out.push({ ...error('json/syntax', 'not a JSON value', []), at: 0 });
  return out;
}

function syntaxFinding(text: string, e: ParseError, root: Node | undefined): Finding {
  const path = pathAt(root, e.offset);
  const found = text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20));
  const located = (code: string, message: string, at: number, params?: Record<string, string>): Finding => ({
    ...error(code, message, path, params),
    at,
  });
  const problem = printParseErrorCode(e.error);
  const comma = trailingComma(text, problem, e.offset);
  if (comma !== undefined) return located('json/trailing-comma', 'trailing comma: JSON allows no comma before "}" or "]"', comma);
  if (problem === 'InvalidCommentToken' || problem === 'UnexpectedEndOfComment') {
    return located('json/comment', 'comments are not allowed in JSON', e.offset);
  }
  if (problem === 'InvalidSymbol' && found.startsWith("'")) {
    return located('json/single-quote', 'single quotes are not allowed in JSON; use double quotes', e.offset);
  }
  const detail = SYNTAX_MESSAGES[problem] ?? 'syntax error';
  const message = problem === 'InvalidSymbol' ? `${detail} ${JSON.stringify(found)}` : detail;
  // `form` picks the translated sentence; `found` is the text at the error.
  return located('json/syntax', message, e.offset, { problem, found, form: problem });
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," (a comma is missing)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'invalid number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control characters must be escaped in strings',
};

/** Offset of the comma when this error is a `,` right before `}` or `]`. */
function trailingComma(text: string, problem: string, offset: number): number | undefined {
  if (problem !== 'PropertyNameExpected' && problem !== 'ValueExpected') return undefined;
  const close = text[offset];
  if (close !== '}' && close !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && ' \t\n\r'.includes(text[i]!)) i--;
  return text[i] === ',' ? i : undefined;
}

function pathAt(root: Node | undefined, offset: number): (string | number)[] {
  const node = root === undefined ? undefined : findNodeAtOffset(root, offset, true);
  return node === undefined ? [] : getNodePath(node);
}
