/** The scenario graph in the studio: SVG from the worker's layout; each node a button that shows its source. */
import { t } from '../../i18n';
import type { GraphEdgeKind, GraphNode } from '../../authoring';
import { html, nothing, svg, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import { shortLabel } from './graphLabels';
import { ZOOMS } from './graphControl';
import type { LaidOutGraph } from './graphProtocol';
import type { StudioState } from './studioState';

const EDGE_KINDS: GraphEdgeKind[] = ['reads', 'writes', 'sends', 'requires', 'excludes'];

/** What a node reads and writes, in words, for its accessible name. */
function describe(g: LaidOutGraph, n: GraphNode): string {
  const name = (key: string) => g.labels[key] ?? key;
  const into = g.graph.edges.filter((e) => e.to === n.key).map((e) => name(e.from));
  const out = g.graph.edges.filter((e) => e.from === n.key).map((e) => name(e.to));
  return [
    t('studio:graph.node', { kind: t(`studio:graph.kind.${n.kind}`), name: g.labels[n.key] ?? n.id }),
    n.unreached ? t('studio:graph.unreached') : '',
    into.length ? t('studio:graph.from', { list: into.join(', ') }) : '',
    out.length ? t('studio:graph.to', { list: out.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join('. ');
}

function picture(g: LaidOutGraph, zoom: number, c: StudioController): TemplateResult {
  const place = new Map(g.nodes.map((p) => [p.key, p]));
  const activate = (n: GraphNode) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    c.graph.goTo(n.pointer);
  };
  return html`<svg class="graph" data-testid="studio-graph-svg" width=${Math.round(g.width * zoom)} height=${Math.round(g.height * zoom)} viewBox="0 0 ${g.width} ${g.height}" role="group" aria-label=${t('studio:graph.label', { nodes: g.graph.nodes.length, links: g.graph.edges.length })}>
    ${svg`<defs><marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="graph-arrow"></path></marker></defs>
      ${g.edges.map((e, i) => svg`<polyline class="graph-edge edge-${g.graph.edges[i]?.kind ?? 'reads'}" marker-end="url(#graph-arrow)" points=${e.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}></polyline>`)}
      ${g.graph.nodes.map((n) => {
        const p = place.get(n.key);
        if (!p) return nothing;
        return svg`<g class="graph-node kind-${n.kind} ${n.unreached ? 'is-unreached' : ''}" data-testid=${`graph-node-${n.key}`} transform="translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})" tabindex="0" role="button" aria-label=${describe(g, n)} @click=${() => c.graph.goTo(n.pointer)} @keydown=${activate(n)}>
          <rect width=${p.width} height=${p.height} rx="6"></rect>
          <text class="graph-kind" x="10" y="15">${n.unreached ? `${t(`studio:graph.kind.${n.kind}`)} · ${t('studio:graph.never')}` : t(`studio:graph.kind.${n.kind}`)}</text>
          <text class="graph-label" x="10" y="33">${shortLabel(g.labels[n.key] ?? n.id)}</text>
        </g>`;
      })}`}
  </svg>`;
}

function status(state: StudioState['graph'], analysing: boolean): string | null {
  if (state.status === 'laying-out') return t('studio:graph.layingOut');
  if (state.status === 'failed') return t('studio:graph.failed', { message: state.message ?? '' });
  if (state.status === 'waiting') return t(state.value ? 'studio:graph.stale' : analysing ? 'studio:graph.waiting' : 'studio:graph.blocked');
  return null;
}

/** The graph's section under the source: folded until the author opens it (its layout runs in a worker, only then). */
export function graphSection(state: StudioState, c: StudioController): TemplateResult {
  const g = state.graph;
  const line = status(g, state.analysis.kind === 'running');
  const unreached = g.value?.graph.nodes.filter((n) => n.unreached).length ?? 0;
  return html`<details class="studio-graph" data-testid="studio-graph" ?open=${g.open} @toggle=${(e: Event) => c.graph.toggle((e.target as HTMLDetailsElement).open)}>
    <summary>${t('studio:graph.heading')}</summary>
    ${g.open
      ? html`<div class="studio-graph-bar row">
            <span class="hint" role="status" data-testid="studio-graph-status">${line ?? (g.value ? t('studio:graph.summary', { nodes: g.value.graph.nodes.length, links: g.value.graph.edges.length, unreached }) : '')}</span>
            <span class="row studio-graph-zoom" role="group" aria-label=${t('studio:graph.zoom')}>
              ${ZOOMS.map((z) => html`<button class="btn" aria-pressed=${g.zoom === z ? 'true' : 'false'} @click=${() => c.graph.zoom(z)}>${`${Math.round(z * 100)} %`}</button>`)}
            </span>
          </div>
          <ul class="studio-graph-legend">
            <li><span class="legend-node is-unreached"></span>${t('studio:graph.legendUnreached')}</li>
            ${EDGE_KINDS.map((k) => html`<li><svg class="legend-edge" width="36" height="10" aria-hidden="true"><line class="graph-edge edge-${k}" x1="0" y1="5" x2="36" y2="5"></line></svg>${t(`studio:graph.edge.${k}`)}</li>`)}
          </ul>
          ${g.value ? html`<div class="studio-graph-box ${g.status === 'done' ? '' : 'is-stale'}">${picture(g.value, g.zoom, c)}</div>` : nothing}`
      : nothing}
  </details>`;
}
