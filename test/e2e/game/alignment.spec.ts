/**
 * The ops room of la-poste-ddos in both languages on a laptop and a projector: a tab label never
 * wraps (even "Attribution (1 recherche)" with decisions chosen) and the metric cards line up.
 */
import { expect, test } from '@playwright/test';
import { misalignedCards, wrappedLabels } from '../support/layout';
import { expectOpsReady, shoot } from './helpers';

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const lang of ['en', 'fr'] as const) {
    test(`ops room at ${width}x${height} in ${lang}: tab labels on one line, metric cards aligned`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?scenario=la-poste-ddos&lang=${lang}&seed=5`);
      await page.getByTestId('start-game').click();
      await expectOpsReady(page);
      expect(await misalignedCards(page), 'metric cards').toEqual([]);
      // A search in turn 1, so the attribution tab carries its count; then two decisions chosen in turn 2.
      await page.getByTestId('decision-checkExtortion').click();
      await page.getByTestId('end-turn').click();
      await page.getByTestId('close-report').click();
      await expectOpsReady(page);
      for (const id of ['decision-scrapeDdosia', 'decision-huntIntrusion']) await page.getByTestId(id).click();
      await expect(page.getByTestId('tab-decisions')).toContainText('2');
      await expect(page.getByTestId('tab-attribution')).toContainText('1');
      expect(await wrappedLabels(page, '[role="tab"]'), 'tab labels').toEqual([]);
      expect(await misalignedCards(page), 'metric cards after a turn').toEqual([]);
      await shoot(page, `align-${width}-${lang}`);
    });
  }
}
