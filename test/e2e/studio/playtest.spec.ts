/**
 * Play-testing from the studio beyond its first button: the analyser's best line watched replayed
 * in the game, and a play-test in a tab of its own while the studio stays open.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { cspViolations, watchPage } from '../game/helpers';

const ORIGINAL = readFileSync('scenarios/tutorial.json', 'utf8');

test('the analysis figures beside the findings; the best line is watched replayed in the game, the draft kept', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'my-tutorial.json', mimeType: 'application/json', buffer: Buffer.from(ORIGINAL) });
  await expect(page.getByTestId('studio-analysis-status')).toContainText('after 2,000 games', { timeout: 60_000 });
  await page.getByTestId('studio-figures').locator('summary').click();
  const best = Number((await page.getByTestId('check-best-score').textContent())!.replace(/[^\d.]/g, ''));
  expect(best).toBeGreaterThan(0);
  await expect(page.getByTestId('check-random')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('studio-watch-best').click();
  // The game replays the line turn by turn; the player steps through it to the debrief.
  await expect(page.getByTestId('replay-banner')).toContainText('best-line.json');
  const debrief = page.getByTestId('debrief');
  for (let i = 0; i < 20 && !(await debrief.isVisible()); i++) {
    await page.getByTestId('end-turn').click();
    await page.getByTestId('close-report').click();
  }
  await expect(debrief).toBeVisible();
  // The debrief's score is the analyser's best line's, as shown (one decimal there, a whole number here).
  const shown = Number((await page.getByTestId('score-overall').textContent())!.replace(/[^\d]/g, ''));
  expect(Math.abs(shown - best)).toBeLessThanOrEqual(0.5 + 1e-9);
  // Back in the studio, the draft is there.
  await page.goto('./?studio&lang=en');
  await expect(page.getByTestId('studio-file')).toHaveText('my-tutorial.json');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('play-test in a new tab: the game opens there with the seed, the studio stays in its own tab', async ({ page, context }) => {
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=fr');
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'my-tutorial.json', mimeType: 'application/json', buffer: Buffer.from(ORIGINAL) });
  await expect(page.getByTestId('studio-findings')).toContainText('rien à corriger');
  await page.getByTestId('studio-seed').fill('4242');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('studio-playtest-tab').click()]);
  await expect(tab.getByTestId('start-game')).toBeVisible();
  await expect(tab.locator('body')).toContainText('Colis Express');
  await expect(tab.locator('body')).toContainText('4242');
  expect(new URL(tab.url()).searchParams.get('lang')).toBe('fr');
  await expect(page.getByTestId('studio-file')).toHaveText('my-tutorial.json');
  // A link to a draft this browser does not have opens the studio.
  await tab.goto('./?playtest=dzzzz-9');
  await expect(tab.getByTestId('studio-open-file')).toBeVisible();
  expect(watch.problems).toEqual([]);
});
