/**
 * A three-team workshop of the flagship scenario, run like a facilitator would: set it up from
 * the title screen, start it with a turn timer, release an optional inject to one team, let each
 * team pick its decisions by mouse (one by keyboard), reload the page in the middle, play every
 * turn, walk the hot wash, download the reports and check their figures against the engine's
 * own replay of each team's log; then re-open the session file in a fresh browser.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { missedChances } from '../../src/engine/missed';
import { engineResult, flagship, teamLogs } from './workshop/expected';
import { accessible, save } from './workshop/steps';

const SHOTS = 'test-results/workshop';
const TEAMS = ['Alpha', 'Bravo', '<b>Charlie</b>'] as const;
const RELEASED = 'journalistRussia';
const en1 = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

async function shot(page: Page, name: string, sizes: [number, number][] = [[1280, 720], [1920, 1080]]): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}




/** Click up to `count` legal decisions, starting from the `offset`-th one, waiting for each to register. */
async function pickDecisions(page: Page, count: number, offset: number): Promise<string[]> {
  const picked: string[] = [];
  for (let n = 0; n < count; n++) {
    const legal = page.locator('.decision-toggle[data-state="legal"]');
    const available = await legal.count();
    if (available === 0) break;
    const id = (await legal.nth((offset + n) % available).getAttribute('data-testid'))!;
    const button = page.getByTestId(id);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    picked.push(id.replace(/^decision-/, ''));
  }
  return picked;
}

test.describe.configure({ timeout: 600_000 });

test('a three-team workshop of la-poste-ddos, played through with timer, release, reload and reports', async ({ page, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // Count the timer's ring (three 660 Hz square tones) as the page plays it.
  await page.addInitScript(() => {
    const w = window as unknown as { rings: number };
    w.rings = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      const osc = create.call(this);
      const set = osc.frequency.setValueAtTime.bind(osc.frequency);
      osc.frequency.setValueAtTime = (value: number, time: number) => {
        if (value === 660 && osc.type === 'square') w.rings += 1;
        return set(value, time);
      };
      return osc;
    };
  });
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en');

  // Setup, from the title screen.
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();
  await expect(page.getByTestId('ws-scenario')).toHaveValue('bundled:la-poste-ddos');
  await page.getByTestId('ws-team-count').selectOption('3');
  for (const [i, name] of TEAMS.entries()) await page.getByTestId(`ws-team-name-${i + 1}`).fill(name);
  await page.getByTestId('ws-seed').fill('4242');
  await page.getByTestId('ws-timer').selectOption('1');
  await expect(page.getByTestId('ws-hide-leaderboard')).toBeChecked();
  await page.getByTestId('ws-releasable-unionWarning').uncheck();
  await shot(page, 'setup');
  await accessible(page, 'setup');
  await page.getByTestId('ws-create').click();

  // The facilitator starts the room and releases an inject to Bravo only.
  await expect(page.getByTestId('ws-facilitator')).toBeVisible();
  await expect(page.getByTestId('ws-clock')).toHaveText('1:00');
  await page.getByTestId('ws-start').click();
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  await expect(page.getByTestId('ws-team-status-t1')).toHaveText('Taking the seat: turn 1 (the clock starts when the team is ready)');
  await expect(page.getByTestId('ws-release-inject').locator('option')).toHaveCount(3);
  await page.getByTestId('ws-release-inject').selectOption(RELEASED);
  await page.getByTestId('ws-release-team').selectOption({ label: 'Bravo' });
  await page.getByTestId('ws-release').click();
  await expect(page.getByTestId('ws-team-queued-t2')).toBeVisible();
  await expect(page.getByTestId('ws-team-queued-t1')).toHaveCount(0);
  await expect(page.getByTestId('ws-team-queued-t3')).toHaveCount(0);
  await expect(page.getByTestId('ws-leaderboard-hidden')).toBeVisible();
  await expect(page.getByTestId('ws-team-t3')).toContainText('<b>Charlie</b>');

  await page.getByTestId('ws-view-seat').click();
  const advanced: { team: string; turn: number }[] = [];
  const clicked = new Map<string, string[]>();
  let slots = 0;
  let reloaded = false;
  for (;;) {
    const handover = page.getByTestId('ws-handover');
    const done = page.getByTestId('ws-seat-message');
    await expect(handover.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    if (slots === 0) {
      // The hand-over screen does not eat the team's time: the clock waits for "ready".
      await page.clock.fastForward('01:05');
      await expect(page.getByTestId('ws-clock')).toHaveText('1:00');
      await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'idle');
    }
    await page.getByTestId('ws-ready').click();
    if (slots === 0) {
      await page.clock.fastForward('00:10');
      // Ten seconds of the slot used (a few more if the machine is slow): the clock started at "ready".
      await expect(page.getByTestId('ws-clock')).toHaveText(/^0:(4\d|50)$/);
      await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'running');
    }
    const seat = page.getByTestId('ws-seat');
    await expect(seat).toBeVisible();
    const team = (await seat.getAttribute('data-team'))!;
    const turn = Number(/Turn (\d+) of/.exec((await seat.locator('.eyebrow').textContent())!)![1]);
    await expect(page.locator('.decision-toggle').first()).toBeVisible();
    slots += 1;

    if (team === 't1' && turn === 2) {
      // Time runs out on Alpha: the clock hits zero and rings; the facilitator gives a minute more.
      await page.clock.fastForward('01:05');
      await expect(page.getByTestId('ws-clock')).toHaveText('0:00');
      await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'expired');
      await expect.poll(() => page.evaluate(() => (window as unknown as { rings: number }).rings)).toBeGreaterThanOrEqual(3);
      await shot(page, 'seat-expired', [[1280, 720]]);
      await page.getByTestId('ws-view-facilitator').click();
      await page.getByTestId('ws-pause').click();
      await expect(page.getByTestId('ws-phase')).toHaveText('Paused');
      await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'paused');
      await page.getByTestId('ws-view-seat').click();
      await expect(page.getByTestId('ws-paused')).toBeVisible();
      await expect(page.getByTestId('ws-lock')).toBeDisabled();
      await page.getByTestId('ws-view-facilitator').click();
      await page.getByTestId('ws-resume').click();
      await page.getByTestId('ws-extend').click();
      await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'running');
      await expect(page.getByTestId('ws-clock')).not.toHaveText('0:00');
      await page.getByTestId('ws-note-text').fill('Alpha ran out of time on turn 2');
      await page.getByTestId('ws-note-team').selectOption({ label: 'Alpha' });
      await page.getByTestId('ws-note-add').click();
      // The box is empty again for the next note.
      await expect(page.getByTestId('ws-note-text')).toHaveValue('');
      // The room sees this screen: the note stays hidden until the facilitator shows the private details.
      await expect(page.getByTestId('ws-notes')).toHaveCount(0);
      await expect(page.getByTestId('ws-notes-private')).toHaveText('1 note, hidden from the room.');
      await expect(page.getByTestId('ws-team-decisions-t1')).toHaveCount(0);
      await page.getByTestId('ws-private').click();
      await expect(page.getByTestId('ws-notes')).toContainText('Alpha ran out of time on turn 2');
      await page.getByTestId('ws-view-seat').click();
      await expect(seat).toBeVisible();
    }
    if (team === 't2' && turn === 2) {
      // The inject released to Bravo reached Bravo's feed.
      await expect(page.getByTestId(`inject-${RELEASED}`)).toBeVisible();
      await shot(page, 'seat');
      await accessible(page, 'seat');
    }
    if (team === 't3' && turn === 4) {
      // The facilitator ends Charlie's turn without decisions.
      await page.getByTestId('ws-view-facilitator').click();
      await page.getByTestId('ws-advance').click();
      advanced.push({ team, turn });
      await page.getByTestId('ws-view-seat').click();
      continue;
    }
    if (team === 't1' && turn === 3) {
      // Alpha moves its attribution board by keyboard: all on NoName057(16).
      await page.getByTestId('tab-attribution').click();
      await page.getByTestId('probability-noname').focus();
      await page.keyboard.press('End');
      await expect(page.getByTestId('assessment-total')).toContainText('100');
      await page.getByTestId('tab-decisions').click();
    }
    if (team === 't2' && turn === 3) {
      // Bravo plays by keyboard: key 1 picks the first decision, Ctrl+Enter locks.
      await page.getByTestId('ws-seat-team').click();
      await page.keyboard.press('1');
      await expect(page.locator('.decision-toggle[aria-pressed="true"]')).toHaveCount(1);
      await page.keyboard.press('Control+Enter');
      continue;
    }
    clicked.set(`${team}/${turn}`, await pickDecisions(page, team === 't2' ? 1 : 2, team === 't3' ? 3 : 0));
    await page.getByTestId('ws-lock').click();

    if (!reloaded && team === 't2' && turn === 7) {
      // Mid-game reload: the room comes back on Charlie's hand-over for turn 7.
      reloaded = true;
      await page.reload();
      await expect(page.getByTestId('ws-handover')).toContainText('<b>Charlie</b>');
      await expect(page.getByTestId('ws-clock')).toBeVisible();
    }
    if (team === 't3' && turn === 8) {
      await page.getByTestId('ws-view-facilitator').click();
      // Hidden again after the view was left; shown on the facilitator's word.
      await expect(page.getByTestId('ws-private')).toHaveAttribute('aria-pressed', 'false');
      await page.getByTestId('ws-private').click();
      await expect(page.getByTestId('ws-team-decisions-t2')).toContainText('released');
      await expect(page.getByTestId('ws-team-decisions-t1')).not.toContainText('released');
      await shot(page, 'facilitator');
      await accessible(page, 'facilitator');
      await page.getByTestId('ws-reveal').click();
      await expect(page.getByTestId('ws-leaderboard').locator('li')).toHaveCount(3);
      await page.getByTestId('ws-view-seat').click();
    }
  }
  expect(reloaded).toBe(true);
  expect(slots).toBeGreaterThan(30);

  // Every game is over: the facilitator ends the workshop and walks the room through the hot wash.
  await page.getByTestId('ws-to-facilitator').click();
  await page.getByTestId('ws-end').click();
  await page.getByTestId('ws-end-confirm').click();
  await expect(page.getByTestId('ws-hotwash')).toBeVisible();
  await expect(page.getByTestId('ws-hw-scores').locator('tbody tr')).toHaveCount(3);
  await shot(page, 'hotwash-scores');
  await accessible(page, 'hot wash');
  let hotwashMissed: string[] = [];
  for (const step of ['moments', 'movers', 'divergences', 'brier', 'reference', 'missed']) {
    await page.getByTestId('ws-hw-next').click();
    await expect(page.getByTestId(`ws-hw-section-${step}`)).toBeVisible();
    if (step === 'missed') {
      await expect(page.getByTestId('ws-hw-missed-searching')).toHaveCount(0);
      await expect(page.getByTestId('ws-hw-section-missed').locator('h4')).toHaveCount(3);
      hotwashMissed = await page.getByTestId('ws-hw-section-missed').locator('li').allInnerTexts();
      await shot(page, 'hotwash-missed');
    }
    if (step === 'brier') await expect(page.getByTestId('ws-hw-brier').locator('tbody tr')).toHaveCount(3);
    if (step === 'moments') await expect(page.getByTestId('ws-hw-moments').locator('li').first()).toBeVisible();
    if (step === 'brier' || step === 'moments' || step === 'movers') await shot(page, `hotwash-${step}`);
  }

  // Reports, checked against the engine's replay of each team's log from the session file.
  const sessionText = await save(page, 'ws-report-session');
  const md = await save(page, 'ws-report-md');
  const html = await save(page, 'ws-report-html');
  const csv = await save(page, 'ws-report-csv');
  const session = JSON.parse(sessionText);
  expect([session.format, session.mode]).toEqual(['cellule/workshop@3', 'hotseat']);
  // One ready per slot a team took: the timer of each started there.
  expect(session.events.filter((e: { type: string }) => e.type === 'ready')).toHaveLength(slots);
  expect(session.teams.map((t: { name: string }) => t.name)).toEqual([...TEAMS]);
  const releases = session.events.filter((e: { type: string }) => e.type === 'release');
  expect(releases).toEqual([expect.objectContaining({ inject: RELEASED, team: 't2' })]);
  const releasedTo = session.events.filter((e: { type: string; released?: string[] }) => e.type === 'lock' && e.released?.includes(RELEASED)).map((e: { team: string }) => e.team);
  expect(releasedTo).toEqual(['t2']);
  expect(session.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['start', 'extend', 'note', 'advance', 'reveal', 'end']));

  // The session holds exactly the decisions the teams clicked, in the order clicked.
  const locks = session.events.filter((e: { type: string }) => e.type === 'lock') as { team: string; turn: number; decisions: string[] }[];
  expect(clicked.size).toBeGreaterThan(30);
  for (const [slot, ids] of clicked) expect([slot, locks.find((e) => `${e.team}/${e.turn}` === slot)?.decisions]).toEqual([slot, ids]);
  expect(locks.find((e) => e.team === 't1' && e.turn === 3)).toMatchObject({ assessment: { noname: 100, iotBotnet: 0, stateActor: 0, criminals: 0 } });

  const loaded = flagship();
  const logs = teamLogs(session, advanced);
  const results = Object.fromEntries(Object.entries(logs).map(([id, log]) => [id, engineResult(loaded, log)]));
  expect(new Set(Object.values(results).map((r) => r.score.overall)).size).toBeGreaterThan(1);

  // Markdown: the "Overall" row and every objective's row, team by team.
  const row = (label: string) => md.split('\n').find((l) => l.startsWith(`| ${label} |`))!.split('|').slice(1, -1).map((c) => c.trim());
  const overall = row('Overall').slice(3);
  expect(overall.map((c) => c.replace(/ \(.\)$/, ''))).toEqual(['t1', 't2', 't3'].map((id) => en1.format(results[id]!.score.overall)));
  for (const o of loaded.scenario.objectives) {
    const title = typeof o.title === 'string' ? o.title : o.title.en!;
    const cells = row(title.replace(/[\\`*_[\]<>|~&!]/g, '\\$&')).slice(3);
    expect([o.id, cells.map((c) => c.replace(/ \(.\)$/, ''))]).toEqual([o.id, ['t1', 't2', 't3'].map((id) => en1.format(100 * (results[id]!.score.objectives[o.id] ?? 0)))]);
  }
  // HTML: the same figures, the team name escaped, no script anywhere.
  for (const id of ['t1', 't2', 't3']) expect(html).toContain(`<td>${en1.format(results[id]!.score.overall)} (`);
  expect(html).toContain('&lt;b&gt;Charlie&lt;/b&gt;');
  expect(html).not.toContain('<b>Charlie</b>');
  expect(html).not.toMatch(/<script/i);
  // CSV: one row per decision, exactly each team's log, turn by turn.
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const [head, ...rows] = parsed.data;
  expect(head!.slice(0, 4)).toEqual(['team', 'turn', 'scenario time', 'decision id']);
  for (const [id, log] of Object.entries(logs)) {
    const name = session.teams.find((t: { id: string }) => t.id === id).name;
    const fromCsv = rows.filter((r) => r[0] === name).map((r) => `${r[1]}:${r[3]}`);
    const fromLog = log.turns.flatMap((t, i) => t.decisions.map((d) => `${i + 1}:${d}`));
    expect([id, fromCsv]).toEqual([id, fromLog]);
  }

  // Missed chances, searched in a worker of the page: each team's, as the engine's search finds them here.
  const missedPart = md.slice(md.indexOf('## Missed chances')).split('\n## ')[0]!;
  const teamParts = missedPart.split('\n### ').slice(1);
  expect(teamParts).toHaveLength(3);
  expect(missedPart.split('\n').filter((l) => l.startsWith('- +')).length).toBeGreaterThan(0);
  const searched = ['t1', 't2', 't3'].map((id, i) => {
    const r = missedChances(loaded, logs[id]!);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const gains = teamParts[i]!.split('\n').filter((l) => l.startsWith('- +')).map((l) => l.slice(3, l.indexOf(' points')));
    expect([id, gains]).toEqual([id, r.value.chances.map((c) => en1.format(c.gain))]);
    return r.value.chances.map((c) => `+${en1.format(c.gain)} points`);
  });
  // The hot wash showed the same chances, team by team.
  expect(hotwashMissed.map((x) => x.slice(0, x.indexOf(' points') + 7))).toEqual(searched.flat());

  // The printable report, as a trainer would open it.
  const report = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await report.setContent(html);
  await report.screenshot({ path: `${SHOTS}/report-html-1280.png` });
  await report.screenshot({ path: `${SHOTS}/report-html-full.png`, fullPage: true });
  await report.close();

  // Another machine: a fresh browser opens the session file and produces the same reports.
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  const page2 = await other.newPage();
  await page2.goto('./?lang=fr');
  await page2.getByTestId('workshop').click();
  const chooser = page2.waitForEvent('filechooser');
  await page2.getByTestId('ws-open-file').click();
  await (await chooser).setFiles({ name: 'atelier.cellule-workshop.json', mimeType: 'application/json', buffer: Buffer.from(sessionText) });
  await expect(page2.getByTestId('ws-hotwash')).toBeVisible();
  await expect(page2.getByTestId('ws-hw-scores')).toContainText('Équipe');
  await page2.getByTestId('ws-view-facilitator').click();
  await expect(page2.getByTestId('ws-leaderboard').locator('li')).toHaveCount(3);
  await shot(page2, 'facilitator-fr', [[1280, 720]]);
  await page2.getByTestId('ws-view-hotwash').click();
  await page2.getByTestId('lang-en').click();
  expect(await save(page2, 'ws-report-csv')).toBe(csv);
  expect(await save(page2, 'ws-report-session')).toBe(sessionText);
  // Done with it: the facilitator closes the workshop; the setup comes back, and stays after a reload.
  await page2.getByTestId('ws-view-facilitator').click();
  await page2.getByTestId('ws-close').click();
  await expect(page2.getByTestId('ws-leave')).toBeVisible();
  await page2.getByTestId('ws-close-confirm').click();
  await expect(page2.getByTestId('ws-setup')).toBeVisible();
  await page2.reload();
  await expect(page2.getByTestId('new-game')).toBeVisible();
  await other.close();

  expect(problems).toEqual([]);
});
