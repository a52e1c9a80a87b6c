/**
 * A learner's progress, driven like a person: three tutorial games each with an assessment on the
 * attribution board, then the progress screen (trend, reliability diagram, a verdict in words) in
 * English and French; export, clear and import the history; a damaged file is refused with its place.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axeViolations } from '../support/axe';
import { layoutProblems, tablesCut } from '../support/layout';
import { expectScoredDebrief, playToDebrief, playTurnByMouse, SHOTS, startTutorialByMouse, watchPage } from './helpers';

/** One tutorial game with 80 % on the first actor from turn 1; returns the debrief's overall score. */
async function playAssessedGame(page: Page, seed: number): Promise<number> {
  await startTutorialByMouse(page, 'en', seed);
  const slider = page.locator('[data-testid^="probability-"]').first();
  const tabbed = !(await slider.isVisible());
  if (tabbed) await page.getByTestId('tab-attribution').click();
  await slider.fill('80');
  await expect(page.getByTestId('assessment-total')).toContainText('100');
  if (tabbed) await page.getByTestId('tab-decisions').click();
  await playToDebrief(page, playTurnByMouse);
  return expectScoredDebrief(page);
}

test('three games, then the progress screen: trend, calibration, export, clear, import', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const { problems } = await watchPage(page);

  // Before any game: the screen (from the title) says so and offers to play.
  await page.goto('./?lang=en');
  await page.getByTestId('progress-title').click();
  await expect(page.getByTestId('progress-empty')).toBeVisible();

  const scores: number[] = [];
  for (const seed of [11, 12, 13]) scores.push(await playAssessedGame(page, seed));

  // From the last game's debrief.
  await page.getByTestId('debrief-progress').click();
  await expect(page.getByTestId('progress-count')).toHaveText('3 finished games');
  // The table lists the three games with the scores their debriefs showed.
  await page.getByTestId('progress-trend').getByText('See as a table').click();
  const rows = page.getByTestId('progress-trend').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, score] of scores.entries()) await expect(rows.nth(i).locator('td').nth(2)).toHaveText(String(score));
  await expect(page.getByTestId('trend-overall').locator('circle')).toHaveCount(3);
  await expect(page.getByTestId('trend-summary')).toHaveText(`${scores[0]} in your first game, ${scores[2]} in your last, best ${Math.max(...scores)}.`);

  // Calibration: each game gave 80 % to its favourite; the verdict says how often it was right.
  await expect(page.getByTestId('reliability')).toBeVisible();
  await expect(page.getByTestId('brier-trend').locator('circle')).toHaveCount(3);
  await expect(page.getByTestId('calibration-verdict')).toHaveText(/favourite 80% on average, .* culprit in (0|33|67|100)% of 3 games/);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'progress-1440-en.png'), fullPage: true });

  // In French, the same screen.
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('progress-heading')).toHaveText('Votre progression');
  await expect(page.getByTestId('calibration-verdict')).toContainText('3 parties');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('progress-calibration').getByText('Voir sous forme de tableau').click();
  expect(await layoutProblems(page)).toEqual([]);
  expect(await tablesCut(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'progress-390-fr.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('lang-en').click();
  await page.setViewportSize({ width: 1440, height: 900 });

  // Export, clear (asked first), import back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('progress-export').click()]);
  const file = join(SHOTS, 'history.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; games: { score: { overall: number } }[] };
  expect(exported.format).toBe('cellule/history@1');
  expect(exported.games.map((g) => Math.round(g.score.overall))).toEqual(scores);

  await page.getByTestId('progress-clear').click();
  await page.getByTestId('progress-clear-no').click();
  await expect(page.getByTestId('progress-count')).toHaveText('3 finished games');
  await page.getByTestId('progress-clear').click();
  await page.getByTestId('progress-clear-yes').click();
  await expect(page.getByTestId('progress-empty')).toBeVisible();

  await page.getByTestId('progress-import-input').setInputFiles(file);
  await expect(page.getByTestId('progress-notice')).toHaveText(/history\.json: 3 games added, 0 already here/);
  await expect(page.getByTestId('progress-count')).toHaveText('3 finished games');

  // A damaged file: refused whole, with the game and field named; markup in it stays text.
  exported.games[1]!.score.overall = 250;
  await page.getByTestId('progress-import-input').setInputFiles({ name: 'history-<b>bad</b>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByTestId('progress-notice')).toContainText('history-<b>bad</b>.json was not imported: a game in it is damaged');
  await expect(page.getByTestId('progress-notice')).toContainText('/games/1/score/overall');
  await expect(page.getByTestId('progress-count')).toHaveText('3 finished games');

  // It survives a new visit: kept in the browser.
  await page.goto('./?progress&lang=en');
  await expect(page.getByTestId('progress-count')).toHaveText('3 finished games');
  expect(problems).toEqual([]);
});
