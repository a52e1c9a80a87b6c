/** "Did you mean …?" for near misses in ids, keys and names. */

/** Edit distance (Levenshtein), capped: returns cap + 1 once the distance exceeds it. */
export function editDistance(a: string, b: string, cap = 8): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** How far a name may be from its suggestion: 1 to 3 edits, with the name's length. */
const limitFor = (name: string): number => Math.max(1, Math.min(3, Math.floor(name.length / 3)));

/** The nearest candidate within a distance that scales with the name's length, if any. For short, fixed lists. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = limitFor(name);
  let best: string | undefined;
  let bestDistance = limit + 1;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(name, c, limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` did you mean "x"?` or '' — to append to a message. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s === undefined ? '' : `; did you mean "${s}"?`;
}

/** Names of one length, in declaration order, with their lower case. */
type Index = Map<number, { name: string; lower: string; order: number }[]>;

/** Lookups per file that may get a suggestion; a file shows at most 200 problems anyway. */
export const MAX_SUGGESTIONS = 200;
/** Character comparisons per file for all suggestions together: some tens of milliseconds. */
export const MAX_SUGGESTION_WORK = 4_000_000;

/**
 * Suggestions for one file, on a budget: a hostile file can name thousands of unknown ids among
 * thousands of declared ones, and comparing each with each took minutes. Candidates are indexed
 * by length (only lengths within the edit limit are compared); after MAX_SUGGESTIONS lookups, or
 * once MAX_SUGGESTION_WORK comparisons are spent, it stops suggesting. The count makes the result
 * depend only on the file, never on the machine's speed.
 */
export class Suggester {
  private lookups = 0;
  private work = 0;
  private readonly indexes = new WeakMap<object, Index>();
  private readonly lists = new WeakMap<object, Map<string, readonly string[]>>();

  constructor(
    private readonly maxLookups = MAX_SUGGESTIONS,
    private readonly maxWork = MAX_SUGGESTION_WORK,
  ) {}

  /** The nearest candidate, as `suggest` finds it, or undefined once the budget is spent. Keep `candidates` the same object between calls, so its index is reused. */
  near(name: string, candidates: ReadonlySet<string> | readonly string[]): string | undefined {
    if (this.lookups >= this.maxLookups || this.work >= this.maxWork) return undefined;
    this.lookups++;
    const index = this.indexOf(candidates);
    const limit = limitFor(name);
    const lower = name.toLowerCase();
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestOrder = Infinity;
    for (let length = name.length - limit; length <= name.length + limit; length++) {
      const bucket = index.get(length);
      if (bucket === undefined) continue;
      for (let i = 0; i < bucket.length; i++) {
        const c = bucket[i]!;
        this.work += name.length * c.name.length + 1;
        if (this.work > this.maxWork) return undefined;
        const d = c.lower === lower ? 0 : editDistance(name, c.name, limit);
        // Ties go to the first declared, as with `suggest`.
        if (d < bestDistance || (d === bestDistance && d <= limit && c.order < bestOrder)) {
          best = c.name;
          bestDistance = d;
          bestOrder = c.order;
        }
      }
    }
    return best;
  }

  /** The candidate list `make` builds for `owner` and `key`, built once per suggester: the same array, so its index is reused. */
  listFor(owner: object, key: string, make: () => readonly string[]): readonly string[] {
    let lists = this.lists.get(owner);
    if (lists === undefined) this.lists.set(owner, (lists = new Map()));
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = make()));
    return list;
  }

  private indexOf(candidates: ReadonlySet<string> | readonly string[]): Index {
    let index = this.indexes.get(candidates);
    if (index !== undefined) return index;
    index = new Map();
    let order = 0;
    for (const name of candidates) {
      const entry = { name, lower: name.toLowerCase(), order: order++ };
      const bucket = index.get(name.length);
      if (bucket === undefined) index.set(name.length, [entry]);
      else bucket.push(entry);
    }
    this.indexes.set(candidates, index);
    return index;
  }
}
