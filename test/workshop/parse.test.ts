import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findScenario, parseWorkshop, replayWorkshop, scenarioFit, scenarioNeed, serialiseWorkshop, teamStates } from '../../src/workshop';
import { fullSession, load } from './fixture';

const loaded = load();
const { session } = fullSession(loaded);
const text = serialiseWorkshop(session);

function errorsOf(input: string, withScenario = true) {
  const r = parseWorkshop(input, withScenario ? loaded : undefined);
  return r.ok ? [] : r.errors.map((e) => ({ code: e.code, pointer: e.pointer, message: e.message }));
}

const edit = (change: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(text) as Record<string, unknown>;
  change(o);
  return JSON.stringify(o);
};

describe('parseWorkshop', () => {
  test('serialise → parse gives the same session and the same derived states', () => {
    const r = parseWorkshop(text, loaded);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value).toEqual(session);
    expect(teamStates(loaded, r.value)).toEqual(teamStates(loaded, session));
    expect(serialiseWorkshop(r.value)).toBe(text);
  });

  test('ready events: kept by a @3 file byte for byte; a @1 or @2 file with one is refused at that event', () => {
    const withReady = edit((o) => (o.events as unknown[]).splice(1, 0, { at: '2025-12-22T10:00:05.000Z', type: 'ready', team: 't1', turn: 1 }));
    const r = parseWorkshop(withReady, loaded);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(serialiseWorkshop(r.value)).toBe(JSON.stringify(JSON.parse(withReady), null, 2) + '\n');
    const v1 = JSON.parse(withReady) as Record<string, unknown>;
    v1.format = 'cellule/workshop@1';
    delete v1.mode;
    expect(errorsOf(JSON.stringify(v1))[0]).toMatchObject({ code: 'workshop/malformed', pointer: '/events/1/type' });
    expect(errorsOf(withReady.replace('workshop@3', 'workshop@2'))[0]).toMatchObject({ code: 'workshop/malformed', pointer: '/events/1/type' });
  });

  test('an older hot-seat file (@1, no ready) opens and replays to the same room as before', () => {
    const v1 = edit((o) => {
      o.format = 'cellule/workshop@1';
      delete o.mode;
    });
    const r = parseWorkshop(v1, loaded);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(serialiseWorkshop(r.value)).toBe(JSON.stringify(JSON.parse(v1), null, 2) + '\n');
    expect(replayWorkshop(loaded, r.value)).toEqual(replayWorkshop(loaded, session));
  });

  test('a byte-order mark is tolerated', () => {
    expect(parseWorkshop('\ufeff' + text, loaded).ok).toBe(true);
  });

  test.each([
    ['not JSON', '{"format": "cellule/workshop@1", ', 'workshop/malformed', ''],
    ['a truncated file', text.slice(0, text.length / 2), 'workshop/malformed', ''],
    ['a JSON array', '[1, 2]', 'workshop/format', '/format'],
    ['a play log', '{"format":"cellule/log@1","scenario":"x","seed":1,"turns":[]}', 'workshop/format', '/format'],
  ])('refuses %s', (_name, input, code, pointer) => {
    expect(errorsOf(input)[0]).toMatchObject({ code, pointer });
  });

  test('a newer version is refused as too new, an older one as too old', () => {
    const newer = errorsOf(edit((o) => (o.format = 'cellule/workshop@4')));
    expect(newer).toEqual([
      {
        code: 'workshop/too-new',
        pointer: '/format',
        message: 'this session was saved by a newer version of Cellule (cellule/workshop@4); this version reads cellule/workshop@1, cellule/workshop@2 and cellule/workshop@3',
      },
    ]);
    expect(errorsOf(edit((o) => (o.format = 'cellule/workshop@0')))[0]?.code).toBe('workshop/too-old');
  });

  test('a session for another version of the scenario is refused', () => {
    expect(errorsOf(edit((o) => (o.scenarioHash = '0000000000000000')))).toEqual([
      {
        code: 'workshop/hash',
        pointer: '/scenarioHash',
        message: `the workshop was played on another version of "workshop-fixture" (hash 0000000000000000, this file ${loaded.hash})`,
      },
    ]);
    expect(errorsOf(edit((o) => (o.scenario = 'other')))[0]).toMatchObject({ code: 'workshop/scenario', pointer: '/scenario' });
    // without the scenario at hand, only the file itself is checked
    expect(errorsOf(edit((o) => (o.scenarioHash = '0000000000000000')), false)).toEqual([]);
  });

  test('every releasable inject must be an optional inject of the scenario, located', () => {
    for (const bad of ['ghost', 'alert']) {
      const tampered = edit((o) => (o.releasable = ['leak', bad]));
      expect(errorsOf(tampered)).toEqual([{ code: 'workshop/not-releasable', pointer: '/releasable/1', message: `releasable: "${bad}" is not an optional inject of this scenario` }]);
      const r = parseWorkshop(tampered, loaded, 'w.json');
      expect(!r.ok && r.errors[0]).toMatchObject({ file: 'w.json', line: expect.any(Number), params: { inject: bad } });
    }
  });

  test('a tampered event is located', () => {
    const tampered = edit((o) => {
      const events = o.events as { type: string; decisions?: string[] }[];
      events[1]!.decisions = ['tell', 'tell'];
    });
    expect(errorsOf(tampered)).toEqual([
      { code: 'workshop/illegal-turn', pointer: '/events/1', message: 'event 2 (lock): Alpha: turn 1: decision "tell" is chosen twice' },
    ]);
  });

  test('errors are located at the line and column of the value at fault', () => {
    const tampered = edit((o) => ((o.events as { decisions?: string[] }[])[1]!.decisions = ['tell', 'tell']));
    const pretty = JSON.stringify(JSON.parse(tampered), null, 2);
    const r = parseWorkshop(pretty, loaded, 'atelier.json');
    if (r.ok) throw new Error('accepted');
    const lines = pretty.split('\n');
    const events = lines.indexOf('  "events": [');
    const line = lines.findIndex((l, i) => i > events && l === '    {' && lines.slice(events, i).filter((x) => x === '    {').length === 1) + 1; // the 2nd event's `{`
    expect(r.errors[0]).toMatchObject({ file: 'atelier.json', pointer: '/events/1', line, col: 5, params: { event: 2, type: 'lock' } });

    const cut = parseWorkshop('{\n  "format": "cellule/workshop@1",\n  "teams": [\n}', loaded, 'cut.json');
    expect(cut.ok ? null : cut.errors[0]).toMatchObject({ code: 'workshop/malformed', line: 4, col: 1, params: { reason: 'json' } });
    const missing = parseWorkshop(edit((o) => ((o.teams as { name: string }[])[1]!.name = '')), loaded);
    expect(missing.ok ? null : missing.errors[0]).toMatchObject({ pointer: '/teams/1/name', line: 1 });
  });

  test('the scenario title is kept; files written without it still open', () => {
    expect(session.scenarioTitle).toEqual({ en: 'Fixture outage', fr: 'Panne de test' });
    const old = edit((o) => delete o.scenarioTitle);
    const r = parseWorkshop(old, loaded);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(scenarioNeed(r.value)).toEqual({ id: 'workshop-fixture', hash: loaded.hash, title: null });
    expect(serialiseWorkshop(r.value)).toBe(JSON.stringify(JSON.parse(old), null, 2) + '\n');
  });

  test('a scenario fits a session only with the same id and the same content', () => {
    expect(scenarioFit(session, loaded)).toBe('same');
    expect(scenarioFit(session, load({ id: 'other' }))).toBe('other-scenario');
    const edited = load({ resources: { staff: 3, budget: 100 } });
    expect(scenarioFit(session, edited)).toBe('other-version');
    expect(findScenario(session, [{ loaded: edited }, { loaded: null }, { loaded }])).toEqual({ loaded });
    expect(findScenario(session, [{ loaded: edited }])).toBeNull();
  });

  test('structural errors name every bad field', () => {
    const errors = errorsOf(
      edit((o) => {
        delete o.createdAt;
        (o.teams as { name: string }[])[0]!.name = '';
        o.extra = 1;
      }),
    );
    expect(errors.map((e) => e.pointer).sort()).toEqual(['', '/createdAt', '/teams/0/name']);
    expect(errors.every((e) => e.code === 'workshop/malformed')).toBe(true);
  });

  test('duplicate team ids are refused', () => {
    expect(errorsOf(edit((o) => ((o.teams as { id: string }[])[1]!.id = 't1')), false)[0]).toMatchObject({ code: 'workshop/malformed', pointer: '/teams' });
  });

  test('never throws, whatever the input (fuzz)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseWorkshop(s, loaded);
      }),
      { numRuns: 300 },
    );
    // mutate one character of a valid file: parse must answer, and an accepted file must replay
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ minLength: 0, maxLength: 3 }), (i, s) => {
        const r = parseWorkshop(text.slice(0, i) + s + text.slice(i + 1), loaded);
        if (r.ok) expect(replayWorkshop(loaded, r.value).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
