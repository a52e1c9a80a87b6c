/** A tampered or damaged workshop kept in the browser never traps the page: it is reported, set aside, offered as a download. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchPage } from './game/helpers';

test('a kept session whose releasable names an unknown inject is refused on reload, with a way out', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-create').click();
  await expect(page.getByTestId('ws-view-facilitator')).toBeVisible();
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('cellule.workshop')!);
    session.releasable = ['ghostInject'];
    localStorage.setItem('cellule.workshop', JSON.stringify(session));
  });
  await page.reload();
  await expect(page.getByTestId('ws-problem')).toBeVisible();
  await expect(page.getByTestId('ws-problem-where')).toContainText('workshop-set-aside.cellule-workshop.json:');
  await expect(page.getByTestId('ws-problem-where')).toContainText('/releasable/0');
  await expect(page.getByTestId('ws-download-aside')).toBeVisible();
  await page.getByTestId('ws-back-title').first().click();
  await expect(page.getByTestId('new-game')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a damaged kept session is set aside for real: located in a named file, offered as a download', async ({ page }) => {
  const { problems } = await watchPage(page);
  const damaged = '{"format": "cellule/workshop@1",\n  "scenario": "la-poste-ddos",\n  "teams": [';
  await page.goto('./?lang=en');
  await page.evaluate((text) => localStorage.setItem('cellule.workshop', text), damaged);
  await page.reload();
  await expect(page.getByTestId('ws-problem')).toBeVisible();
  await expect(page.getByTestId('ws-problem-where')).toContainText(/^workshop-set-aside\.cellule-workshop\.json:\d+:\d+/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ws-download-aside').click()]);
  expect(download.suggestedFilename()).toBe('workshop-set-aside.cellule-workshop.json');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);
  expect(await page.evaluate(() => localStorage.getItem('cellule.workshop'))).toBeNull();
  await page.reload();
  await expect(page.getByTestId('new-game')).toBeVisible();
  expect(problems).toEqual([]);
});
