/**
 * The installed app works with no network: after one visit the service worker has the whole game
 * (shell, scenarios, fonts, Phaser), so a reload offline plays the tutorial and opens the flagship's
 * briefing. The live workshop, which needs its server, says so.
 */
import { expect, test } from '@playwright/test';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
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

  // The learner's progress is kept in the browser: it opens offline too.
  await page.goto('./?progress&lang=en');
  await expect(page.getByTestId('progress-heading')).toBeVisible();
  await expect(page.getByTestId('progress-empty')).toBeVisible();

  // The hot-seat workshop needs no server either; the live workshop says it cannot reach its own.
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-create-live').click();
  await expect(page.getByTestId('live-problem')).toHaveText(/cannot be reached/);
});

test('a new version waits for the player: a prompt, and a reload only when asked', async ({ page }) => {
  // Its own copy of the build on its own port, so "deploying" a new service worker touches no other test.
  const dir = await mkdtemp(join(tmpdir(), 'cellule-update-'));
  await cp('dist', dir, { recursive: true });
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) => files(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    await page.goto(`${base}?lang=en`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.getByTestId('new-game').click();
    await page.getByTestId('scenario-tutorial').click();
    await page.getByTestId('open-briefing').click();
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    // Deploy "a new version": the service worker changes by one line; the browser's update check finds it.
    await appendFile(join(dir, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => void (await (await navigator.serviceWorker.ready).update()));
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible();
    // The game goes on under the prompt: nothing reloaded by itself.
    await expectOpsReady(page);
    await page.getByTestId('update-later').click();
    await expect(prompt).toHaveCount(0);
    await expectOpsReady(page);
  } finally {
    await new Promise((done) => server.close(done));
    await rm(dir, { recursive: true, force: true });
  }
});
