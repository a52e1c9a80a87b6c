/**
 * A small scenario and a three-team session played on it, with hand-worked results.
 * 3 turns of 60 min, staff 2, budget 100; two metrics from 50 (avail) and 60 (trust);
 * culprit fixed to `gang`; `logs` is found iff gang did it, so forensics is certain.
 */
import { loadScenarioObject } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';
import type { Scenario } from '../../src/engine/schema';
import { applyEvent, createWorkshop, type Room, type Workshop, type WorkshopInput } from '../../src/workshop';

export function fixtureScenario(): Scenario {
  return {
    format: 'cellule/scenario@1',
    id: 'workshop-fixture',
    locales: ['en', 'fr'],
    title: { en: 'Fixture outage', fr: 'Panne de test' },
    summary: 'A small outage to test workshops',
    briefing: 'Briefing',
    difficulty: 'intro',
    estimatedMinutes: 10,
    clock: { start: '2025-12-22T08:00:00+01:00', phases: [{ id: 'p1', title: 'Day 1', turns: 3, minutesPerTurn: 60 }] },
    resources: { staff: 2, budget: 100 },
    metrics: [
      { id: 'avail', label: 'Availability', min: 0, max: 100, initial: 50, good: 'high' },
      { id: 'trust', label: 'Trust', min: 0, max: 100, initial: 60, good: 'high' },
    ],
    flags: [],
    actors: [
      { id: 'gang', name: 'Gang', description: 'Criminals', prior: 1 },
      { id: 'state', name: 'State', description: 'A state actor', prior: 1 },
    ],
    culprit: 'gang',
    evidence: [{ id: 'logs', title: 'Logs', body: 'Server logs', source: 'SOC', likelihood: { gang: 1, state: 0 } }],
    injects: [
      { id: 'alert', channel: 'soc', title: 'Alert', body: 'The site is down', at: 1 },
      { id: 'leak', channel: 'press', title: { en: 'Press leak', fr: 'Fuite dans la presse' }, body: 'A journalist calls', optional: true, effects: [{ metric: 'trust', add: -10 }] },
    ],
    decisions: [
      { id: 'scrub', category: 'containment', title: 'Scrub traffic', description: 'd', cost: { staff: 1, budget: 40 }, effects: [{ metric: 'avail', add: 20 }], debrief: 'Scrubbing restores the service.' },
      { id: 'shutdown', category: 'containment', title: 'Shut external access', description: 'd', cost: { staff: 1, budget: 0 }, effects: [{ metric: 'avail', add: -30 }, { metric: 'trust', add: -5 }], debrief: 'Cutting access is itself an outage.' },
      {
        id: 'tell',
        category: 'communication',
        title: 'Tell customers',
        description: 'd',
        cost: { staff: 1, budget: 0 },
        effects: [{ metric: 'trust', add: 15 }],
        outcomes: [{ weight: 1, text: 'Customers reassured', effects: [] }],
        debrief: 'Telling customers early keeps their trust.',
      },
      { id: 'blame', category: 'attribution', title: 'Blame a state publicly', description: 'd', cost: { staff: 1, budget: 0 }, effects: [{ metric: 'trust', add: -20 }], debrief: 'Public attribution before forensics is a gamble.' },
      { id: 'forensics', category: 'attribution', title: 'Run forensics', description: 'd', cost: { staff: 1, budget: 20 }, effects: [{ reveal: 'logs' }] },
    ],
    rules: [],
    objectives: [
      { id: 'oAvail', category: 'containment', title: 'Keep the service up', weight: 2, type: 'metric', metric: 'avail', aggregate: 'final', target: 100, worst: 0 },
      { id: 'oTrust', category: 'communication', title: 'Keep trust', weight: 1, type: 'metric', metric: 'trust', aggregate: 'final', target: 100, worst: 0 },
      { id: 'oTell', category: 'communication', title: 'Tell customers early', weight: 1, type: 'deadline', decision: 'tell', by: 1, late: 3 },
      { id: 'oNoBlame', category: 'coordination', title: 'No hasty attribution', weight: 1, type: 'avoid', decision: 'blame' },
      { id: 'oAttr', category: 'attribution', title: 'Attribute well', weight: 1, type: 'attribution' },
    ],
    endings: [],
    reference: {
      title: 'Expert line',
      note: 'Tell, scrub, then investigate.',
      plays: [
        { turn: 1, decisions: ['tell', 'scrub'] },
        { turn: 2, decisions: ['forensics'], assessment: { gang: 0.9, state: 0.1 } },
      ],
    },
  };
}

export function load(patch: Partial<Scenario> = {}): LoadedScenario {
  const r = loadScenarioObject({ ...fixtureScenario(), ...patch });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.pointer}: ${e.message}`).join('\n'));
  return r.value;
}

/** 10:00:00 + `seconds`, as the ISO stamp the UI would pass. */
export const at = (seconds: number) => new Date(Date.UTC(2025, 11, 22, 10, 0, seconds)).toISOString();

export function newWorkshop(loaded: LoadedScenario, names = ['Alpha', 'Bravo', 'Charlie'], secondsPerTurn: number | null = 120): Workshop {
  const r = createWorkshop(loaded, {
    createdAt: '2025-12-22T09:55:00.000Z',
    locale: 'en',
    teams: names.map((name) => ({ name })),
    seed: 7,
    secondsPerTurn,
    releasable: ['leak'],
    hideLeaderboard: true,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Apply inputs in order, failing loudly on the first refusal. */
export function play(loaded: LoadedScenario, session: Workshop, inputs: WorkshopInput[]): { session: Workshop; room: Room } {
  let current: { session: Workshop; room: Room | undefined } = { session, room: undefined };
  for (const input of inputs) {
    const r = applyEvent(loaded, current.session, input, current.room);
    if (!r.ok) throw new Error(r.error.message);
    current = r.value;
  }
  if (!current.room) throw new Error('no events');
  return { session: current.session, room: current.room };
}

/**
 * The whole session, worked out by hand (see workshop.test.ts for the numbers):
 * turn 1 Alpha tell+scrub, Bravo shutdown, then leak released to Bravo, Charlie tell+blame;
 * turn 2 Alpha forensics and assessment gang 3 : state 1, Bravo (leak fires) tell,
 * Charlie advanced by the facilitator; turn 3 Alpha nothing, Bravo scrub, Charlie scrub.
 */
export function fullSession(loaded: LoadedScenario, names?: string[], note = 'Bravo hesitated'): { session: Workshop; room: Room } {
  return play(loaded, newWorkshop(loaded, names), [
    { type: 'start', at: at(0) },
    { type: 'lock', at: at(60), team: 't1', turn: 1, decisions: ['tell', 'scrub'] },
    { type: 'lock', at: at(120), team: 't2', turn: 1, decisions: ['shutdown'] },
    { type: 'release', at: at(130), inject: 'leak', team: 't2' },
    { type: 'note', at: at(140), text: note, turn: 1, team: 't2' },
    { type: 'lock', at: at(180), team: 't3', turn: 1, decisions: ['tell', 'blame'] },
    { type: 'lock', at: at(240), team: 't1', turn: 2, decisions: ['forensics'], assessment: { gang: 3, state: 1 } },
    { type: 'lock', at: at(300), team: 't2', turn: 2, decisions: ['tell'] },
    { type: 'advance', at: at(420) },
    { type: 'lock', at: at(480), team: 't1', turn: 3, decisions: [] },
    { type: 'lock', at: at(540), team: 't2', turn: 3, decisions: ['scrub'] },
    { type: 'lock', at: at(600), team: 't3', turn: 3, decisions: ['scrub'] },
    { type: 'note', at: at(610), text: 'Good debate on attribution', turn: 3 },
    { type: 'end', at: at(660) },
  ]);
}

/** Three teams playing the same turn at once (`cellule/workshop@2`), `leak` releasable, the leaderboard hidden. */
export function liveSession(loaded: LoadedScenario, secondsPerTurn: number | null = 120, seeds: number[] = [7, 7, 7]): Workshop {
  const r = createWorkshop(loaded, {
    createdAt: '2025-12-22T09:55:00.000Z',
    locale: 'en',
    teams: ['Alpha', 'Bravo', 'Charlie'].map((name, i) => ({ name, seed: seeds[i]! })),
    seed: 7,
    secondsPerTurn,
    releasable: ['leak'],
    hideLeaderboard: true,
    mode: 'simultaneous',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
