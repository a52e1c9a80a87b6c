/** Rewind and compare: finish a tutorial game, rewind turn 3 with another decision, compare both games, open a missed chance; both languages, axe. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from '../support/axe';
import { cspViolations, expectScoredDebrief, playToDebrief, playTurnByMouse, SHOTS, startTutorialByMouse, stem, STRINGS, watchPage, type Lang } from './helpers';
import { join } from 'node:path';

async function rewindTurn3(page: Page): Promise<void> {
  await page.getByTestId('rewind-turn-3').click();
  await expect(page.getByTestId('rewind-turn-3')).toHaveAttribute('aria-pressed', 'true');
  // Another decision: add the first one open that turn (the game took only one).
  const first = page.locator('[data-testid^="rewind-decision-"]:not(:checked):not(:disabled)').first();
  // Pinned by id: once checked it no longer matches, and `first()` would move on to the next one.
  const open = page.getByTestId((await first.getAttribute('data-testid'))!);
  await open.check();
  await expect(open).toBeChecked();
  await page.getByTestId('rewind-replay').click();
}

for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
  const s = STRINGS[lang];

  test(`rewind turn 3, compare, missed chances (${lang})`, async ({ page }) => {
    const watch = await watchPage(page);
    await startTutorialByMouse(page, lang, 7);
    await playToDebrief(page, playTurnByMouse);
    await expectScoredDebrief(page);

    await expect(page.getByTestId('rewind')).toContainText(s.rewind.heading);
    await rewindTurn3(page);
    const compare = page.getByTestId('compare');
    await expect(compare).toBeVisible();
    await expect(page.locator('#compare-heading')).toBeFocused();
    await expect(compare).toContainText(stem(s.rewind.divergence));
    await expect(page.getByTestId('compare-legend')).toContainText(stem(s.rewind.legendBranch));
    expect(await page.locator('[data-testid^="compare-chart-"]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid^="compare-chart-"] .pair-branch').first()).toBeVisible();
    await expect(page.getByTestId('compare-overall')).toContainText(s.rewind.overall);
    await expect(page.getByTestId('compare-scores').locator('tbody tr')).not.toHaveCount(1);
    await expect(page.getByTestId('rewind-kept')).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-download').click()]);
    expect(file.suggestedFilename()).toMatch(/branch-t3\.json$/);

    // The missed chances arrive from their worker; the first opens as a branch in the comparison.
    const first = page.getByTestId('missed-0');
    await expect(first.or(page.getByTestId('missed-none'))).toBeVisible();
    await expect(page.getByTestId('missed')).toHaveAttribute('aria-busy', 'false');
    if (await first.isVisible()) {
      await expect(first).toContainText('+');
      await page.getByTestId('missed-open-0').click();
      await expect(page.locator('#compare-heading')).toContainText(stem(s.rewind.labelMissed));
    }

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('#compare-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `rewind-compare-1440-${lang}.png`) });
    await page.getByTestId('missed').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `rewind-missed-1440-${lang}.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#compare-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `rewind-compare-390-${lang}.png`) });
    await page.getByTestId('rewind').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `rewind-form-390-${lang}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    expect(await axeViolations(page, { include: '.debrief-rewind', tags: WCAG_TAGS })).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}

test('a rewind kept with the save comes back after a reload, and play-on continues from the changed turn', async ({ page }) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 7);
  await playToDebrief(page, playTurnByMouse);
  await rewindTurn3(page);
  await expect(page.getByTestId('compare')).toBeVisible();
  await page.reload();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expect(page.getByTestId('kept-compare-0')).toBeVisible();
  await page.getByTestId('kept-compare-0').click();
  await expect(page.getByTestId('compare')).toBeVisible();

  await page.getByTestId('rewind-turn-2').click();
  await page.getByTestId('rewind-policy-stop').check();
  await page.getByTestId('rewind-replay').click();
  await expect(page.getByTestId('end-turn')).toBeEnabled();
  await expect(page.getByTestId('turn-counter')).toContainText('3');
  expect(watch.problems).toEqual([]);
});
