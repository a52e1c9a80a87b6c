import { describe, expect, it } from 'vitest';
import { loadScenarioObject } from '../../../src/engine/load';
import { minimalScenario } from './minimal';

type S = ReturnType<typeof minimalScenario> & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `code pointer` of the warnings of a scenario that must load. */
function warnings(change: (s: S) => void): string[] {
  const s = minimalScenario() as S;
  change(s);
  const r = loadScenarioObject(s);
  if (!r.ok) throw new Error(`expected no errors: ${JSON.stringify(r.errors)}`);
  return r.warnings.map((d) => `${d.code} ${d.pointer}`);
}

const inject = (id: string, extra: Record<string, unknown> = {}) => ({ id, channel: 'staff', title: 'T', body: 'B', ...extra });
const decision = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'recovery',
  title: 'T',
  description: 'D',
  cost: { staff: 0, budget: 0 },
  effects: [],
  ...extra,
});

describe('warnings', () => {
  it('the minimal scenario has none', () => {
    expect(warnings(() => {})).toEqual([]);
  });

  it('an inject that nothing fires; not when it is optional, timed, conditional or sent', () => {
    expect(
      warnings((s) => {
        s.injects.push(inject('lost'), inject('released', { optional: true }), inject('timed', { at: 2 }), inject('sent'));
        s.rules[0].effects.push({ inject: 'sent' });
      }),
    ).toEqual(['warn/inject-never-fires /injects/3']);
  });

  it('an ending nothing reaches; not when an effect ends with it', () => {
    expect(
      warnings((s) => {
        s.endings.push({ id: 'quiet', title: 'T', body: 'B', outcome: 'neutral' }, { id: 'crash', title: 'T', body: 'B', outcome: 'loss' });
        s.rules[0].effects.push({ end: 'crash' });
      }),
    ).toEqual(['warn/ending-never-reached /endings/1']);
  });

  it('evidence nothing reveals; evidence that does not discriminate is fine', () => {
    expect(
      warnings((s) => {
        s.evidence.push({ id: 'hidden', title: 'T', body: 'B', source: 'S', likelihood: {} });
        s.evidence.push({ id: 'flat', title: 'T', body: 'B', source: 'S', likelihood: { hacktivists: 0.5, criminals: 0.5 } });
        s.decisions[0].effects.push({ reveal: 'flat' });
      }),
    ).toEqual(['warn/evidence-never-revealed /evidence/1']);
  });

  it('a decision that changes nothing and that nothing refers to', () => {
    expect(
      warnings((s) => {
        s.decisions.push(decision('idle'), decision('gate'), decision('watched'), decision('listed'), decision('timed', { outcomes: [] }));
        s.decisions[0].requires = ['gate'];
        s.rules[0].when = 'load > 7 || taken(watched) > 2';
        s.reference.plays[0].decisions.push('listed');
      }),
    ).toEqual(['warn/decision-without-effect /decisions/2', 'warn/decision-without-effect /decisions/6']);
  });

  it('warnings are listed along errors when there are errors', () => {
    const s = minimalScenario() as S;
    s.injects.push(inject('lost'));
    s.difficulty = 'easy';
    const r = loadScenarioObject(s);
    expect(!r.ok && r.errors.map((d) => `${d.severity} ${d.code}`)).toEqual(['error schema/bad-value', 'warning warn/inject-never-fires']);
  });
});
