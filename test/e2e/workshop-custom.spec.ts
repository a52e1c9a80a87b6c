/**
 * A workshop on a scenario of one's own, run like a trainer would: load the scenario file in the
 * workshop setup, play two teams through with a reload in the middle, export the session file,
 * clear the browser, drop the session file back in, be asked for the scenario file, be refused a
 * wrong one with a clear message, supply the right one and produce the same reports. Then the
 * errors a bad session file gets, in English and French, and leaving a workshop.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { loadScenario } from '../../src/engine/load';
import { engineResult, teamLogs } from './workshop/expected';
import { watchPage } from './game/helpers';
import { accessible, save, text } from './workshop/steps';

const SHOTS = 'test-results/workshop';
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DRILL = readFileSync(join(FIXTURES, 'drill.json'), 'utf8');
const TEAMS = ['Red cell', 'Blue cell'] as const;
const en1 = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

test.describe.configure({ timeout: 300_000 });


async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png` });
}




/** Choose a file with one of the page's buttons and the browser's file picker. */
async function pick(page: Page, button: string, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(button).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

/** Drag a file from the desktop and drop it on an element, as the browser reports it. */
async function drop(page: Page, target: string, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(([n, c]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([c!], n!, { type: 'application/json' }));
    return dt;
  }, [name, content]);
  const el = page.getByTestId(target);
  await el.dispatchEvent('dragenter', { dataTransfer });
  await el.dispatchEvent('dragover', { dataTransfer });
  await el.dispatchEvent('drop', { dataTransfer });
}

/** Play hot-seat slots until every team is done; `after` runs after each lock (team id, turn). */
async function playAll(page: Page, after: (team: string, turn: number) => Promise<void>): Promise<number> {
  let slots = 0;
  for (;;) {
    const handover = page.getByTestId('ws-handover');
    const done = page.getByTestId('ws-seat-message');
    await expect(handover.or(done)).toBeVisible();
    if (await done.isVisible()) return slots;
    await page.getByTestId('ws-ready').click();
    const seat = page.getByTestId('ws-seat');
    await expect(seat).toBeVisible();
    const team = (await seat.getAttribute('data-team'))!;
    const turn = Number(/Turn (\d+) of/.exec((await seat.locator('.eyebrow').textContent())!)![1]);
    await expect(page.locator('.decision-toggle').first()).toBeVisible();
    const legal = page.locator('.decision-toggle[data-state="legal"]');
    if ((await legal.count()) > 0) {
      const id = (await legal.nth(team === 't1' ? 0 : (await legal.count()) - 1).getAttribute('data-testid'))!;
      await page.getByTestId(id).click();
      await expect(page.getByTestId(id)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByTestId('ws-lock').click();
    slots += 1;
    await after(team, turn);
  }
}

test('a two-team workshop on a custom scenario survives a reload and reopens from its session file elsewhere', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const { problems } = await watchPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en');

  // Setup: the trainer loads the drill from disk right in the workshop setup.
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();
  await expect(page.getByTestId('ws-scenario')).toHaveValue('bundled:la-poste-ddos');
  await pick(page, 'ws-load-scenario', 'drill.json', DRILL);
  await expect(page.getByTestId('ws-scenario')).toHaveValue('custom:drill');
  await expect(page.getByTestId('ws-scenario').locator('option:checked')).toHaveText('Drill: portal flood — drill.json');
  await expect(page.getByTestId('ws-releasable-ministerCalls')).toBeChecked();
  await page.getByTestId('ws-team-count').selectOption('2');
  for (const [i, name] of TEAMS.entries()) await page.getByTestId(`ws-team-name-${i + 1}`).fill(name);
  await page.getByTestId('ws-seed').fill('77');
  await shot(page, 'custom-setup');
  await accessible(page, 'setup with a custom scenario');
  await page.getByTestId('ws-create').click();
  await expect(page.getByTestId('ws-facilitator')).toBeVisible();
  await page.getByTestId('ws-start').click();
  await page.getByTestId('ws-release').click(); // the minister calls every team
  await page.getByTestId('ws-view-seat').click();

  // Two teams play the six turns; the page reloads after Red cell's turn 3.
  let reloaded = false;
  const slots = await playAll(page, async (team, turn) => {
    if (team === 't1' && turn === 3 && !reloaded) {
      reloaded = true;
      await page.reload();
      await expect(page.getByTestId('ws-handover')).toContainText('Blue cell');
      await expect(page.getByTestId('ws-problem')).toHaveCount(0);
    }
  });
  expect(reloaded).toBe(true);
  expect(slots).toBe(12);
  await page.getByTestId('ws-to-facilitator').click();
  await page.getByTestId('ws-end').click();
  await page.getByTestId('ws-end-confirm').click();
  await expect(page.getByTestId('ws-hotwash')).toBeVisible();
  const sessionText = await save(page, 'ws-report-session');
  const md = await save(page, 'ws-report-md');
  const csv = await save(page, 'ws-report-csv');
  const session = JSON.parse(sessionText);
  expect(session).toMatchObject({ scenario: 'drill', scenarioTitle: { fr: 'Exercice : saturation du portail', en: 'Drill: portal flood' } });

  // The reports' figures are the engine's, replaying each team's log on the drill.
  const drill = loadScenario(DRILL, 'drill.json');
  if (!drill.ok) throw new Error('drill.json does not load');
  expect(session.scenarioHash).toBe(drill.value.hash);
  const logs = teamLogs(session, []);
  const overall = md.split('\n').find((l) => l.startsWith('| Overall |'))!.split('|').slice(1, -1).map((c) => c.trim()).slice(3);
  expect(overall.map((c) => c.replace(/ \(.\)$/, ''))).toEqual(['t1', 't2'].map((id) => en1.format(engineResult(drill.value, logs[id]!).score.overall)));
  const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data.slice(1);
  expect(rows.length).toBe(Object.values(logs).reduce((n, log) => n + log.turns.reduce((m, t) => m + t.decisions.length, 0), 0));

  // Another machine, in effect: the browser forgets everything; the title screen no longer offers to resume.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('workshop')).toContainText('Workshop');
  await expect(page.getByTestId('workshop')).not.toContainText('Resume');
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();

  // The session file is dropped on the setup: the workshop asks for its scenario, by title and id.
  await drop(page, 'ws-setup', 'atelier.cellule-workshop.json', sessionText);
  const need = page.getByTestId('ws-need');
  await expect(need).toBeVisible();
  await expect(page.getByTestId('ws-need-scenario')).toHaveText('This session was played on the scenario “Drill: portal flood” (id “drill”), which is not at hand on this device.');
  await expect(page.getByTestId('ws-need-hash')).toHaveText(drill.value.hash);
  await shot(page, 'custom-need');
  await accessible(page, 'scenario file needed');

  // A wrong file: another version of the drill (one budget figure changed) is refused, and says why.
  const edited = DRILL.replace('"budget": 50000', '"budget": 60000');
  await pick(page, 'ws-need-choose', 'drill-v2.json', edited);
  const problem = page.getByTestId('ws-problem');
  await expect(problem).toContainText('“drill-v2.json” is another version of this scenario');
  await expect(problem).toContainText(`expected ${drill.value.hash}`);
  await shot(page, 'custom-need-wrong-version');
  await expect(need).toBeVisible();
  // Another scenario altogether, dropped: named, refused.
  await drop(page, 'ws-need', 'tutorial.json', readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'tutorial.json'), 'utf8'));
  await expect(problem).toContainText('“tutorial.json” is the scenario');
  await expect(problem).toContainText('(id “tutorial”), not the one this workshop was played on');
  // In French too.
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('ws-need-scenario')).toHaveText('Cette session a été jouée sur le scénario « Exercice : saturation du portail » (identifiant « drill »), absent de cet appareil.');
  await expect(problem).toContainText('« tutorial.json » est le scénario');
  await shot(page, 'custom-need-fr');
  await page.getByTestId('lang-en').click();

  // The right file, by the picker: the workshop opens on its hot wash, and the reports are the same.
  await pick(page, 'ws-need-choose', 'drill.json', DRILL);
  await expect(page.getByTestId('ws-hotwash')).toBeVisible();
  await expect(problem).toHaveCount(0);
  expect(await save(page, 'ws-report-md')).toBe(md);
  expect(await save(page, 'ws-report-csv')).toBe(csv);
  expect(await save(page, 'ws-report-session')).toBe(sessionText);
  // It is kept with its scenario now: a reload brings it straight back.
  await page.reload();
  await expect(page.getByTestId('ws-hotwash')).toBeVisible();
  await expect(page.getByTestId('ws-hw-scores').locator('tbody tr')).toHaveCount(2);

  // Closing: a confirmation that offers the session file first.
  await page.getByTestId('ws-close').click();
  const leave = page.getByTestId('ws-leave');
  await expect(leave).toBeVisible();
  await expect(leave).toContainText('Download the session file first');
  await shot(page, 'custom-leave');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ws-leave-download').click()]);
  expect(await text(download)).toBe(sessionText);
  await expect(page.getByTestId('ws-leave-done')).toContainText('cellule-workshop-drill-');
  await page.getByTestId('ws-close-confirm').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('new-game')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a bad session file is refused with a located, translated message', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();
  const problem = page.getByTestId('ws-problem');

  // Not JSON at all (a session cut short).
  await drop(page, 'ws-setup', 'cut.json', '{\n  "format": "cellule/workshop@1",\n  "teams": [\n');
  await expect(problem).toContainText('“cut.json” cannot be opened as a workshop session.');
  await expect(problem).toContainText('It is not valid JSON');
  await expect(page.getByTestId('ws-problem-where')).toHaveText('cut.json:4:1');
  await page.getByTestId('lang-fr').click();
  await expect(problem).toContainText('« cut.json » ne peut pas être ouvert comme session d’atelier.');
  await expect(problem).toContainText('Ce n’est pas du JSON valide');
  await page.getByTestId('lang-en').click();

  // Another kind of file: a play log.
  await pick(page, 'ws-open-file', 'game.json', '{"format": "cellule/log@1", "scenario": "tutorial", "seed": 1, "turns": []}');
  await expect(problem).toContainText('This file is not a Cellule workshop session.');
  await expect(page.getByTestId('ws-problem-where')).toHaveText('game.json:1:12 (/format)');

  // A tampered log: a decision that does not exist, slipped into a lock.
  await page.getByTestId('ws-team-count').selectOption('2');
  await page.getByTestId('ws-create').click();
  await page.getByTestId('ws-start').click();
  await page.getByTestId('ws-view-seat').click();
  await page.getByTestId('ws-ready').click();
  await page.getByTestId('ws-lock').click();
  await expect(page.getByTestId('ws-handover')).toBeVisible();
  await page.getByTestId('ws-view-facilitator').click();
  const good = await save(page, 'ws-report-session');
  const tampered = good.replace('"decisions": []', '"decisions": ["hackTheJury"]');
  expect(tampered).not.toBe(good);
  const line = tampered.split('\n').findIndex((l) => l.includes('"type": "lock"')) - 1; // 1-based line of the event's `{`, just above its `"at"`
  await page.getByTestId('ws-close').click();
  await page.getByTestId('ws-close-confirm').click();
  await drop(page, 'ws-setup', 'tampered.json', tampered);
  await expect(problem).toContainText('“tampered.json” cannot be opened as a workshop session.');
  await expect(problem).toContainText('These decisions cannot be taken now.');
  // Event 1 is the start, event 2 the team's "ready" (its clock starts there), event 3 its lock.
  await expect(problem).toContainText('Event 3 of the session log does not apply: the file was edited or damaged after the workshop.');
  await expect(page.getByTestId('ws-problem-where')).toContainText(`tampered.json:${line}:5 (/events/2)`);
  await shot(page, 'bad-session-en');
  await page.getByTestId('lang-fr').click();
  await expect(problem).toContainText('L’événement 3 du journal de session ne s’applique pas');
  await shot(page, 'bad-session-fr');
  await expect(page.getByTestId('ws-setup')).toBeVisible();
  expect(problems).toEqual([]);
});

test('leaving a workshop for the title screen keeps it, without reopening it on every load', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-team-count').selectOption('2');
  await page.getByTestId('ws-create').click();
  await page.getByTestId('ws-start').click();
  // A reload in the workshop comes back to it.
  await page.reload();
  await expect(page.getByTestId('ws-facilitator')).toBeVisible();
  // Back to the title (from the close dialog): the workshop is kept, and a reload stays on the title.
  await page.getByTestId('ws-close').click();
  await page.getByTestId('ws-leave-title').click();
  await expect(page.getByTestId('new-game')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('new-game')).toBeVisible();
  await expect(page.getByTestId('workshop')).toContainText('Resume the workshop');
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  // Cancelling the close dialog changes nothing.
  await page.getByTestId('ws-close').click();
  await page.getByTestId('ws-leave-cancel').click();
  await expect(page.getByTestId('ws-leave')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  expect(problems).toEqual([]);
});

test('a kept custom workshop whose scenario text was lost asks for the file after a reload', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await drop(page, 'ws-setup', 'drill.json', DRILL); // a scenario file dropped on the setup joins the list
  await expect(page.getByTestId('ws-scenario')).toHaveValue('custom:drill');
  await page.getByTestId('ws-team-count').selectOption('2');
  await page.getByTestId('ws-create').click();
  await page.getByTestId('ws-start').click();
  await page.evaluate(() => localStorage.removeItem('cellule.workshop.scenario'));
  await page.reload();
  await expect(page.getByTestId('ws-need')).toContainText('It is the workshop kept in this browser');
  await expect(page.getByTestId('ws-need-forget')).toBeVisible();
  await drop(page, 'ws-need', 'drill.json', DRILL);
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  await page.reload();
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  expect(problems).toEqual([]);
});

test('markup in a custom scenario title stays text in the setup and in the request for its file', async ({ page, browser }) => {
  const { problems } = await watchPage(page);
  const hostile = readFileSync(join(FIXTURES, 'hostile.json'), 'utf8');
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await pick(page, 'ws-load-scenario', 'hostile.json', hostile);
  await expect(page.getByTestId('ws-scenario').locator('option:checked')).toHaveText('Trap <img src=x onerror="window.__pwned=1"> — hostile.json');
  await page.getByTestId('ws-team-count').selectOption('2');
  await page.getByTestId('ws-create').click();
  const sessionText = await save(page, 'ws-report-session');

  const other = await browser.newContext();
  const page2 = await other.newPage();
  const { problems: problems2 } = await watchPage(page2);
  await page2.goto('./?lang=en');
  await page2.getByTestId('workshop').click();
  await pick(page2, 'ws-open-file', 'hostile.cellule-workshop.json', sessionText);
  await expect(page2.getByTestId('ws-need-scenario')).toContainText('“Trap <img src=x onerror="window.__pwned=1">” (id “hostile”)');
  await pick(page2, 'ws-need-choose', 'hostile.json', hostile);
  await expect(page2.getByTestId('ws-facilitator')).toBeVisible();
  for (const p of [page, page2]) {
    expect(await p.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  await other.close();
  expect([...problems, ...problems2]).toEqual([]);
});
