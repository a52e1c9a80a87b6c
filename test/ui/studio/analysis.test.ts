import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyse } from '../../../src/authoring';
import { loadScenario } from '../../../src/engine';
import { analysisFindings } from '../../../src/ui/studio/analysis';

test("the analyser's finding on a planted dead rule is placed on that rule in the draft's text", async () => {
  const dead = '{ "id": "deadRule", "when": "trust > 1000", "effects": [{ "metric": "trust", "add": 1 }] },';
  const text = readFileSync('scenarios/tutorial.json', 'utf8').replace('"rules": [\n', `"rules": [\n    ${dead}\n`);
  const r = loadScenario(text, 'dead.json');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  const report = await analyse(r.value, { runs: 200, seed: 1 });
  const found = analysisFindings(report, text).find((f) => f.analysis?.code === 'rule-never-fires');
  expect(found?.pointer).toBe('/rules/0');
  expect(found?.line).toBe(text.split('\n').findIndex((l) => l.includes('deadRule')) + 1);
  expect(text.slice(found!.offset).startsWith(dead)).toBe(true);
});
