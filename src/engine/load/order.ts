/** Document order for findings on a value with no source text: by array index and key order. */
import { isRecord, type Path } from './finding';

/** Compare two paths by where they appear in `root`; a key not present sorts after the present ones. */
export function documentOrder(root: unknown): (a: Path, b: Path) => number {
  return (a, b) => {
    let v = root;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x !== y) return rank(v, x) - rank(v, y);
      v = Array.isArray(v) ? v[x as number] : isRecord(v) ? v[x] : undefined;
    }
    return a.length - b.length;
  };
}

function rank(container: unknown, seg: string | number): number {
  if (typeof seg === 'number') return seg;
  const i = isRecord(container) ? Object.keys(container).indexOf(seg) : -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}
