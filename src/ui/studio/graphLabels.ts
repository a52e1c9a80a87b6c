/** The graph's node labels and sizes: titles in the author's language, ids where an item has no title. Pure. */
import type { ScenarioGraph } from '../../authoring';
import { textOf, type Scenario, type Text } from '../../engine';

/** Labels longer than this are cut with an ellipsis: the full name is in the node's accessible label and the source. */
export const MAX_LABEL = 30;

export function graphLabels(scenario: Scenario, graph: ScenarioGraph, lang: string): Record<string, string> {
  const title = (t: Text | undefined, id: string) => (t === undefined ? id : textOf(t, lang, scenario.locales) || id);
  const byKind: Record<string, Map<string, string>> = {
    decision: new Map(scenario.decisions.map((d) => [d.id, title(d.title, d.id)])),
    inject: new Map(scenario.injects.map((d) => [d.id, title(d.title, d.id)])),
    ending: new Map(scenario.endings.map((d) => [d.id, title(d.title, d.id)])),
    metric: new Map(scenario.metrics.map((d) => [d.id, title(d.label, d.id)])),
    evidence: new Map(scenario.evidence.map((d) => [d.id, title(d.title, d.id)])),
  };
  const out: Record<string, string> = {};
  for (const n of graph.nodes) out[n.key] = byKind[n.kind]?.get(n.id) ?? n.id;
  return out;
}

/** A label as drawn: one line, cut at MAX_LABEL characters. */
export const shortLabel = (label: string): string => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** A node's width for its drawn label (monospace-ish estimate: the layout runs where no font can be measured). */
export const nodeWidth = (label: string): number => Math.max(90, 24 + 7.4 * shortLabel(label).length);
