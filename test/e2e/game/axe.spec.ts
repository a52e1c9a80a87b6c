/** axe-core on the title, the ops room and the debrief: no serious or critical violation. */
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from '../support/axe';
import { expectOpsReady, expectScoredDebrief, playToDebrief, playTurnByMouse } from './helpers';

const seriousViolations = (page: Page): Promise<string[]> => axeViolations(page, { tags: WCAG_TAGS });

for (const lang of ['en', 'fr'] as const) {
  test(`title, ops room and debrief pass axe (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByTestId('new-game')).toBeVisible();
    expect(await seriousViolations(page), 'title').toEqual([]);

    await page.goto(`./?scenario=tutorial&lang=${lang}&seed=42`);
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    await expect(page.getByTestId('inject-feed').locator('[data-testid^="inject-"]').first()).toBeVisible();
    expect(await seriousViolations(page), 'ops room').toEqual([]);
    await playTurnByMouse(page);
    await expectOpsReady(page);
    expect(await seriousViolations(page), 'ops room, turn 2').toEqual([]);

    await playToDebrief(page, playTurnByMouse);
    await expectScoredDebrief(page);
    expect(await seriousViolations(page), 'debrief').toEqual([]);
  });
}
