/** The tutorial played to the debrief by keyboard only and by mouse, in English and in French. */
import { expect, test } from '@playwright/test';
import {
  cspViolations, expectOpsReady, expectScoredDebrief, type Lang, playToDebrief, playTurnByKeyboard, playTurnByMouse,
  shoot, startTutorialByMouse, STRINGS, stem, tabTo, watchPage,
} from './helpers';

for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const s = STRINGS[lang];

  test(`keyboard only (${lang}): title to debrief, then play again`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('new-game')).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, 'scenario-tutorial');
    await page.keyboard.press('Enter');
    await tabTo(page, 'open-briefing');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('start-game')).toBeFocused();
    const firstSeed = await page.getByTestId('briefing-seed').textContent();
    await page.keyboard.press('Enter');
    await expectOpsReady(page);
    await expect(page.getByTestId('end-turn')).toContainText(stem(s.endTurn.button));

    const turns = await playToDebrief(page, playTurnByKeyboard);
    expect(turns).toBeGreaterThan(1);
    await expectScoredDebrief(page);
    await expect(page.getByTestId('play-again')).toContainText(stem(s.debrief.playAgain));

    await expect(page.getByTestId('play-again')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('start-game')).toBeFocused();
    await expect(page.getByTestId('briefing-seed')).not.toHaveText(firstSeed ?? '');
    await page.keyboard.press('Enter');
    await expectOpsReady(page);
    await expect(page.getByTestId('turn-counter')).toHaveText(/^1\s*\/\s*\d+$/);

    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test(`mouse (${lang}): title to debrief, then play again`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByTestId('new-game')).toBeVisible();
    await shoot(page, `title-${lang}`);
    await page.getByTestId('new-game').click();
    await page.getByTestId('scenario-tutorial').click();
    await expect(page.getByTestId('open-briefing')).toBeVisible();
    await shoot(page, `select-${lang}`);
    await page.getByTestId('open-briefing').click();
    await expect(page.getByTestId('start-game')).toBeVisible();
    await shoot(page, `briefing-${lang}`);
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    await shoot(page, `ops-${lang}`);

    await playTurnByMouse(page);
    await expectOpsReady(page);
    await page.locator('[data-testid^="decision-"][data-state="legal"]').first().click();
    await page.getByTestId('end-turn').click();
    await expect(page.getByTestId('turn-report')).toBeVisible();
    await shoot(page, `report-${lang}`);
    await page.getByTestId('close-report').click();
    await shoot(page, `ops-turn3-${lang}`);

    await playToDebrief(page, playTurnByMouse);
    await expectScoredDebrief(page);
    await shoot(page, `debrief-${lang}`);
    await page.screenshot({ path: `test-results/game/debrief-full-${lang}.png`, fullPage: true });

    await page.getByTestId('play-again').click();
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    await expect(page.locator('[data-testid^="decision-"][aria-pressed="true"]')).toHaveCount(0);

    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}

test('the tutorial started by mouse can switch language mid-turn without losing the choice', async ({ page }) => {
  await startTutorialByMouse(page, 'en', 3);
  const pick = page.locator('[data-testid^="decision-"][data-state="legal"]').first();
  const id = await pick.getAttribute('data-testid');
  await pick.click();
  await page.getByTestId('lang-fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('end-turn')).toContainText(stem(STRINGS.fr.endTurn.button));
  await expect(page.getByTestId(id!)).toHaveAttribute('aria-pressed', 'true');
});
