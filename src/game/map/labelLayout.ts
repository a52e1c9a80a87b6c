/**
 * Where the map's nodes and their labels go, as plain numbers (no Phaser: tested under Node).
 * Labels never overlap each other, another node or the canvas edge: each tries eight places
 * around its node, near then farther; when one cannot be placed, every label is wrapped narrower,
 * then set smaller, and the placement starts again. On a map too small for all of them (a phone),
 * the labels that still find no room are hidden rather than drawn over the others.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Size {
  w: number;
  h: number;
}

/** Where one label goes: its anchor point, its origin (Phaser's convention: 0..1) and the box it covers. */
export interface LabelPlace {
  x: number;
  y: number;
  ox: number;
  oy: number;
  rect: Rect;
}

export interface LabelLayout {
  fontPx: number;
  wrapPx: number;
  /** null: no room for this label without covering another or a node (it is hidden). */
  places: (LabelPlace | null)[];
  /** How many labels are hidden (0 when the map has room). */
  hidden: number;
}

/** Label `i` measured at a font size and wrap width (Phaser's text in the game, an estimate in tests). */
export type Measure = (i: number, fontPx: number, wrapPx: number) => Size;

export interface Geometry {
  radius: number;
  fontPx: number;
  points: { x: number; y: number }[];
}

/** Node positions (from 0..100 map coordinates), node radius and label font for a canvas size. */
export function mapGeometry(nodes: readonly { x: number; y: number }[], width: number, height: number, labels: boolean): Geometry {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const radius = Math.max(14, Math.min(34, Math.min(w, h) * 0.06));
  const padX = radius * 2.6;
  const padTop = radius * 1.4;
  const padBottom = radius * 1.4 + (labels ? 26 : 0);
  const fontPx = Math.round(Math.max(13, Math.min(20, radius * 0.62)));
  const points = nodes.map((n) => ({ x: padX + (n.x / 100) * (w - 2 * padX), y: padTop + (n.y / 100) * (h - padTop - padBottom) }));
  return { radius, fontPx, points };
}

export const overlapArea = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Space kept between two labels, so two stacked labels never read as one. */
export const LABEL_GAP = 6;

const grow = (a: Rect, by: number): Rect => ({ x: a.x - by, y: a.y - by, w: a.w + 2 * by, h: a.h + 2 * by });

const inside = (a: Rect, width: number, height: number) => a.x >= 0 && a.y >= 0 && a.x + a.w <= width && a.y + a.h <= height;

/** The places tried around a node, best first: below, above, right, left, the corners, slid sideways; then farther out. */
function candidates(p: { x: number; y: number }, r: number, size: Size): LabelPlace[] {
  const { w, h } = size;
  const out: LabelPlace[] = [];
  for (const step of [4, 4 + r * 0.6, 4 + r * 1.2]) {
    const d = r + step;
    const diag = r * 0.7 + step;
    const at = (x: number, y: number, ox: number, oy: number): LabelPlace => ({ x, y, ox, oy, rect: { x: x - ox * w, y: y - oy * h, w, h } });
    out.push(
      at(p.x, p.y + d, 0.5, 0),
      at(p.x, p.y - d, 0.5, 1),
      at(p.x + d, p.y, 0, 0.5),
      at(p.x - d, p.y, 1, 0.5),
      at(p.x + diag, p.y + diag, 0, 0),
      at(p.x - diag, p.y + diag, 1, 0),
      at(p.x + diag, p.y - diag, 0, 1),
      at(p.x - diag, p.y - diag, 1, 1),
      // Below and above, slid sideways so the label hangs off one side of its node.
      at(p.x, p.y + d, 0.15, 0),
      at(p.x, p.y + d, 0.85, 0),
      at(p.x, p.y - d, 0.15, 1),
      at(p.x, p.y - d, 0.85, 1),
    );
  }
  return out;
}

/** Greedy placement at one font and wrap: each label at its first place that clashes with nothing, or null. */
function tryPlace(points: readonly { x: number; y: number }[], r: number, sizes: readonly Size[], width: number, height: number): (LabelPlace | null)[] {
  const discs = points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }));
  const places: (LabelPlace | null)[] = points.map(() => null);
  const placed: Rect[] = [];
  // Top to bottom, left to right: the order the eye reads, so near-identical maps place alike.
  const order = points.map((p, i) => ({ p, i })).sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);
  for (const { p, i } of order) {
    const free = candidates(p, r, sizes[i]!).find(
      (c) => inside(c.rect, width, height) && discs.every((d, j) => j === i || overlapArea(c.rect, d) === 0) && placed.every((q) => overlapArea(grow(c.rect, LABEL_GAP), q) === 0),
    );
    places[i] = free ?? null;
    if (free) placed.push(free.rect);
  }
  return places;
}

/** Place every label: narrower, then smaller, until all fit; else the setting that hides the fewest. */
export function layoutLabels(points: readonly { x: number; y: number }[], r: number, fontPx: number, width: number, height: number, measure: Measure): LabelLayout {
  let best: LabelLayout | null = null;
  for (let f = fontPx; f >= Math.min(fontPx, 11); f -= 1) {
    for (const ems of [9, 7, 5.5]) {
      const wrapPx = Math.round(f * ems);
      const places = tryPlace(points, r, points.map((_, i) => measure(i, f, wrapPx)), width, height);
      const hidden = places.filter((p) => p === null).length;
      if (best === null || hidden < best.hidden) best = { fontPx: f, wrapPx, places, hidden };
      if (hidden === 0) return best;
    }
  }
  return best ?? { fontPx, wrapPx: Math.round(fontPx * 9), places: [], hidden: 0 };
}
