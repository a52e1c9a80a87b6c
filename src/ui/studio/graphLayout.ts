/** Positions for the scenario graph (dagre, left to right: what is read, then what reads it), in pixels. */
import dagre from '@dagrejs/dagre';
import type { ScenarioGraph } from '../../authoring';

export interface PlacedNode {
  key: string;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: PlacedEdge[];
}

export const NODE_HEIGHT = 44;

/** Lay the graph out; `widthOf` gives each node's width (from its label). */
export function layoutGraph(graph: ScenarioGraph, widthOf: (key: string) => number): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.key, { width: widthOf(n.key), height: NODE_HEIGHT });
  graph.edges.forEach((e, i) => g.setEdge(e.from, e.to, {}, String(i)));
  dagre.layout(g);
  const nodes = new Map<string, PlacedNode>();
  for (const n of graph.nodes) {
    const p = g.node(n.key);
    nodes.set(n.key, { key: n.key, x: p.x - p.width / 2, y: p.y - p.height / 2, width: p.width, height: p.height });
  }
  const edges = graph.edges.map((e, i) => ({ from: e.from, to: e.to, points: (g.edge({ v: e.from, w: e.to, name: String(i) })?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })) }));
  const info = g.graph();
  return { width: Math.ceil(info.width ?? 0), height: Math.ceil(info.height ?? 0), nodes, edges };
}
