/**
 * The scenario graph off the page's thread: laying out a large scenario (170 nodes, 300 links in
 * la-poste-ddos) takes a few hundred milliseconds, and the author may be typing.
 */
import { parse } from 'jsonc-parser';
import { scenarioGraph } from '../../authoring';
import type { Scenario } from '../../engine';
import { graphLabels, nodeWidth } from './graphLabels';
import { layoutGraph } from './graphLayout';
import type { GraphAnswer, GraphQuestion } from './graphProtocol';

self.onmessage = (event: MessageEvent<GraphQuestion>) => {
  const { id, text, lang, unreached } = event.data;
  let answer: GraphAnswer;
  try {
    const scenario = parse(text) as Scenario;
    const graph = scenarioGraph(scenario, unreached);
    const labels = graphLabels(scenario, graph, lang);
    const layout = layoutGraph(graph, (key) => nodeWidth(labels[key] ?? key));
    answer = { id, ok: true, value: { graph, labels, width: layout.width, height: layout.height, nodes: [...layout.nodes.values()], edges: layout.edges } };
  } catch (e) {
    answer = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(answer);
};
