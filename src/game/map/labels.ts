/** Where each node's label goes, so labels avoid the other nodes, each other and the canvas edges. */
import type { NodeView } from './nodeView';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Greedy label placement: each label goes below, above, right or left of its node, wherever it
 * covers the least of the other nodes, the labels already placed and the canvas edges.
 */
export function placeLabels(nodes: readonly NodeView[], r: number, fontPx: number, width: number, height: number): void {
  const gap = 4;
  const discs: Rect[] = nodes.map((n) => ({ x: n.x - r, y: n.y - r, w: 2 * r, h: 2 * r }));
  const placed: Rect[] = [];
  const order = nodes.map((n, i) => ({ n, i })).sort((a, b) => a.n.y - b.n.y || a.n.x - b.n.x);
  for (const { n, i } of order) {
    n.label.setFontSize(fontPx).setWordWrapWidth(fontPx * 9);
    const w = n.label.width;
    const h = n.label.height;
    const candidates = [
      { ox: 0.5, oy: 0, x: n.x, y: n.y + r + gap, rect: { x: n.x - w / 2, y: n.y + r + gap, w, h } },
      { ox: 0.5, oy: 1, x: n.x, y: n.y - r - gap, rect: { x: n.x - w / 2, y: n.y - r - gap - h, w, h } },
      { ox: 0, oy: 0.5, x: n.x + r + gap, y: n.y, rect: { x: n.x + r + gap, y: n.y - h / 2, w, h } },
      { ox: 1, oy: 0.5, x: n.x - r - gap, y: n.y, rect: { x: n.x - r - gap - w, y: n.y - h / 2, w, h } },
    ];
    let best = candidates[0]!;
    let bestCost = Infinity;
    candidates.forEach((c, k) => {
      let cost = k * 0.5; // prefer below, then above, right, left
      for (let j = 0; j < discs.length; j++) if (j !== i) cost += 2 * overlap(c.rect, discs[j]!);
      for (const p of placed) cost += overlap(c.rect, p);
      const inside = overlap(c.rect, { x: 0, y: 0, w: width, h: height });
      cost += 3 * (w * h - inside);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    });
    n.label.setOrigin(best.ox, best.oy).setPosition(best.x, best.y);
    placed.push(best.rect);
  }
}
