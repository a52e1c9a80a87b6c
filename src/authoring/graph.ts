/**
 * The scenario as a graph for the studio: injects, decisions, rules and endings, and the flags,
 * metrics and evidence that link them — what each condition reads and each effect writes — with
 * what the analyser never reached marked. Pure: built from a checked scenario.
 */
import { referencedIds, type Effect, type Scenario, type SymbolTable } from '../engine';
import type { Target } from './report';

export type GraphNodeKind = 'decision' | 'inject' | 'rule' | 'ending' | 'flag' | 'metric' | 'evidence';
/** `reads`: a condition or value names it; `writes`: an effect changes it; `sends`: an effect fires an inject; `requires`/`excludes`: between decisions. */
export type GraphEdgeKind = 'reads' | 'writes' | 'sends' | 'requires' | 'excludes';

export interface GraphNode {
  /** `kind:id`, unique in the graph. */
  key: string;
  kind: GraphNodeKind;
  id: string;
  /** Where it is defined in the file, as a JSON pointer. */
  pointer: string;
  /** The analyser never reached it (never legal, fired, triggered, searched). */
  unreached: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
}

export interface ScenarioGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const OWNERS = ['decision', 'inject', 'rule', 'ending'] as const;
const LINKS = ['flag', 'metric', 'evidence'] as const;
const LIST: Record<GraphNodeKind, 'decisions' | 'injects' | 'rules' | 'endings' | 'flags' | 'metrics' | 'evidence'> = {
  decision: 'decisions',
  inject: 'injects',
  rule: 'rules',
  ending: 'endings',
  flag: 'flags',
  metric: 'metrics',
  evidence: 'evidence',
};

const key = (kind: GraphNodeKind, id: string) => `${kind}:${id}`;

/** Where an effect points, and how. */
function effectTarget(e: Effect): [GraphNodeKind, string, GraphEdgeKind] {
  if ('metric' in e) return ['metric', e.metric, 'writes'];
  if ('flag' in e) return ['flag', e.flag, 'writes'];
  if ('reveal' in e) return ['evidence', e.reveal, 'writes'];
  if ('inject' in e) return ['inject', e.inject, 'sends'];
  return ['ending', e.end, 'writes'];
}

/** The expressions an item holds: its condition, computed effect values, outcome weights. */
function expressionsOf(item: { when?: string; effects?: Effect[]; outcomes?: { weight: number | string; effects: Effect[] }[] }): string[] {
  const effects = [...(item.effects ?? []), ...(item.outcomes ?? []).flatMap((o) => o.effects)];
  return [
    ...(item.when === undefined ? [] : [item.when]),
    ...effects.flatMap((e) => ('add' in e && typeof e.add === 'string' ? [e.add] : 'set' in e && typeof e.set === 'string' ? [e.set] : [])),
    ...(item.outcomes ?? []).flatMap((o) => (typeof o.weight === 'string' ? [o.weight] : [])),
  ];
}

/** The graph of a checked scenario; `unreached`: the analyser's targets nothing reached. */
export function scenarioGraph(scenario: Scenario, unreached: readonly Target[] = []): ScenarioGraph {
  const ids = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id));
  const symbols: SymbolTable = { metrics: ids(scenario.metrics), flags: ids(scenario.flags), decisions: ids(scenario.decisions), injects: ids(scenario.injects), evidence: ids(scenario.evidence) };
  const missed = new Set(unreached.map((u) => key(u.kind as GraphNodeKind, u.id)));
  const edges = new Map<string, GraphEdge>();
  const link = (from: string, to: string, kind: GraphEdgeKind) => {
    if (from !== to) edges.set(`${from}>${to}>${kind}`, { from, to, kind });
  };

  for (const kind of OWNERS) {
    const items = scenario[LIST[kind]] as { id: string; when?: string; effects?: Effect[]; outcomes?: { weight: number | string; effects: Effect[] }[]; requires?: string[]; excludes?: string[] }[];
    for (const item of items) {
      const me = key(kind, item.id);
      for (const source of expressionsOf(item)) {
        const refs = referencedIds(source, symbols);
        if (!refs) continue;
        for (const id of refs.metrics) link(key('metric', id), me, 'reads');
        for (const id of refs.flags) link(key('flag', id), me, 'reads');
        for (const id of refs.evidence) link(key('evidence', id), me, 'reads');
        for (const id of refs.decisions) link(key('decision', id), me, 'reads');
        for (const id of refs.injects) link(key('inject', id), me, 'reads');
      }
      for (const e of [...(item.effects ?? []), ...(item.outcomes ?? []).flatMap((o) => o.effects)]) {
        const [k, id, how] = effectTarget(e);
        link(me, key(k, id), how);
      }
      for (const id of item.requires ?? []) link(key('decision', id), me, 'requires');
      for (const id of item.excludes ?? []) link(key('decision', id), me, 'excludes');
    }
  }

  const linked = new Set([...edges.values()].flatMap((e) => [e.from, e.to]));
  const nodes: GraphNode[] = [];
  for (const kind of [...OWNERS, ...LINKS]) {
    (scenario[LIST[kind]] as { id: string }[]).forEach((item, i) => {
      const k = key(kind, item.id);
      // Flags, metrics and evidence matter here only as links between the others.
      if ((LINKS as readonly string[]).includes(kind) && !linked.has(k)) return;
      nodes.push({ key: k, kind, id: item.id, pointer: `/${LIST[kind]}/${i}`, unreached: missed.has(k) });
    });
  }
  const known = new Set(nodes.map((n) => n.key));
  return { nodes, edges: [...edges.values()].filter((e) => known.has(e.from) && known.has(e.to)) };
}
