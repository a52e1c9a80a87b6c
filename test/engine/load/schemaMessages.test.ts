import { describe, expect, it } from 'vitest';
import { loadScenarioObject } from '../../../src/engine/load';
import { minimalScenario } from './minimal';

type S = ReturnType<typeof minimalScenario> & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `code pointer: message` of every diagnostic after `change`. */
function messages(change: (s: S) => void): string[] {
  const s = minimalScenario() as S;
  change(s);
  const r = loadScenarioObject(s);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((d) => `${d.code} ${d.pointer}: ${d.message}`);
}

describe('schema messages', () => {
  it('a missing enumerated key is a missing key, and a missing format says which format this version reads', () => {
    expect(
      messages((s) => {
        delete s.difficulty;
        delete s.metrics[0].good;
        s.objectives[0].category = 'containmnt';
      }),
    ).toEqual([
      'schema/missing-key : missing key "difficulty"',
      'schema/missing-key /metrics/0: missing key "good"',
      'schema/bad-value /objectives/0/category: expected one of "containment", "communication", "recovery", "coordination" or "attribution", got "containmnt"; did you mean "containment"?',
    ]);
    expect(messages((s) => delete s.format)).toEqual(['format/unsupported /format: missing key "format"; this version reads "cellule/scenario@1"']);
  });

  it('effects: no kind, two kinds, the nearest kind key, a wrong value', () => {
    expect(
      messages((s) => {
        s.rules[0].effects = [
          { add: 1 },
          { metric: 'trust', flag: 'warned', set: true },
          { metrc: 'trust', add: 1 },
          { metric: 'trust', add: '' },
          { metric: 'trust', add: true },
          { flag: 'warned', set: 'yes' },
          { reveal: 'claim', delay: 0 },
          'trust + 1',
        ];
      }),
    ).toEqual([
      'schema/effect-kind /rules/0/effects/0: an effect needs one of "metric", "flag", "reveal", "inject" or "end"',
      'schema/effect-kind /rules/0/effects/1: an effect has exactly one of "metric", "flag", "reveal", "inject" or "end"; found "metric" and "flag"',
      'schema/effect-kind /rules/0/effects/2: an effect needs one of "metric", "flag", "reveal", "inject" or "end"; did you mean "metric"?',
      'schema/too-short /rules/0/effects/3/add: must not be empty',
      'schema/wrong-type /rules/0/effects/4/add: expected a number or a string, got true or false',
      'schema/wrong-type /rules/0/effects/5/set: expected true or false, got a string',
      'schema/out-of-range /rules/0/effects/6/delay: must be at least 1',
      'schema/wrong-type /rules/0/effects/7: expected an effect object such as {"metric": "trust", "add": -5}, got a string',
    ]);
  });

  it('an objective without a type, and the keys of the type it has', () => {
    expect(
      messages((s) => {
        delete s.objectives[0].type;
        s.objectives[1].bye = 2;
      }),
    ).toEqual(['schema/missing-key /objectives/0: missing key "type"', 'schema/unknown-key /objectives/1/bye: unknown key "bye"']);
    expect(messages((s) => (s.objectives[1] = { ...s.objectives[1], by: undefined, bi: 1 }))).toEqual([
      'schema/missing-key /objectives/1: missing key "by"',
      'schema/unknown-key /objectives/1/bi: unknown key "bi"; did you mean "by"?',
    ]);
  });

  it('Texts, ids, locales and dates', () => {
    expect(
      messages((s) => {
        s.summary = 3;
        s.title = { en: 'Mini', fr: 'Mini', EN: 'x' };
        s.clock.phases[0].id = 'Morning';
        s.clock.start = '2024-12-19 08:00';
        s.locales = [];
      }),
    ).toEqual([
      'schema/too-short /locales: must have at least 1 item',
      'schema/bad-key /title/EN: key "EN" must be a language code such as "fr" or "en"',
      'schema/wrong-type /summary: expected a string or an object, got a number',
      'schema/bad-format /clock/start: "2024-12-19 08:00" must be an ISO 8601 date and time with an offset, such as "2024-12-19T08:00:00+01:00"',
      'schema/bad-format /clock/phases/0/id: "Morning" must match ^[a-z][a-zA-Z0-9_]*$',
    ]);
  });

  it('numbers: bounds, exclusive bounds and likelihoods', () => {
    expect(
      messages((s) => {
        s.actors[0].prior = 0;
        s.evidence[0].likelihood.criminals = 1.5;
        s.map.nodes[0].x = 101;
      }),
    ).toEqual([
      'schema/out-of-range /actors/0/prior: must be greater than 0',
      'schema/out-of-range /evidence/0/likelihood/criminals: must be at most 1',
      'schema/out-of-range /map/nodes/0/x: must be at most 100',
    ]);
  });
});
