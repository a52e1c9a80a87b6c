/**
 * The turn report shows each change with the rule that caused it ("Rule: <its note>") and the
 * effect's own note. A note whose words declare a direction ("trust erodes", "la fatigue monte")
 * must not be shown beside a change the other way: every bundled scenario is played at random
 * and every literal `add` is checked too.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioObject } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';
import type { Scenario } from '../../src/engine/schema';
import { bundledFiles, loadBundled } from '../engine/bundled';
import { fixtureScenario } from '../workshop/fixture';
import { contradictions, declared, literalContradictions, type Contradiction } from './noteDirection';

const GAMES = 120;
const say = (c: Contradiction) => `${c.note.where} (${c.note.lang}) "${c.note.text}" says ${c.note.direction}, shown with ${c.metric} ${c.from} → ${c.to}`;

describe('the direction words of a note', () => {
  it.each([
    ['Trust erodes.', 'en', 'down'],
    ['Fatigue rises with the effort.', 'en', 'up'],
    ['Customers fall back on the counters.', 'en', null],
    ['Customers fall for the fake texts.', 'en', null],
    ['Site down: trust drains away. Site back: it slowly recovers.', 'en', null],
    ['Plus d’un tour sans parole publique : la confiance s’érode.', 'fr', 'down'],
    ['La fatigue monte avec l’effort engagé.', 'fr', 'up'],
    ['La fatigue suit l’effort engagé.', 'fr', null],
  ])('%s → %s', (text, lang, direction) => expect(declared(text, lang)).toBe(direction));
});

function load(patch: (s: Scenario) => void): LoadedScenario {
  const s = fixtureScenario();
  patch(s);
  const r = loadScenarioObject(s);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value;
}

describe('a planted contradiction is caught', () => {
  it('a rule whose note says trust falls, on an add that can be positive (found by play)', () => {
    const loaded = load((s) => {
      s.rules = [{ id: 'drift', when: 'true', note: { en: 'Trust falls.', fr: 'La confiance baisse.' }, effects: [{ metric: 'trust', add: 'avail >= 60 ? 2 : -2' }] }];
    });
    expect(contradictions(loaded, 30).map((c) => [c.note.where, c.note.lang, c.metric, c.to > c.from])).toEqual([
      ['/rules/0/note', 'en', 'trust', true],
      ['/rules/0/note', 'fr', 'trust', true],
    ]);
  });

  it("a decision effect's note against its literal add (found without play)", () => {
    const loaded = load((s) => {
      s.decisions[0]!.effects = [{ metric: 'avail', add: 20, note: 'The service drops.' }];
    });
    expect(literalContradictions(loaded).map((c) => [c.note.where, c.note.lang])).toEqual([['/decisions/0/effects/0/note', 'en']]);
  });
});

describe.each(bundledFiles())('%s', (file) => {
  it('no note is shown with a change against the direction its words declare', () => {
    const loaded = loadBundled(file);
    expect([...literalContradictions(loaded), ...contradictions(loaded, GAMES)].map(say)).toEqual([]);
  });
});
