import { describe, expect, it } from 'vitest';
import { loadScenarioObject } from '../../../src/engine/load';
import { minimalScenario } from './minimal';

type S = ReturnType<typeof minimalScenario> & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `code pointer` of every diagnostic after `change` is applied to the minimal scenario (errors expected). */
function problems(change: (s: S) => void): string[] {
  const s = minimalScenario() as S;
  change(s);
  const r = loadScenarioObject(s);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((d) => `${d.code} ${d.pointer}`);
}

describe('references', () => {
  it('effects name a metric, a flag, evidence, an inject or an ending of that kind', () => {
    expect(
      problems((s) => {
        s.decisions[1].outcomes[0].effects.push({ metric: 'lod', add: 1 });
        s.decisions[1].effects.push({ reveal: 'trust' }, { inject: 'outag' }, { end: 'win' }, { flag: 'claim', set: false });
      }),
    ).toEqual([
      'ref/wrong-kind /decisions/1/effects/2/reveal',
      'ref/unknown-id /decisions/1/effects/3/inject',
      'ref/unknown-id /decisions/1/effects/4/end',
      'ref/wrong-kind /decisions/1/effects/5/flag',
      'ref/unknown-id /decisions/1/outcomes/0/effects/1/metric',
    ]);
  });

  it('requires, excludes and objectives name decisions and metrics', () => {
    expect(
      problems((s) => {
        s.decisions[0].requires = ['scrub', 'scrb'];
        s.decisions[0].excludes = ['warned'];
        s.objectives[0].metric = 'warned';
        s.objectives[1].decision = 'nope';
        s.objectives.push({ id: 'noRush', category: 'recovery', title: 'T', weight: 1, type: 'avoid', decision: 'panic' });
      }),
    ).toEqual([
      'ref/unknown-id /decisions/0/requires/1',
      'ref/wrong-kind /decisions/0/excludes/0',
      'ref/wrong-kind /objectives/0/metric',
      'ref/unknown-id /objectives/1/decision',
      'ref/unknown-id /objectives/5/decision',
    ]);
  });

  it('likelihoods, the culprit and the reference play name actors', () => {
    expect(
      problems((s) => {
        s.evidence[0].likelihood.insiders = 0.5;
        s.culprit = 'hacktivist';
        s.reference.plays[0].assessment.trust = 0.1;
        s.reference.plays[0].decisions.push('scrubb');
      }),
    ).toEqual([
      'ref/unknown-id /culprit',
      'ref/unknown-id /evidence/0/likelihood/insiders',
      'ref/unknown-id /reference/plays/0/decisions/1',
      'ref/wrong-kind /reference/plays/0/assessment/trust',
    ]);
    const r = loadScenarioObject({ ...minimalScenario(), culprit: 'criminals' });
    expect(r.ok).toBe(true);
  });

  it('the suggestion is named in the message and in params', () => {
    const s = minimalScenario() as S;
    s.culprit = 'hacktivist';
    const r = loadScenarioObject(s);
    const d = !r.ok ? r.errors[0] : undefined;
    expect(d?.message).toBe('unknown actor "hacktivist"; did you mean "hacktivists"?');
    expect(d?.params).toEqual({ id: 'hacktivist', kind: 'actor', suggestion: 'hacktivists' });
  });

  it('map nodes and links name metrics and nodes, which have their own namespace', () => {
    expect(
      problems((s) => {
        s.map.nodes[0].metric = 'lod';
        s.map.nodes.push({ id: 'trust', label: 'Trust', kind: 'people', x: 0, y: 100 });
        s.map.links.push({ from: 'site', to: 'bot', metric: 'warned' });
      }),
    ).toEqual(['ref/unknown-id /map/nodes/0/metric', 'ref/unknown-id /map/links/1/to', 'ref/wrong-kind /map/links/1/metric']);
  });

  it('an element that fails the schema still declares its id: no cascade', () => {
    expect(problems((s) => (s.metrics[0].good = 'up'))).toEqual(['schema/bad-value /metrics/0/good']);
  });
});

describe('ids', () => {
  it('are unique across the shared lists, and apart for phases and map nodes', () => {
    expect(
      problems((s) => {
        s.decisions[0].id = 'outage';
        s.clock.phases[1].id = 'morning';
        s.map.nodes[1].id = 'bots';
      }),
    ).toEqual(['id/duplicate /clock/phases/1/id', 'id/duplicate /decisions/0/id', 'id/duplicate /map/nodes/1/id', 'ref/unknown-id /map/links/0/to']);
  });

  it('never a reserved name of the expression language', () => {
    expect(problems((s) => s.flags.push({ id: 'min', initial: true }))).toEqual(['id/reserved /flags/1/id']);
  });
});

describe('rules between values', () => {
  it('"for" only on "add"', () => {
    expect(problems((s) => s.decisions[0].effects.push({ metric: 'trust', set: 1, for: 2 }, { flag: 'warned', set: false, for: 1 }))).toEqual([
      'rule/for-needs-add /decisions/0/effects/2/for',
      'rule/for-needs-add /decisions/0/effects/3/for',
    ]);
  });

  it('late after by, target not worst, avoid with exactly one of decision and when', () => {
    expect(
      problems((s) => {
        s.objectives[1].late = 1;
        s.objectives[0].worst = 80;
        s.objectives.push({ id: 'a1', category: 'recovery', title: 'T', weight: 1, type: 'avoid' });
        s.objectives.push({ id: 'a2', category: 'recovery', title: 'T', weight: 1, type: 'avoid', decision: 'scrub', when: 'trust < 10' });
      }),
    ).toEqual(['rule/target-equals-worst /objectives/0/worst', 'rule/late-before-by /objectives/1/late', 'rule/avoid-target /objectives/5', 'rule/avoid-target /objectives/6']);
  });

  it('turns within the game (4 turns here)', () => {
    expect(
      problems((s) => {
        s.injects[0].at = 5;
        s.objectives[1].by = 4;
        s.objectives[1].late = 6;
        s.reference.plays.push({ turn: 9, decisions: [] }, { turn: 1, decisions: [] });
      }),
    ).toEqual([
      'rule/turn-beyond-end /injects/0/at',
      'rule/turn-beyond-end /objectives/1/late',
      'rule/turn-beyond-end /reference/plays/1/turn',
      'rule/duplicate-turn /reference/plays/2/turn',
    ]);
    const lastTurn = minimalScenario() as S;
    lastTurn.injects[0].at = 4;
    expect(loadScenarioObject(lastTurn).ok).toBe(true);
  });
});

describe('texts', () => {
  it('name every missing locale, anywhere a Text is', () => {
    const s = minimalScenario() as S;
    s.locales = ['en', 'fr', 'de'];
    s.title = { en: 'Mini', fr: 'Mini', de: 'Mini' };
    s.briefing = { en: 'x', fr: 'y', de: 'z' };
    s.metrics[0].label = { en: 'Trust' };
    s.decisions[0].effects[1].note = { fr: 'ouf', de: 'puh' };
    const r = loadScenarioObject(s);
    expect(!r.ok && r.errors.map((d) => `${d.code} ${d.pointer} ${d.message}`)).toEqual([
      'text/missing-locale /metrics/0/label missing the "fr" and "de" translations',
      'text/missing-locale /decisions/0/effects/1/note missing the "en" translation',
    ]);
  });
});
