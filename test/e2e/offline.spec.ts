/**
 * The installed app works with no network: after one visit the service worker has the whole game
 * (shell, scenarios, fonts, Phaser), so a reload offline plays the tutorial and opens the flagship's
 * briefing. The live workshop, which needs its server, says so.
 */
import { expect, test } from '@playwright/test';
import { expectOpsReady, playTurnByMouse, startTutorialByMouse } from './game/helpers';

test('after one visit, the game opens and plays with no network', async ({ page, context }) => {
  await page.goto('./?lang=en');
  await expect(page.getByTestId('new-game')).toBeVisible();
  // The service worker has installed and precached the game.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
  expect(manifest).toMatchObject({ short_name: 'Cellule', display: 'standalone', icons: expect.arrayContaining([expect.objectContaining({ sizes: '512x512', purpose: 'maskable' })]) });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('new-game')).toBeVisible();
  await startTutorialByMouse(page, 'en');
  await playTurnByMouse(page);
  await expectOpsReady(page);

  // The flagship's briefing, by a trainer's link, still offline.
  await page.goto('./?scenario=la-poste-ddos&lang=fr');
  // The tutorial in progress is saved: the link asks before replacing it.
  await page.getByTestId('launch-start').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.locator('body')).toContainText('La Poste');

  // The hot-seat workshop needs no server either; the live workshop says it cannot reach its own.
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-create-live').click();
  await expect(page.getByTestId('live-problem')).toHaveText(/cannot be reached/);
});
