import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';
import { replay, toLog } from '../../src/engine/log';
import { score } from '../../src/engine/score';
import { posterior } from '../../src/engine/attribution';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import { protoBaseText, RENAMINGS, renamed } from './protoIds';

function load(text: string): LoadedScenario {
  const r = loadScenario(text, 'proto.json');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.pointer}: ${e.message}`).join('\n'));
  expect(r.warnings).toEqual([]);
  return r.value;
}

describe.each(RENAMINGS)('ids named like Object.prototype members (%o)', (names) => {
  const plain = load(protoBaseText());
  const proto = load(renamed(protoBaseText(), names));
  const back = (v: unknown) => JSON.parse(renamed(JSON.stringify(v), Object.fromEntries(Object.entries(names).map(([a, b]) => [b, a]))));

  it('check clean and play every game as the ordinary ids do', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const a = randomGame(plain, seed, seed * 3, { assessChance: 0.8 });
      const b = randomGame(proto, seed, seed * 3, { assessChance: 0.8 });
      const { scenarioHash: _h1, ...sa } = a;
      const { scenarioHash: _h2, ...sb } = b;
      expect(back(sb)).toEqual(JSON.parse(JSON.stringify(sa)));
      expect(back(score(proto, b))).toEqual(score(plain, a));
      expect(back(posterior(proto, b))).toEqual(posterior(plain, a));
      const replayed = replay(proto, JSON.parse(JSON.stringify(toLog(b))));
      expect(replayed.ok && JSON.stringify(replayed.value)).toBe(JSON.stringify(b));
    }
  });
});
