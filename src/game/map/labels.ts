/** Puts each node's label where labelLayout.ts says: measured by Phaser, placed without overlaps (or hidden when there is no room). */
import { layoutLabels, type LabelLayout } from './labelLayout';
import type { NodeView } from './nodeView';

/** Measure every label with Phaser's text at each setting tried, then apply the chosen one. */
export function placeLabels(nodes: readonly NodeView[], r: number, fontPx: number, width: number, height: number): LabelLayout {
  const measure = (i: number, font: number, wrap: number) => {
    const label = nodes[i]!.label.setFontSize(font).setWordWrapWidth(wrap);
    return { w: label.width, h: label.height };
  };
  const layout = layoutLabels(nodes, r, fontPx, width, height, measure);
  nodes.forEach((n, i) => {
    const p = layout.places[i];
    n.label.setFontSize(layout.fontPx).setWordWrapWidth(layout.wrapPx).setVisible(p != null);
    if (p) n.label.setOrigin(p.ox, p.oy).setPosition(p.x, p.y);
  });
  return layout;
}
