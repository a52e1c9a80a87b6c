/**
 * The situation picture: the scenario's map nodes coloured by their metric, links carrying a flow
 * whose density and speed follow their metric, values easing to their new level as a turn resolves.
 */
import * as Phaser from 'phaser';
import type { Metric, ScenarioMap } from '../../store';
import { COLORS, css, goodness, goodnessColor, level } from '../../theme';
import { kindTexture } from './kindIcons';
import { mapGeometry } from './labelLayout';
import { placeLabels } from './labels';
import type { NodeView } from './nodeView';

export interface MapData {
  map: ScenarioMap;
  metrics: readonly Metric[];
  /** Node and link labels, already in the current language. */
  labels: Record<string, string>;
  /** Metrics whose value must not show (hidden during play): drawn neutral. */
  hidden: ReadonlySet<string>;
}

interface LinkView {
  from: NodeView;
  to: NodeView;
  metric: string | undefined;
}

const EASE_MS = 1400;
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

/** Draws one scenario map in a Phaser scene; values ease, flows move, changed nodes pulse. */
export class MapView {
  private data: MapData | null = null;
  private nodes: NodeView[] = [];
  private links: LinkView[] = [];
  private shown: Record<string, number> = {};
  private from: Record<string, number> = {};
  private target: Record<string, number> = {};
  private easeStart = -1;
  private readonly base: Phaser.GameObjects.Graphics;
  private readonly flow: Phaser.GameObjects.Graphics;
  private readonly discs: Phaser.GameObjects.Graphics;
  private width = 1;
  private height = 1;
  private radius = 24;
  private clock = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: { animate: boolean; labels: boolean; dim?: number } = { animate: true, labels: true },
  ) {
    this.base = scene.add.graphics();
    this.flow = scene.add.graphics();
    this.discs = scene.add.graphics();
  }

  /** Show a map (replaces any previous one); values start where given. */
  setData(data: MapData, values: Record<string, number>): void {
    this.clear();
    this.data = data;
    const byId = new Map<string, NodeView>();
    for (const n of data.map.nodes) {
      const icon = this.scene.textures.exists(kindTexture(n.kind)) ? this.scene.add.image(0, 0, kindTexture(n.kind)) : null;
      const label = this.scene.add.text(0, 0, data.labels[n.id] ?? n.id, {
        fontFamily: FONT,
        fontSize: '16px',
        color: css(COLORS.text),
        align: 'center',
        backgroundColor: 'rgba(10, 16, 32, 0.82)',
        padding: { x: 4, y: 1 },
        wordWrap: { width: 140 },
        resolution: Math.min(2, window.devicePixelRatio || 1),
      });
      label.setOrigin(0.5, 0);
      label.setVisible(this.options.labels);
      const view: NodeView = { id: n.id, kind: n.kind, metric: n.metric, fx: n.x / 100, fy: n.y / 100, x: 0, y: 0, icon, label, pulse: 0 };
      byId.set(n.id, view);
      this.nodes.push(view);
    }
    for (const l of data.map.links) {
      const from = byId.get(l.from);
      const to = byId.get(l.to);
      if (from && to) this.links.push({ from, to, metric: l.metric });
    }
    this.shown = { ...values };
    this.from = { ...values };
    this.target = { ...values };
    this.layout(this.width, this.height);
  }

  /** Move to new values: eased over ~1.4 s when animating, nodes that changed pulse. */
  setValues(values: Record<string, number>): void {
    if (!this.data) return;
    const changed = Object.keys(values).filter((k) => values[k] !== this.target[k]);
    if (changed.length === 0) return;
    for (const n of this.nodes) if (n.metric && changed.includes(n.metric)) n.pulse = 1;
    this.from = { ...this.shown };
    this.target = { ...values };
    if (this.options.animate) this.easeStart = this.clock;
    else this.shown = { ...values };
    this.drawStatic();
  }

  /** Re-label (language switch) without touching values; the new words are placed afresh (French runs longer). */
  setLabels(labels: Record<string, string>): void {
    for (const n of this.nodes) n.label.setText(labels[n.id] ?? n.id);
    this.layout(this.width, this.height);
  }

  /** Fit the map to the canvas size. */
  layout(width: number, height: number): void {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    const g = mapGeometry(this.nodes.map((n) => ({ x: n.fx * 100, y: n.fy * 100 })), this.width, this.height, this.options.labels);
    this.radius = g.radius;
    this.nodes.forEach((n, i) => {
      n.x = g.points[i]!.x;
      n.y = g.points[i]!.y;
    });
    for (const n of this.nodes) n.icon?.setPosition(n.x, n.y).setDisplaySize(this.radius * 1.05, this.radius * 1.05);
    if (this.options.labels) placeLabels(this.nodes, this.radius, g.fontPx, this.width, this.height);
    this.drawStatic();
  }

  private metricOf(id: string | undefined): Metric | undefined {
    return id === undefined ? undefined : this.data?.metrics.find((m) => m.id === id);
  }

  /** Goodness colour of a metric as shown now; neutral when absent or hidden. */
  private colorOf(id: string | undefined): number {
    const m = this.metricOf(id);
    if (!m || this.data?.hidden.has(m.id)) return COLORS.neutral;
    return goodnessColor(goodness(this.shown[m.id] ?? m.initial, m.min, m.max, m.good));
  }

  /** Intensity 0..1 of a link's flow: its metric's level, a faint trickle without one. */
  private intensityOf(id: string | undefined): number {
    const m = this.metricOf(id);
    if (!m || this.data?.hidden.has(m.id)) return 0.18;
    return level(this.shown[m.id] ?? m.initial, m.min, m.max);
  }

  private drawStatic(): void {
    const dim = this.options.dim ?? 1;
    this.base.clear();
    for (const l of this.links) {
      this.base.lineStyle(Math.max(2, this.radius * 0.12), l.metric ? this.colorOf(l.metric) : COLORS.line, 0.35 * dim);
      this.base.lineBetween(l.from.x, l.from.y, l.to.x, l.to.y);
    }
    this.discs.clear();
    for (const n of this.nodes) {
      const c = n.metric ? this.colorOf(n.metric) : n.kind === 'attacker' ? COLORS.bad : COLORS.neutral;
      this.discs.fillStyle(COLORS.bg, 1);
      this.discs.fillCircle(n.x, n.y, this.radius);
      this.discs.fillStyle(c, 0.28 * dim);
      this.discs.fillCircle(n.x, n.y, this.radius);
      this.discs.lineStyle(3, c, dim);
      this.discs.strokeCircle(n.x, n.y, this.radius);
      n.icon?.setAlpha(0.95 * dim);
    }
  }

  /** Advance the animation: easing values, flow particles, pulses. */
  tick(time: number, delta: number): void {
    this.clock = time;
    if (!this.data) return;
    if (this.easeStart >= 0) {
      const p = Math.min(1, (time - this.easeStart) / EASE_MS);
      const e = 1 - (1 - p) ** 3;
      for (const k of Object.keys(this.target)) this.shown[k] = (this.from[k] ?? this.target[k]!) + (this.target[k]! - (this.from[k] ?? this.target[k]!)) * e;
      if (p >= 1) this.easeStart = -1;
      this.drawStatic();
    }
    const dim = this.options.dim ?? 1;
    const g = this.flow;
    g.clear();
    const seconds = time / 1000;
    for (const l of this.links) {
      const k = this.intensityOf(l.metric);
      const dx = l.to.x - l.from.x;
      const dy = l.to.y - l.from.y;
      const len = Math.hypot(dx, dy) || 1;
      const count = Math.round(2 + 16 * k);
      const speed = 30 + 170 * k;
      const size = 2 + 2.5 * k;
      g.fillStyle(l.metric ? this.colorOf(l.metric) : COLORS.accent, (0.5 + 0.5 * k) * dim);
      for (let i = 0; i < count; i++) {
        const t = ((seconds * speed) / len + i / count) % 1;
        if (t * len < this.radius || (1 - t) * len < this.radius) continue;
        g.fillCircle(l.from.x + dx * t, l.from.y + dy * t, size);
      }
    }
    for (const n of this.nodes) {
      if (n.pulse <= 0) continue;
      n.pulse = Math.max(0, n.pulse - delta / 1200);
      g.lineStyle(3, this.colorOf(n.metric), n.pulse);
      g.strokeCircle(n.x, n.y, this.radius * (1 + (1 - n.pulse) * 0.9));
    }
  }

  /** Remove every node and link. */
  clear(): void {
    for (const n of this.nodes) {
      n.icon?.destroy();
      n.label.destroy();
    }
    this.nodes = [];
    this.links = [];
    this.data = null;
    this.base.clear();
    this.flow.clear();
    this.discs.clear();
  }

  destroy(): void {
    this.clear();
    this.base.destroy();
    this.flow.destroy();
    this.discs.destroy();
  }
}
