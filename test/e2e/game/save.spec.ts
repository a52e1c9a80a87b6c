/** A damaged autosave never breaks the page: the player is told and can discard it. */
import { expect, test } from '@playwright/test';
import { expectOpsReady, playTurnByMouse, startTutorialByMouse, watchPage } from './helpers';

test('a corrupted save is reported on the title screen and can be discarded', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 2);
  await playTurnByMouse(page);
  await expectOpsReady(page);
  // Damage the autosave the game just wrote, as a full disk or a stray extension might.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('cellule.save')) localStorage.setItem(k, localStorage.getItem(k)!.slice(0, 40));
  });
  await page.goto('./?lang=en');
  await expect(page.getByTestId('save-problem')).toBeVisible();
  await expect(page.getByTestId('continue')).toHaveCount(0);
  await page.getByTestId('discard-save').click();
  await expect(page.getByTestId('save-problem')).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('new-game')).toBeVisible();
  await expect(page.getByTestId('save-problem')).toHaveCount(0);
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('scenario-tutorial')).toBeVisible();
  expect(watch.problems).toEqual([]);
});
