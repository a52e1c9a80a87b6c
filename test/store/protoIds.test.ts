/** Ids named like Object.prototype's members work through the store as ordinary ids do: play, debrief, autosave, continue. */
import { describe, expect, test } from 'vitest';
import { createApp, memoryCatalog, memoryStorage, type KeyValue } from '../../src/store';
import { protoBaseText, RENAMINGS, renamed } from '../engine/protoIds';

function app(storage: KeyValue, text: string) {
  return createApp({ storage, catalog: memoryCatalog({ mini: text }), language: 'en', now: () => new Date('2025-12-22T10:00:00Z'), randomSeed: () => 5 });
}

/** Play the whole game: each turn the first legal decisions, the board moved; the debrief, and the save continued in a new app. */
async function playThrough(text: string, names: Readonly<Record<string, string>>) {
  const storage = memoryStorage();
  const a = app(storage, text);
  expect(await a.actions.newGame('bundled:mini', 7)).toBe(true);
  a.actions.startPlay();
  const actor = names.criminals ?? 'criminals';
  for (let turn = 1; !a.store.getState().session!.state.ending; turn++) {
    const s = a.store.getState().session!;
    for (const d of s.statuses.filter((x) => x.legal).slice(0, 2)) a.actions.toggleDecision(d.id);
    a.actions.setProbability(actor, 20 * turn);
    expect(a.actions.endTurn()).toBe(true);
    a.actions.closeReport();
  }
  const session = a.store.getState().session!;
  const again = app(storage, text);
  expect(await again.actions.continueSaved()).toBe(true);
  expect(JSON.stringify(again.store.getState().session!.state)).toBe(JSON.stringify(session.state));
  return JSON.parse(JSON.stringify({ state: session.state, debrief: session.debrief, assessment: session.assessment }));
}

describe.each(RENAMINGS)('the store with ids named like members (%o)', (names) => {
  test('plays, scores, saves and continues as with ordinary ids', async () => {
    const plain = await playThrough(protoBaseText(), {});
    const proto = await playThrough(renamed(protoBaseText(), names), names);
    const back = Object.fromEntries(Object.entries(names).map(([k, v]) => [v, k]));
    const { scenarioHash: _a, ...p } = plain.state;
    const { scenarioHash: _b, ...q } = JSON.parse(renamed(JSON.stringify(proto.state), back));
    expect(q).toEqual(p);
    expect(JSON.parse(renamed(JSON.stringify(proto.debrief), back))).toEqual(plain.debrief);
  });
});
