/** From a finding's JSON path to a 1-based line and column in the source text. */
import type { Node } from 'jsonc-parser';
import type { Finding, Path } from './finding';

export interface Position {
  line: number;
  col: number;
}

/** Returns a function that locates findings in `text`, whose parse tree is `root`. Columns count UTF-16 units. */
export function locator(text: string, root: Node | undefined): (f: Finding) => Position {
  const starts = lineStarts(text);
  const members = new WeakMap<Node, Map<string, Node>>();
  return (f) => positionOf(starts, f.at ?? offsetOf(text, root, f, members));
}

type Members = WeakMap<Node, Map<string, Node>>;

function offsetOf(text: string, root: Node | undefined, f: Finding, members: Members): number {
  if (root === undefined) return 0;
  const { node, complete } = nodeAt(root, f.path, members);
  if (!complete) return node.offset;
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (f.onKey === true && key !== undefined) return key.offset;
  if (f.inString !== undefined && node.type === 'string') return offsetInString(text, node, f.inString);
  return node.offset;
}

/** The node at `path`, or the deepest one that exists on the way. A repeated key resolves to its last occurrence, as in JSON.parse. */
function nodeAt(root: Node, path: Path, members: Members): { node: Node; complete: boolean } {
  let node = root;
  for (const seg of path) {
    let next: Node | undefined;
    if (node.type === 'array' && typeof seg === 'number') next = node.children?.[seg];
    if (node.type === 'object') next = membersOf(node, members).get(String(seg));
    if (next === undefined) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}

/** An object's values by key, built once per object: a hostile object can have 100,000 keys, each with a finding. */
function membersOf(node: Node, cache: Members): Map<string, Node> {
  let map = cache.get(node);
  if (map !== undefined) return map;
  map = new Map();
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k !== undefined && v !== undefined) map.set(String(k.value), v); // later wins, as in JSON.parse
  }
  cache.set(node, map);
  return map;
}

/** Source offset of the `index`-th character of a string literal's decoded value. */
function offsetInString(text: string, node: Node, index: number): number {
  const end = node.offset + node.length - 1;
  let i = node.offset + 1;
  for (let decoded = 0; decoded < index && i < end; decoded++) {
    i += text[i] !== '\\' ? 1 : text[i + 1] === 'u' ? 6 : 2;
  }
  return Math.min(i, end);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}
