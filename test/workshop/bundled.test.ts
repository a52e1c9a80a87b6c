import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { legalDecisions, score } from '../../src/engine';
import {
  aarHtml,
  aarMarkdown,
  applyEvent,
  createWorkshop,
  decisionsCsv,
  hotWash,
  parseWorkshop,
  plainTranslator,
  serialiseWorkshop,
  whoseTurn,
  type Room,
  type Workshop,
  type WorkshopInput,
} from '../../src/workshop';
import { bundledFiles, loadBundled } from '../engine/bundled';

const stamp = (i: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, i)).toISOString();

describe.each(bundledFiles())('a whole workshop on %s', (file) => {
  test('plays to the end, exports, re-opens and reports in both languages', () => {
    const loaded = loadBundled(file);
    const optional = loaded.scenario.injects.filter((i) => i.optional).map((i) => i.id);
    const created = createWorkshop(loaded, { createdAt: stamp(0), locale: 'fr', teams: [{ name: 'Rouge' }, { name: 'Vert', seed: 2 }, { name: 'Bleu' }], seed: 1, releasable: optional });
    if (!created.ok) throw new Error(created.error.message);
    let session: Workshop = created.value;
    let room: Room | undefined;
    let i = 0;
    const apply = (input: WorkshopInput) => {
      const r = applyEvent(loaded, session, input, room);
      if (!r.ok) throw new Error(r.error.message);
      ({ session, room } = r.value);
    };
    apply({ type: 'start', at: stamp(++i) });
    if (optional[0]) apply({ type: 'release', at: stamp(++i), inject: optional[0], team: 'all' });
    // each team takes the legal decisions of its turn in a team-specific rotation, within staff
    for (let team = whoseTurn(room!); team; team = whoseTurn(room!)) {
      const legal = legalDecisions(loaded, team.state);
      const k = room!.teams.indexOf(team) + team.state.turn;
      const pick = legal.length > 0 ? [legal[k % legal.length]!] : [];
      apply({ type: 'lock', at: stamp(++i), team: team.id, turn: team.state.turn, decisions: pick });
    }
    apply({ type: 'end', at: stamp(++i) });
    const reopened = parseWorkshop(serialiseWorkshop(session), loaded);
    expect(reopened.ok).toBe(true);
    const hot = hotWash(loaded, room!);
    expect(hot.teams.map((t) => t.score.overall)).toEqual(room!.teams.map((t) => score(loaded, t.state).overall));
    for (const lang of ['en', 'fr'] as const) {
      const options = { t: plainTranslator(lang), locale: lang, hotwash: hot };
      expect(aarMarkdown(loaded, session, room!, options)).toContain('## ');
      expect(aarHtml(loaded, session, room!, options)).not.toMatch(/<script/i);
    }
    const rows = Papa.parse(decisionsCsv(loaded, room!, plainTranslator('fr'), 'fr'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(room!.teams.reduce((n, t) => n + t.state.log.reduce((m, turn) => m + turn.decisions.length, 0), 0));
  });
});

test('the workshop core imports only itself, the engine, its strings, zod, papaparse and jsonc-parser (no DOM, Phaser, i18next, store or Node)', () => {
  const src = join(__dirname, '..', '..', 'src');
  const root = join(src, 'workshop');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const f of files) {
    const source = readFileSync(join(root, f), 'utf8');
    for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
      const target = spec!.startsWith('.') ? relative(src, resolve(dirname(join(root, f)), spec!)) : spec!;
      expect([f, target]).toEqual([f, expect.stringMatching(/^(workshop\/|engine$|locales\/(en|fr)\/workshop\.json$|zod$|papaparse$|jsonc-parser$)/)]);
    }
    expect([f, /\b(document|window|navigator|localStorage)\.|Date\.now|Math\.random/.test(source)]).toEqual([f, false]);
  }
});
