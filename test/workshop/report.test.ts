import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { replay, score, traceGame } from '../../src/engine';
import { aarDoc } from '../../src/workshop/report/aar';
import { reportContext } from '../../src/workshop/report/context';
import { aarHtml, aarMarkdown, decisionsCsv, escapeHtml, escapeMarkdown, plainTranslator, rating, teamLogs } from '../../src/workshop';
import { fullSession, load } from './fixture';

const loaded = load();
const { session, room } = fullSession(loaded);
const en = { t: plainTranslator('en'), locale: 'en', timeZone: 'UTC' };
const md = aarMarkdown(loaded, session, room, en);

const EVIL_NAME = '<img src=x onerror=alert(1)>';
const EVIL_NOTE = '<script>alert("note")</script> & "quotes" \'too\'';

describe('escaping', () => {
  test('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  test.each([
    ['a|b', 'a\\|b'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['93.8 (P)', '93.8 (P)'],
    ['-30 points', '-30 points'],
    ['two\nlines\r\n# here', 'two lines # here'],
    ['*a* _b_ [c](d) `e` ![f]', '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\!\\[f\\]'],
  ])('escapeMarkdown(%j)', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('ratings', () => {
  test.each([
    [1, 'P'],
    [0.8, 'P'],
    [0.7999, 'S'],
    [0.5, 'S'],
    [0.4999, 'M'],
    [0.2, 'M'],
    [0.1999, 'U'],
    [0, 'U'],
  ])('%d → %s', (s, r) => expect(rating(s)).toBe(r));
});

describe('after-action report', () => {
  test("each team's figures are the engine's score of that team's log", () => {
    const logs = teamLogs(room);
    const overall = ['t1', 't2', 't3'].map((id) => {
      const r = replay(loaded, logs[id]!);
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return score(loaded, r.value).overall;
    });
    // 84.79…, 60.83…, 61.66… (session.test.ts), one decimal
    expect(overall.map((x) => x.toFixed(1))).toEqual(['84.8', '60.8', '61.7']);
    expect(md).toContain('| Overall |   |   | 84.8 (P) | 60.8 (S) | 61.7 (S) |');
    expect(md).toContain('| Keep the service up | Containment | 2 | 70 (S) | 40 (M) | 70 (S) |');
    expect(md).toContain('| Attribute well | Attribution | 1 | 93.8 (P) | 75 (S) | 75 (S) |');
    expect(md).toContain('- Overall score: 84.8.');
  });

  test('HSEEP sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings).toEqual([
      'Exercise overview',
      'Objectives and performance',
      'Analysis by team',
      'Decisions that moved each objective',
      'Where the teams diverged',
      'Reference line: Expert line',
      'Missed chances',
      'Facilitator notes',
      'Session timeline',
      'Improvement plan',
    ]);
  });

  test('strengths and areas come with the decisions and their debriefs', () => {
    expect(md).toContain('- Keep the service up: 40 (M). Hurt most by: Shut external access. Cutting access is itself an outage.');
    expect(md).toContain('- No hasty attribution: 0 (U). Blame a state publicly was taken. Public attribution before forensics is a gamble.');
    expect(md).toContain('- Tell customers early: 50 (S). Tell customers taken in turn 2, after turn 1. Telling customers early keeps their trust.');
    expect(md).toContain('- Turn 1, facilitator note: Bravo hesitated');
    expect(md).toContain('- Turn 2: the facilitator released “Press leak”.');
  });

  test('the improvement plan has a row per weak objective and blank owner and due columns', () => {
    const plan = md.slice(md.indexOf('## Improvement plan'));
    const rows = plan.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Capability') && !l.startsWith('| ---'));
    expect(rows).toEqual([
      '| Containment | Keep the service up: Bravo (M). | Take Scrub traffic. Scrubbing restores the service. |   |   |',
      '| Coordination | No hasty attribution: Charlie (U). | Avoid Blame a state publicly. Public attribution before forensics is a gamble. |   |   |',
    ]);
  });

  test('the reference line and the overview', () => {
    expect(md).toContain('| 7 | Alpha, Bravo, Charlie | 85.7 | 84.8, 60.8, 61.7 |');
    expect(md).toContain('- **Duration**: 11 min');
    // The game's 24-hour clock and British date order, as everywhere else in the app.
    expect(md).toContain('- **Date**: 22 December 2025 at 09:55');
    expect(md).toContain('| 10:07 | 2 | Charlie\'s turn 2 ended by the facilitator |');
  });

  test('in French', () => {
    const fr = aarMarkdown(loaded, session, room, { t: plainTranslator('fr'), locale: 'fr', timeZone: 'UTC' });
    expect(fr).toContain('# Rapport après action : Panne de test');
    expect(fr).toContain('| Global |   |   | 84,8 (P) | 60,8 (S) | 61,7 (S) |');
    expect(fr).toContain('- **Durée**\u00a0: 11 min');
  });

  test('Markdown table cells escape |', () => {
    const { session: s, room: r } = fullSession(loaded, ['A|B', 'C', 'D']);
    const text = aarMarkdown(loaded, s, r, en);
    expect(text).toContain('| Objective | Capability | Weight | A\\|B | C | D |');
    expect(text).not.toContain('A|B');
  });

  test('no markup from team names, notes or scenario text reaches the HTML page', () => {
    const hostile = load({
      title: { en: 'Outage <script>alert("title")</script>', fr: 'Panne' },
      summary: '<img src=x onerror=alert(2)>',
    });
    const { session: s, room: r } = fullSession(hostile, [EVIL_NAME, 'Bravo', 'Charlie'], EVIL_NOTE);
    const html = aarHtml(hostile, s, r, en);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    expect(html).toContain('<title>After-Action Report: Outage &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>');
    // the Markdown version backslash-escapes them: every < is preceded by \\
    const text = aarMarkdown(hostile, s, r, en);
    expect(text).not.toMatch(/(?<!\\)</);
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('where the points came from', () => {
  const ctx = reportContext(loaded, session, room, en);
  const blocks = aarDoc(ctx).blocks;

  test('every team gets the split of its objectives, the world and its choices, adding up to its scores', () => {
    const headings = blocks.flatMap((b, i) => (b.kind === 'heading' && b.text === 'Where the points came from' ? [i] : []));
    expect(headings).toHaveLength(room.teams.length);
    headings.forEach((at, k) => {
      const table = blocks[at + 2]!;
      if (table.kind !== 'table') throw new Error('no table');
      const team = room.teams[k]!;
      const scores = score(loaded, team.state).objectives;
      for (const o of loaded.scenario.objectives) {
        const rows = table.rows.filter((r) => r[0] === o.title);
        const sum = rows.reduce((a, r) => a + Number(r[2]), 0);
        // Each row is rounded to 0.1 point.
        expect(Math.abs(sum - 100 * scores[o.id]!)).toBeLessThanOrEqual(0.05 * rows.length + 1e-9);
      }
    });
  });

  test('hand-checked: Alpha scrubbed in turn 1 (70 of "Keep the service up": 50 the world, 20 the scrubbing)', () => {
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Where the points came from');
    const table = blocks[at + 2]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.head).toEqual(['Objective', 'Cause', 'Points of the objective', 'Points of the overall score']);
    expect(table.rows.filter((r) => r[0] === 'Keep the service up')).toEqual([
      ['Keep the service up', 'The world, whatever the team did', '+50', '+16.7'],
      ['Keep the service up', 'Scrub traffic (turn 1)', '+20', '+6.7'],
    ]);
    expect(table.rows.find((r) => r[1] === 'Attribution assessment (turn 2)')).toBeDefined();
    const alpha = traceGame(loaded, room.teams[0]!.state);
    expect(alpha.oAvail!.map((x) => x.share)).toEqual([0.5, expect.closeTo(0.2, 12)]);
  });

  test('the French report says it in French', () => {
    const fr = aarMarkdown(loaded, session, room, { t: plainTranslator('fr'), locale: 'fr', timeZone: 'UTC' });
    expect(fr).toContain("#### D'où viennent les points");
    expect(fr).toContain("Le monde, quoi que l'équipe ait fait");
  });
});

describe('decisions CSV', () => {
  test('one row per decision taken, read back by papaparse', () => {
    const csv = decisionsCsv(loaded, room, plainTranslator('en'), 'en');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['team', 'turn', 'scenario time', 'decision id', 'decision', 'category', 'staff', 'budget', 'outcome', 'points (overall score)']);
    expect(parsed.data.map((r) => [r.team, r.turn, r['decision id']])).toEqual([
      ['Alpha', '1', 'tell'],
      ['Alpha', '1', 'scrub'],
      ['Alpha', '2', 'forensics'],
      ['Bravo', '1', 'shutdown'],
      ['Bravo', '2', 'tell'],
      ['Bravo', '3', 'scrub'],
      ['Charlie', '1', 'tell'],
      ['Charlie', '1', 'blame'],
      ['Charlie', '3', 'scrub'],
    ]);
    expect(parsed.data[0]).toEqual({
      team: 'Alpha',
      turn: '1',
      'scenario time': '2025-12-22T07:00:00.000Z',
      'decision id': 'tell',
      decision: 'Tell customers',
      category: 'communication',
      staff: '1',
      budget: '0',
      outcome: 'Customers reassured',
      // Tell customers (turn 1): +15 of "Keep trust" (weight 1 of 6) and +100 of "Tell customers early" (1 of 6).
      'points (overall score)': String(Number(((15 + 100) / 6).toFixed(3))),
    });
    expect(parsed.data[5]).toMatchObject({ 'scenario time': '2025-12-22T09:00:00.000Z', budget: '40', outcome: '' });
  });

  test('names with commas, quotes and formulas survive and cannot run in a spreadsheet', () => {
    const { room: r } = fullSession(loaded, ['=HYPERLINK("http://x")', 'B, "quoted"', 'C']);
    const parsed = Papa.parse<string[]>(decisionsCsv(loaded, r, plainTranslator('en'), 'en'), { skipEmptyLines: true });
    expect(parsed.data[1]![0]).toBe('\'=HYPERLINK("http://x")');
    expect(parsed.data[4]![0]).toBe('B, "quoted"');
  });
});
