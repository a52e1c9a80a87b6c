/** The analyser with ids named like Object.prototype's members reports what it reports for ordinary ids. */
import { expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import { loadScenario } from '../../src/engine/load';
import { protoBaseText, RENAMINGS, renamed } from '../engine/protoIds';

const load = (text: string) => {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value;
};

it.each(RENAMINGS)('analyse: the same report (%o)', async (names) => {
  // The ending named like a member too (the analyser counts endings by id), taking the name of an id of no consequence.
  const spare = Object.keys(names).find((k) => k === 'outage' || k === 'keepTrust')!;
  const { [spare]: name, ...rest } = names;
  const all = { ...rest, collapse: name! };
  const plain = await analyse(load(protoBaseText()), { runs: 200, seed: 1 });
  const proto = await analyse(load(renamed(protoBaseText(), all)), { runs: 200, seed: 1 });
  const back = Object.fromEntries(Object.entries(all).map(([k, v]) => [v, k]));
  const strip = (r: object) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'ms' || k === 'elapsedMs' || k === 'scenarioHash' ? undefined : v)));
  expect(strip(JSON.parse(renamed(JSON.stringify(proto), back)))).toEqual(strip(plain));
});
