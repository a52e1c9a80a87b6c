/** Where a problem sits in a session file's text: 1-based line and column, for the facilitator and the CLI. */
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { pathOfPointer } from '../engine';

export interface Place {
  line: number;
  col: number;
}

/** Line and column of a character offset (columns count UTF-16 units, like the scenario checker). */
export function placeOf(text: string, offset: number): Place {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, col: Math.min(offset, text.length) - start + 1 };
}

/** The first syntax error of a text that is not JSON, located; null when it parses. */
export function syntaxPlace(text: string): Place | null {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first ? placeOf(text, first.offset) : null;
}

/** The value at a JSON pointer, or the deepest value on its way; null when the text is not JSON. */
export function pointerPlace(text: string, pointer: string): Place | null {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return null;
  const path = pathOfPointer(pointer);
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return placeOf(text, node.offset);
  }
  return placeOf(text, root.offset);
}
