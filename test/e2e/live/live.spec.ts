/**
 * The live workshop end to end, on `npm run serve`'s server: a facilitator's console, three teams
 * (one on a phone by touch, one on two devices) and a projector play la-poste-ddos in French to the
 * hot wash, each in its own browser context. The reports equal what the hot seat makes from the
 * same session file; axe finds no serious violation on the three screens.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../../src/engine';
import { leaderboard, parseWorkshop, replayWorkshop, teamLogs } from '../../../src/workshop';
import { LIVE_PORT } from '../../../playwright.config';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';

const BASE = `http://127.0.0.1:${LIVE_PORT}/`;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1366, height: 768 } };

const contexts: BrowserContext[] = [];
async function device(browser: Browser, options: Parameters<Browser['newContext']>[0] = LAPTOP): Promise<Page> {
  const context = await browser.newContext({ ...options, baseURL: BASE, locale: 'fr-FR', acceptDownloads: true });
  contexts.push(context);
  return context.newPage();
}
test.afterAll(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

/** The reference line's first turns (la-poste-ddos), played by the phone's team. */
const REFERENCE = [
  ['crisisCell', 'scrubbing', 'notifyAnssi', 'holding'],
  ['doraClassify', 'waf', 'upstreamFilter', 'fallbackInfo'],
  ['cdn', 'segment'],
];

async function choose(page: Page, ids: string[], touch = false) {
  for (const id of ids) {
    const card = page.getByTestId(`decision-${id}`);
    if (touch) await card.tap();
    else await card.click();
    await expect(card).toHaveAttribute('data-state', 'chosen');
  }
}

/** Lock the team's turn: it waits for the others, or (the last lock) the room moves on to the next turn. */
async function lock(page: Page, touch = false) {
  const team = page.getByTestId('live-team');
  const turn = Number(await team.getAttribute('data-turn'));
  const button = page.getByTestId('live-lock');
  if (touch) await button.tap();
  else await button.click();
  await expect.poll(async () => (await team.getAttribute('data-status')) !== 'open' || Number(await team.getAttribute('data-turn')) > turn).toBe(true);
}

test('a live workshop in French: console, projector, a phone, a team on two devices, to the hot wash and the reports', async ({ browser }) => {
  test.setTimeout(300_000);
  // The facilitator sets the workshop up as for the hot seat, and runs it live.
  const console_ = await device(browser);
  await console_.goto('/?lang=fr');
  await console_.getByTestId('workshop').click();
  await expect(console_.getByTestId('ws-scenario')).toHaveValue('bundled:la-poste-ddos');
  await console_.getByTestId('ws-language').selectOption('fr');
  await console_.getByTestId('ws-team-name-1').fill('Rouge');
  await console_.getByTestId('ws-team-name-2').fill('Bleu');
  await console_.getByTestId('ws-team-count').selectOption('3');
  await console_.getByTestId('ws-team-name-3').fill('Vert <b>gras</b>');
  await console_.getByTestId('ws-create-live').click();
  const code = (await console_.getByTestId('live-room-code').textContent())!.trim();
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
  const joinLink = await console_.getByTestId('live-join-link').getAttribute('href');
  expect(joinLink).toBe(`${BASE}?join=${code}`);
  // Opened on 127.0.0.1, the console warns that the room's phones cannot follow that link.
  await expect(console_.getByTestId('live-loopback')).toContainText('127.0.0.1');

  // The projector, from the console's link.
  const projector = await device(browser, { viewport: { width: 1920, height: 1080 } });
  await projector.goto(`/?projector=${code}&lang=fr`);
  await expect(projector.getByTestId('live-projector')).toBeVisible();
  await expect(projector.getByTestId('live-room-code')).toHaveText(code);

  // A phone types the code (lower case, with a space) and picks its team by touch.
  const phone = await device(browser, PHONE);
  await phone.goto('/?lang=fr');
  await phone.getByTestId('live-join-title').tap();
  await phone.getByTestId('live-code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await phone.getByTestId('live-join-submit').tap();
  await phone.getByTestId('live-pick-t1').tap();
  await expect(phone.getByTestId('live-team-name')).toHaveText('Rouge');

  // Team Bleu on two laptops, through the join link; Vert on a third.
  const blue1 = await device(browser);
  await blue1.goto(joinLink!);
  await blue1.getByTestId('live-pick-t2').click();
  const blue2 = await device(browser);
  await blue2.goto(joinLink!);
  await blue2.getByTestId('live-pick-t2').click();
  const green = await device(browser);
  await green.goto(joinLink!);
  await green.getByTestId('live-pick-t3').click();
  // Names typed by people are text, never markup.
  await expect(green.getByTestId('live-team-name')).toHaveText('Vert <b>gras</b>');
  await expect(console_.getByTestId('live-devices-t2')).toHaveText('2 appareils');
  await expect(console_.getByTestId('live-devices-t1')).toHaveText('1 appareil');
  // Devices that only looked the code up to pick a team are not counted as projectors.
  await expect(console_.getByTestId('live-room-devices')).toHaveText('1 projecteur connecté');

  await console_.getByTestId('live-start').click();
  for (const page of [phone, blue1, blue2, green]) await expect(page.getByTestId('live-lock')).toBeEnabled();

  // Turn 1. The phone plays the reference line by touch; one device of Bleu drafts, the other sees it live and locks.
  await choose(phone, REFERENCE[0]!, true);
  await choose(blue1, ['crisisCell', 'scrubbing']);
  await expect(blue2.getByTestId('decision-crisisCell')).toHaveAttribute('data-state', 'chosen');
  await expect(blue2.getByTestId('decision-scrubbing')).toHaveAttribute('data-state', 'chosen');
  // A blocked card says why (here: not enough staff left once these are chosen, or not yet possible).
  await expect(blue2.locator('.decision.is-blocked .decision-why').first()).toBeVisible();
  await lock(blue2);
  await expect(blue1.getByTestId('live-team')).toHaveAttribute('data-status', 'locked');
  await expect(blue1.getByTestId('live-lock')).toBeDisabled();
  // The projector shows who has locked, never what: no decision of Bleu's appears there.
  await expect(projector.getByTestId('projector-team-t2')).toHaveAttribute('data-status', 'locked');
  await expect(projector.getByTestId('projector-team-t1')).toHaveAttribute('data-status', 'open');
  expect(await projector.locator('body').textContent()).not.toContain('Cellule de crise');
  await expect(console_.getByTestId('live-team-t2')).toHaveAttribute('data-status', 'locked');
  await shots('turn1', { console_, projector, phone, blue1, green });
  expect(await axeViolations(phone)).toEqual([]);
  expect(await axeViolations(projector)).toEqual([]);
  expect(await axeViolations(console_)).toEqual([]);
  for (const page of [phone, projector, console_]) expect(await layoutProblems(page)).toEqual([]);

  // The attribution sliders on the phone (keys, as a screen reader user would).
  const slider = phone.locator('[data-testid^="probability-"]').first();
  await slider.focus();
  await phone.keyboard.press('ArrowRight');
  await lock(phone, true);
  await choose(green, ['crisisCell']);
  await lock(green);
  // The turn closes for everyone at the last lock: every team is on turn 2 with its report.
  for (const page of [phone, blue1, blue2, green]) {
    await expect(page.getByTestId('live-team')).toHaveAttribute('data-status', 'open');
    await expect(page.getByTestId('live-report')).toBeVisible();
  }
  await expect(phone.getByTestId('live-report')).toContainText('Tour 1');

  // Turns 2 and 3: the phone goes on with the reference line, the others lock with one decision or none.
  for (const turn of [1, 2]) {
    await choose(phone, REFERENCE[turn]!, true);
    await lock(phone, true);
    await lock(blue1);
    await lock(green);
  }
  // The facilitator releases an optional inject to Vert, notes something, and closes a turn early.
  await console_.getByTestId('live-release-inject').selectOption('journalistRussia');
  await console_.getByTestId('live-release-team').selectOption('t3');
  await console_.getByTestId('live-release').click();
  await console_.getByTestId('live-note-text').fill('Bleu hésite sur la communication');
  await console_.getByTestId('live-note-add').click();
  await expect(console_.getByTestId('live-notes')).toContainText('Bleu hésite');
  await expect(console_.getByTestId('live-note-text')).toHaveValue('');
  await lock(phone, true);
  await console_.getByTestId('live-advance').click();
  await expect(green.getByTestId('inject-journalistRussia')).toBeVisible();
  await expect(phone.getByTestId('inject-journalistRussia')).toHaveCount(0);

  // The leaderboard, revealed: every device and the projector show it.
  await console_.getByTestId('live-reveal').click();
  await expect(phone.getByTestId('live-leaderboard')).toBeVisible();
  await expect(projector.getByTestId('live-leaderboard')).toContainText('Rouge');

  // The rest of the game: teams lock until their games are over.
  for (let i = 0; i < 20; i++) {
    const open = [];
    for (const page of [phone, blue1, green]) if ((await page.getByTestId('live-team').getAttribute('data-status')) === 'open') open.push(page);
    if (open.length === 0) break;
    for (const page of open) await lock(page, page === phone);
  }
  for (const page of [phone, blue1, green]) await expect(page.getByTestId('live-team')).toHaveAttribute('data-status', 'done');
  // A finished game shows its ending and its last report, no more decisions to take.
  await expect(phone.getByTestId('live-ending')).toBeVisible();
  await expect(phone.getByTestId('decisions')).toHaveCount(0);
  await expect(phone.getByTestId('live-lock')).toHaveCount(0);

  // The end: the projector's hot wash, then the console opens the full hot wash and its reports.
  await console_.getByTestId('live-end').click();
  await console_.getByTestId('live-end-confirm').click();
  await expect(projector.getByTestId('live-projector-hotwash')).toBeVisible();
  await expect(phone.getByTestId('live-status')).toHaveText(/terminée|terminé/);
  await shots('end', { console_, projector, phone });
  expect(await axeViolations(projector)).toEqual([]);
  const [sessionDownload] = await Promise.all([console_.waitForEvent('download'), console_.getByTestId('live-session').click()]);
  const sessionText = await readFile((await sessionDownload.path())!, 'utf8');
  expect(JSON.parse(sessionText)).toMatchObject({ format: 'cellule/workshop@2', mode: 'simultaneous' });
  await console_.getByTestId('live-hotwash').click();
  await expect(console_.getByTestId('ws-hotwash')).toBeVisible();
  const liveAar = await download(console_, 'ws-report-md');
  const liveCsv = await download(console_, 'ws-report-csv');

  // The hot seat, on another machine, opens the same session file: the same reports, byte for byte.
  const other = await device(browser);
  await other.goto('/?lang=fr');
  await other.getByTestId('workshop').click();
  await other.getByTestId('ws-session-file-input').setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(sessionText) });
  await expect(other.getByTestId('ws-hotwash')).toBeVisible();
  expect(await download(other, 'ws-report-md')).toBe(liveAar);
  expect(await download(other, 'ws-report-csv')).toBe(liveCsv);
  expect(liveAar).toContain('Vert \\<b\\>gras\\</b\\>');

  // Every team's log, taken from the session file, replays with `cellule play` to the score the room gave it.
  const loaded = loadScenario(await readFile('scenarios/la-poste-ddos.json', 'utf8'));
  const parsed = loaded.ok ? parseWorkshop(sessionText, loaded.value) : null;
  const room = parsed?.ok && loaded.ok ? replayWorkshop(loaded.value, parsed.value) : null;
  if (!room?.ok || !loaded.ok) throw new Error('the session file does not replay');
  const rows = leaderboard(loaded.value, room.value);
  const dir = await mkdtemp(join(tmpdir(), 'cellule-live-logs-'));
  for (const [team, log] of Object.entries(teamLogs(room.value))) {
    const file = join(dir, `${team}.json`);
    await writeFile(file, JSON.stringify(log));
    const out = execFileSync('npx', ['tsx', 'tools/cellule.ts', 'play', 'scenarios/la-poste-ddos.json', '--log', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).score.overall).toBeCloseTo(rows.find((r) => r.team === team)!.score.overall, 9);
  }
});

async function download(page: Page, testid: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return readFile((await file.path())!, 'utf8');
}

async function shots(name: string, pages: Record<string, Page>) {
  for (const [who, page] of Object.entries(pages)) await page.screenshot({ path: `test-results/live-${name}-${who}.png`, fullPage: false });
}

test('a team device that loses the network, or reloads, comes back to its seat with the choices it was making', async ({ browser }) => {
  test.setTimeout(120_000);
  const console_ = await device(browser);
  await console_.goto('/?lang=en');
  await console_.getByTestId('workshop').click();
  await console_.getByTestId('ws-scenario').selectOption('bundled:tutorial');
  await console_.getByTestId('ws-create-live').click();
  const code = (await console_.getByTestId('live-room-code').textContent())!.trim();
  await console_.getByTestId('live-start').click();

  const phone = await device(browser, PHONE);
  await phone.goto(`/?join=${code}&lang=en`);
  await phone.getByTestId('live-pick-t1').tap();
  await choose(phone, ['scrubbing'], true);

  // The Wi-Fi goes: the device says it is reconnecting and keeps the choice on screen.
  await phone.context().setOffline(true);
  await expect(phone.getByTestId('live-connection')).toBeVisible();
  await expect(phone.getByTestId('decision-scrubbing')).toHaveAttribute('data-state', 'chosen');
  await phone.context().setOffline(false);
  await expect(phone.getByTestId('live-connection')).toHaveCount(0, { timeout: 30_000 });
  await expect(phone.getByTestId('decision-scrubbing')).toHaveAttribute('data-state', 'chosen');
  await expect(console_.getByTestId('live-devices-t1')).toHaveText('1 device');

  // A reload (or the browser closed and opened again): straight back to the team, draft included.
  await phone.reload();
  await expect(phone.getByTestId('live-team-name')).toHaveText('Team 1');
  await expect(phone.getByTestId('decision-scrubbing')).toHaveAttribute('data-state', 'chosen');
  await lock(phone, true);
  await expect(console_.getByTestId('live-team-t1')).toHaveAttribute('data-status', 'locked');
});

test('without a live server (static hosting), running live says why and leads back to the setup', async ({ page }) => {
  // The default test server is `vite preview`: the game's files, no live endpoint.
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-create-live').click();
  await expect(page.getByTestId('live-creating')).toContainText('could not be created');
  await expect(page.getByTestId('live-problem')).toHaveText(/cannot be reached/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('live-back-setup').click();
  await expect(page.getByTestId('ws-setup')).toBeVisible();
});
