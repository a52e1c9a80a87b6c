/**
 * Map labels never overlap (issue 13: "map labels collide, misleading in French"). Phaser cannot
 * load under Node, so the placement is a pure function over label sizes; here the sizes come from
 * a deliberately generous estimate of the game's font (wider than it renders).
 */
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, layoutLabels, mapGeometry, overlapArea, type Measure, type Rect } from '../../src/game/map/labelLayout';
import { pick } from '../../src/store/text';
import { bundledFiles, loadBundled } from '../engine/bundled';

/** Text size at a font and wrap width: 0.62 em a character, 1.25 em a line, Phaser's padding (4 px, 1 px). */
export function estimate(texts: readonly string[]): Measure {
  return (i, fontPx, wrapPx) => {
    const em = 0.62 * fontPx;
    const lines: number[] = [];
    let line = 0;
    for (const word of texts[i]!.split(/\s+/)) {
      const w = word.length * em;
      if (line > 0 && line + em + w > wrapPx) {
        lines.push(line);
        line = w;
      } else line += (line > 0 ? em : 0) + w;
    }
    lines.push(line);
    return { w: Math.max(...lines) + 8, h: lines.length * fontPx * 1.25 + 2 };
  };
}

/** Every pair of shown labels that overlaps or nearly touches (they would read as one), every label on another node or past the edge. */
function problems(points: { x: number; y: number }[], r: number, rects: (Rect | null)[], width: number, height: number, names: string[]): string[] {
  const out: string[] = [];
  rects.forEach((a, i) => {
    if (!a) return;
    if (a.x < 0 || a.y < 0 || a.x + a.w > width || a.y + a.h > height) out.push(`"${names[i]}" past the edge`);
    const near = { x: a.x - (LABEL_GAP - 1), y: a.y - (LABEL_GAP - 1), w: a.w + 2 * (LABEL_GAP - 1), h: a.h + 2 * (LABEL_GAP - 1) };
    rects.forEach((b, j) => j > i && b && overlapArea(near, b) > 0 && out.push(`"${names[i]}" over or against "${names[j]}"`));
    points.forEach((p, j) => j !== i && overlapArea(a, { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }) > 0 && out.push(`"${names[i]}" over node "${names[j]}"`));
  });
  return out;
}

// The map's canvas in the ops room (measured in the browser): laptop 1366x768, projector 1920x1080, tablet, phone.
const ROOMY = [
  [649, 311],
  [926, 455],
] as const;
const TIGHT = [
  [750, 198],
  [372, 198],
] as const;

const withMaps = bundledFiles()
  .map((f) => [f, loadBundled(f)] as const)
  .filter(([, l]) => l.scenario.map !== undefined);

describe.each(withMaps.flatMap(([f, l]) => l.scenario.locales.map((lang) => [f, lang, l] as const)))('%s in %s', (_file, lang, loaded) => {
  const nodes = loaded.scenario.map!.nodes;
  const names = nodes.map((n) => pick(n.label, lang, loaded.scenario.locales));

  it.each(ROOMY)('at %ix%i every label is shown, and none overlaps another, a node or the edge', (width, height) => {
    const g = mapGeometry(nodes, width, height, true);
    const layout = layoutLabels(g.points, g.radius, g.fontPx, width, height, estimate(names));
    expect(layout.hidden).toBe(0);
    expect(problems(g.points, g.radius, layout.places.map((p) => p?.rect ?? null), width, height, names)).toEqual([]);
  });

  it.each(TIGHT)('at %ix%i no label overlaps (those without room are hidden)', (width, height) => {
    const g = mapGeometry(nodes, width, height, true);
    const layout = layoutLabels(g.points, g.radius, g.fontPx, width, height, estimate(names));
    expect(problems(g.points, g.radius, layout.places.map((p) => p?.rect ?? null), width, height, names)).toEqual([]);
    expect(layout.hidden).toBeLessThan(names.length);
  });
});

describe('the placement', () => {
  const texts = ['Nettoyage et opérateurs de transit', 'Flood volumétrique (couches 3-4)', 'CDN et WAF'];
  const points = [
    { x: 200, y: 100 },
    { x: 260, y: 100 },
    { x: 230, y: 150 },
  ];

  it('moves crowded labels apart, narrower or smaller when it must, never over each other', () => {
    const layout = layoutLabels(points, 20, 16, 480, 260, estimate(texts));
    expect(layout.hidden).toBe(0);
    expect(problems(points, 20, layout.places.map((p) => p!.rect), 480, 260, texts)).toEqual([]);
    // Placed at the full 16 px and 9 em, the two long labels would cover each other.
    const wide = estimate(texts);
    expect(wide(0, 16, 144).w + wide(1, 16, 144).w).toBeGreaterThan(2 * (points[1]!.x - points[0]!.x));
  });

  it('prefers the place below its node when it is free', () => {
    const layout = layoutLabels([{ x: 100, y: 50 }], 20, 16, 300, 200, estimate(['Clients']));
    expect(layout.places[0]).toMatchObject({ x: 100, y: 74, ox: 0.5, oy: 0 });
    expect(layout.fontPx).toBe(16);
  });

  it('hides what cannot fit rather than overlapping it', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ x: 40 + i * 4, y: 40 }));
    const layout = layoutLabels(many, 14, 13, 120, 80, estimate(many.map(() => 'Bureaux de poste')));
    expect(layout.hidden).toBeGreaterThan(0);
    expect(problems(many, 14, layout.places.map((p) => p?.rect ?? null), 120, 80, many.map((_, i) => String(i)))).toEqual([]);
  });
});
