/** The After-Action Report names each team's three missed chances, as the engine's search finds them. */
import { describe, expect, test } from 'vitest';
import { missedChances, toLog } from '../../src/engine';
import { aarHtml, aarMarkdown, plainTranslator } from '../../src/workshop';
import { createApp, memoryCatalog, memoryStorage } from '../../src/store';
import { reportMissed } from '../../src/store/workshop/missed';
import { fixtureScenario, fullSession, load } from './fixture';

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

describe('missed chances searched beforehand', () => {
  test('the report uses a search given to it, team by team, and searches the others itself', () => {
    const [first, second, third] = room.teams;
    const own = missedChances(loaded, toLog(first!.state));
    if (!own.ok) throw new Error(own.errors[0]!.message);
    expect(own.value.chances.length).toBeGreaterThan(0);
    // Given: the first team's search with its chances left out, the second's failed; the third is not given.
    const given = new Map([
      [first!.id, { ...own.value, chances: [] }],
      [second!.id, null],
    ]);
    const out = aarMarkdown(loaded, session, room, { t: plainTranslator('en'), locale: 'en', timeZone: 'UTC', missed: given });
    const part = (name: string) => out.slice(out.indexOf(`### ${name}`, out.indexOf('## Missed chances'))).split('\n###')[0]!;
    const items = (name: string) => part(name).split('\n').filter((l) => l.startsWith('- +'));
    expect(items(first!.name)).toHaveLength(0);
    expect(part(first!.name)).toContain('No single-turn change found');
    expect(items(second!.name)).toHaveLength(0);
    expect(part(second!.name)).toContain('No single-turn change found');
    const theirs = missedChances(loaded, toLog(third!.state));
    if (!theirs.ok) throw new Error(theirs.errors[0]!.message);
    expect(items(third!.name)).toHaveLength(theirs.value.chances.length);
  });

  test('the workshop store searches each team once per room (on the spot where no worker runs) and the report made from it is the same', async () => {
    const app = createApp({ storage: memoryStorage(), catalog: memoryCatalog({ 'workshop-fixture': JSON.stringify(fixtureScenario()) }), language: 'en' });
    const search = reportMissed(app, memoryStorage());
    const first = search(loaded, room);
    expect(search(loaded, room)).toBe(first);
    const found = await first;
    const played = room.teams.filter((team) => team.state.log.length > 0);
    expect([...found.keys()]).toEqual(played.map((team) => team.id));
    for (const team of played) {
      const r = missedChances(loaded, toLog(team.state));
      expect(found.get(team.id)).toEqual(r.ok ? r.value : null);
    }
    expect(aarMarkdown(loaded, session, room, { t: plainTranslator('en'), locale: 'en', timeZone: 'UTC', missed: found })).toBe(md);
    expect(search(loaded, { ...room })).not.toBe(first);
  });
});
