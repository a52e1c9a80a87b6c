/** Reloading in the middle of a game offers to continue exactly where it was. */
import { expect, test } from '@playwright/test';
import { expectOpsReady, expectScoredDebrief, playToDebrief, playTurnByMouse, startTutorialByMouse, visibleState, watchPage } from './helpers';

test('reload mid-game and continue at the same turn, metrics and choices', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 11);
  await playTurnByMouse(page);
  await expectOpsReady(page);
  await playTurnByMouse(page);
  await expectOpsReady(page);
  await page.locator('[data-testid^="decision-"][data-state="legal"]').first().click();
  const chosen = page.locator('[data-testid^="decision-"][aria-pressed="true"]');
  await expect(chosen).toHaveCount(1);
  const chosenId = await chosen.getAttribute('data-testid');
  const before = await visibleState(page);
  expect(before['turn-counter']).toMatch(/^3\b/);

  await page.reload();
  await expect(page.getByTestId('continue')).toBeVisible();
  await expect(page.getByTestId('continue')).toContainText('3');
  await page.getByTestId('continue').click();
  await expectOpsReady(page);
  expect(await visibleState(page)).toEqual(before);
  await expect(chosen).toHaveCount(1);
  await expect(page.getByTestId(chosenId!)).toHaveAttribute('aria-pressed', 'true');
  expect(watch.problems).toEqual([]);
});

test('a finished game is offered as its debrief after a reload, never as "turn 6 of 6"', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 12);
  await playToDebrief(page, playTurnByMouse);
  await expectScoredDebrief(page);
  const score = await page.getByTestId('score-overall').textContent();
  await page.goto('./?lang=en');
  const again = page.getByTestId('continue');
  await expect(again).toContainText('See the debrief again');
  await expect(again).toContainText('finished');
  await expect(again).not.toContainText(/turn \d+ of \d+/);
  await again.click();
  await expect(page.getByTestId('score-overall')).toHaveText(score ?? '');
  expect(watch.problems).toEqual([]);
});
