/**
 * The studio's scenario graph, built and laid out under Node: what each condition reads and each
 * effect writes, the analyser's unreached items marked, unlinked flags left out, no two nodes on
 * top of each other in any bundled scenario, and a node's pointer found in the source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scenarioGraph } from '../../../src/authoring';
import type { Scenario } from '../../../src/engine';
import { offsetOfPointer } from '../../../src/ui/studio/graphControl';
import { graphLabels, nodeWidth, shortLabel } from '../../../src/ui/studio/graphLabels';
import { layoutGraph } from '../../../src/ui/studio/graphLayout';

const BUNDLED = ['tutorial', 'la-poste-ddos', 'ministere-interieur-messagerie', 'ferry-corse-rat', 'semaine-hybride'];
const read = (id: string) => readFileSync(`scenarios/${id}.json`, 'utf8');
const tutorial = JSON.parse(read('tutorial')) as Scenario;

/** The tutorial with a planted rule that reads a flag and a metric and writes a metric and sends an inject. */
function planted(): Scenario {
  const s = structuredClone(tutorial);
  s.flags.push({ id: 'unusedFlag', initial: false });
  s.rules.unshift({ id: 'planted', when: `${s.flags[0]!.id} && ${s.metrics[0]!.id} > 10`, effects: [{ metric: s.metrics[1]!.id, add: 1 }, { inject: s.injects[0]!.id }] });
  return s;
}

describe('the graph of a scenario', () => {
  const s = planted();
  const g = scenarioGraph(s, [{ kind: 'rule', id: 'planted' }]);
  const edge = (from: string, to: string) => g.edges.filter((e) => e.from === from && e.to === to).map((e) => e.kind);

  test('a rule is linked from what its condition reads and to what its effects change or send', () => {
    expect(edge(`flag:${s.flags[0]!.id}`, 'rule:planted')).toEqual(['reads']);
    expect(edge(`metric:${s.metrics[0]!.id}`, 'rule:planted')).toEqual(['reads']);
    expect(edge('rule:planted', `metric:${s.metrics[1]!.id}`)).toEqual(['writes']);
    expect(edge('rule:planted', `inject:${s.injects[0]!.id}`)).toEqual(['sends']);
  });

  test('decisions requiring others are linked; every edge joins two drawn nodes', () => {
    const keys = new Set(g.nodes.map((n) => n.key));
    for (const e of g.edges) expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
    const withRequires = s.decisions.find((d) => d.requires?.length);
    if (withRequires) expect(edge(`decision:${withRequires.requires![0]!}`, `decision:${withRequires.id}`)).toContain('requires');
  });

  test('what the analyser never reached is marked, the rest is not; a flag nothing uses is left out', () => {
    expect(g.nodes.find((n) => n.key === 'rule:planted')).toMatchObject({ unreached: true, pointer: '/rules/0' });
    expect(g.nodes.filter((n) => n.unreached)).toHaveLength(1);
    expect(g.nodes.some((n) => n.key === 'flag:unusedFlag')).toBe(false);
    expect(g.nodes.filter((n) => n.kind === 'decision')).toHaveLength(s.decisions.length);
  });

  test('labels are the titles in the asked language, ids where there is none; long ones are cut', () => {
    const en = graphLabels(s, g, 'en');
    const fr = graphLabels(s, g, 'fr');
    const d = s.decisions[0]!;
    expect(en[`decision:${d.id}`]).toBe((d.title as Record<string, string>).en);
    expect(fr[`decision:${d.id}`]).toBe((d.title as Record<string, string>).fr);
    expect(en['rule:planted']).toBe('planted');
    expect(shortLabel('x'.repeat(40))).toHaveLength(30);
    expect(nodeWidth('x'.repeat(40))).toBe(nodeWidth('x'.repeat(30)));
  });
});

describe.each(BUNDLED)('%s laid out', (id) => {
  test('no two nodes overlap, every node is inside the drawing, every link has a path', () => {
    const sc = JSON.parse(read(id)) as Scenario;
    const g = scenarioGraph(sc);
    const labels = graphLabels(sc, g, 'fr');
    const l = layoutGraph(g, (k) => nodeWidth(labels[k]!));
    const boxes = [...l.nodes.values()];
    expect(boxes).toHaveLength(g.nodes.length);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(l.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(l.height + 1);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} and ${b.key}`).toBe(true);
      }
    for (const e of l.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });
});

test('a node’s pointer is found in the source as written, comments and all', () => {
  const text = '{\n  // a comment\n  "rules": [\n    { "id": "a" },\n    { "id": "b/c" }\n  ]\n}';
  expect(text.slice(offsetOfPointer(text, '/rules/1')!)).toMatch(/^\{ "id": "b\/c" \}/);
  expect(offsetOfPointer(text, '/rules/7')).toBeNull();
});
