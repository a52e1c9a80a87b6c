/** The one change that turns a text into another: what differs between their common start and end. Pure. */

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** The smallest single replacement of `before` that gives `after` (null when they are equal). */
export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
