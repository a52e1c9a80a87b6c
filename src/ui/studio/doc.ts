/**
 * The draft's parse, once per change of its text: the overview, the part forms, their ids and
 * languages all read the same tree (a 150 kB draft parses in tens of milliseconds). Pure.
 */
import { parse, parseTree, type JSONPath, type Node } from 'jsonc-parser';

/** The text's parse, remembered: a render asks many times. */
export interface Doc {
  text: string;
  readonly root: Node | undefined;
  at(path: JSONPath): unknown;
}

let last: Doc | null = null;

/**
 * The draft's value and tree, best effort on a half-written draft. A render reads values only: the
 * value is parsed once (jsonc-parser's `parse`, lighter than building the tree), and each path read
 * from it; the tree (offsets, for the edits that add, move or remove) is built only when asked.
 */
export function docOf(text: string): Doc {
  if (last?.text === text) return last;
  const options = { allowTrailingComma: true, disallowComments: false };
  let whole: { value: unknown } | null = null;
  let tree: { root: Node | undefined } | null = null;
  const at = (path: JSONPath): unknown => {
    whole ??= { value: parse(text, [], options) as unknown };
    let v = whole.value;
    for (const step of path) {
      if (typeof v !== 'object' || v === null) return undefined;
      v = Array.isArray(v) ? (typeof step === 'number' ? v[step] : undefined) : Object.hasOwn(v, step) ? (v as Record<string, unknown>)[String(step)] : undefined;
    }
    return v;
  };
  last = {
    text,
    get root() {
      tree ??= { root: parseTree(text, [], options) };
      return tree.root;
    },
    at,
  };
  return last;
}
