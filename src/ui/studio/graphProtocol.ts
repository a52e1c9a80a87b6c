/** Messages between the studio and its graph worker (graph.worker.ts): the graph of a checked draft, laid out. */
import type { ScenarioGraph, Target } from '../../authoring';
import type { PlacedEdge, PlacedNode } from './graphLayout';

export interface GraphQuestion {
  id: number;
  text: string;
  lang: string;
  unreached: Target[];
}

export interface LaidOutGraph {
  graph: ScenarioGraph;
  /** Each node's label in the asked language (scenario text: rendered as text only). */
  labels: Record<string, string>;
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export type GraphAnswer = { id: number; ok: true; value: LaidOutGraph } | { id: number; ok: false; message: string };
