/** The After-Action Report names each team's three missed chances, as the engine's search finds them. */
import { describe, expect, test } from 'vitest';
import { missedChances, toLog } from '../../src/engine';
import { aarHtml, aarMarkdown, plainTranslator } from '../../src/workshop';
import { fullSession, load } from './fixture';

const loaded = load();
const { session, room } = fullSession(loaded);
const md = aarMarkdown(loaded, session, room, { t: plainTranslator('en'), locale: 'en', timeZone: 'UTC' });

describe('missed chances in the report', () => {
  test('a section with every team, each chance with its gain, change and why', () => {
    const section = md.slice(md.indexOf('## Missed chances'));
    expect(section).not.toBe(md);
    for (const team of room.teams) {
      expect(section).toContain(`### ${team.name}`);
      const r = missedChances(loaded, toLog(team.state));
      if (!r.ok) throw new Error(r.errors[0]!.message);
      const part = section.slice(section.indexOf(`### ${team.name}`)).split('\n###')[0]!;
      const items = part.split('\n').filter((l) => l.startsWith('- +'));
      expect(items).toHaveLength(r.value.chances.length);
      r.value.chances.forEach((c, i) => expect(items[i]).toContain(`+${Number(c.gain.toFixed(1))} points:`));
      if (r.value.chances.length === 0) expect(part).toContain('No single-turn change found');
    }
  });

  test('in French and in HTML', () => {
    const fr = aarMarkdown(loaded, session, room, { t: plainTranslator('fr'), locale: 'fr', timeZone: 'UTC' });
    expect(fr).toContain('## Occasions manquées');
    expect(aarHtml(loaded, session, room, { t: plainTranslator('en'), locale: 'en', timeZone: 'UTC' })).toContain('Missed chances</h2>');
  });
});
