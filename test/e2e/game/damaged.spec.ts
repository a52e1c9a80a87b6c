/** Tampered saves and links never trap the title screen: it always offers a new game, and a way out of the damage. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectOpsReady, playTurnByMouse, startTutorialByMouse, watchPage } from './helpers';

test('a save whose savedAt is not a date: the title still renders, the damaged save is set aside and can be downloaded', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 2);
  await playTurnByMouse(page);
  await expectOpsReady(page);
  const damaged = await page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('cellule.save')!);
    save.savedAt = 'the day before yesterday';
    const text = JSON.stringify(save);
    localStorage.setItem('cellule.save', text);
    return text;
  });
  for (let visit = 0; visit < 2; visit++) {
    await page.goto('./?lang=en');
    await expect(page.getByTestId('new-game')).toBeVisible();
    await expect(page.getByTestId('save-problem')).toBeVisible();
    await expect(page.getByTestId('continue')).toHaveCount(0);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-save').click()]);
  expect(download.suggestedFilename()).toBe('cellule-save-set-aside.json');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);
  await page.getByTestId('discard-save').click();
  await page.reload();
  await expect(page.getByTestId('save-problem')).toHaveCount(0);
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('scenario-tutorial')).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('a ?scenario= link asks before replacing a game in progress, and keeps it unless told', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 2);
  await playTurnByMouse(page);
  await expectOpsReady(page);
  const saved = await page.evaluate(() => localStorage.getItem('cellule.save'));
  await page.goto('./?lang=en&scenario=tutorial&seed=9');
  await expect(page.getByTestId('launch-prompt')).toBeVisible();
  await page.getByTestId('launch-keep').click();
  await expect(page.getByTestId('launch-prompt')).toHaveCount(0);
  await expect(page.getByTestId('continue')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('cellule.save'))).toBe(saved);
  // Asked again, and this time confirmed: the linked game starts with its seed.
  await page.goto('./?lang=en&scenario=tutorial&seed=9');
  await page.getByTestId('launch-start').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('cellule.save')!).log.seed)).toBe(9);
  expect(watch.problems).toEqual([]);
});

test('a UTF-16 file without a byte order mark gets a hint about its encoding, in French too', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?lang=fr');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('load-file').click();
  await (await chooser).setFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cellule/scenario@1"}', 'utf16le') });
  await expect(page.getByTestId('problem')).toContainText('UTF-16');
  await expect(page.getByTestId('problem')).toContainText('enregistrez-le en UTF-8');
  expect(watch.problems).toEqual([]);
});
