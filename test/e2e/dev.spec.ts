/**
 * The README's first command: `npm start` serves the game through Vite's dev server, not the
 * build. The game must be styled (the dev server injects inline styles the CSP must let in) and
 * playable to the ops room with its map, with no error and no refused style.
 */
import { expect, test } from '@playwright/test';
import { DEV_PORT } from '../../playwright.config';
import { expectOpsReady, watchPage } from './game/helpers';

test('npm start: the dev server gives a styled game, played to the ops room with its map', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(`http://127.0.0.1:${DEV_PORT}/?scenario=tutorial&lang=en&seed=1`);
  await page.getByTestId('start-game').click({ timeout: 60_000 });
  await expectOpsReady(page);
  // The game's stylesheet applied: its own font, and the end-turn button laid out as a button, not as the browser's default.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Atkinson');
  expect((await page.getByTestId('end-turn').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expect(page.locator('canvas')).toBeVisible();
  expect(watch.problems).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
});

test('npm start: the live workshop through the dev server, its matchmaking and rooms proxied to the live server', async ({ browser }) => {
  const base = `http://127.0.0.1:${DEV_PORT}/`;
  const consoleContext = await browser.newContext({ baseURL: base });
  const teamContext = await browser.newContext({ baseURL: base, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const console_ = await consoleContext.newPage();
    const watch = await watchPage(console_);
    await console_.goto('/?lang=en');
    await console_.getByTestId('workshop').click();
    await console_.getByTestId('ws-create-live').click({ timeout: 60_000 });
    const code = (await console_.getByTestId('live-room-code').textContent())!.trim();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const team = await teamContext.newPage();
    await team.goto(`/?join=${code}&lang=en`);
    await team.getByTestId('live-pick-t1').tap();
    await expect(team.getByTestId('live-team')).toBeVisible();
    await expect(console_.getByTestId('live-devices-t1')).toHaveText('1 device');
    expect(watch.problems).toEqual([]);
  } finally {
    await consoleContext.close();
    await teamContext.close();
  }
});
