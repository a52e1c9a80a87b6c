/** URL parameters for trainers open a bundled scenario directly. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectOpsReady, watchPage } from './helpers';

const tutorial = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as { title: { fr: string } };

test('?scenario=tutorial&lang=fr&seed=42 opens the tutorial briefing in French with seed 42', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?scenario=tutorial&lang=fr&seed=42');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: tutorial.title.fr })).toBeVisible();
  await expect(page.getByTestId('briefing-seed')).toHaveText('42');
  await page.getByTestId('start-game').click();
  await expectOpsReady(page);
  await expect(page.getByTestId('turn-counter')).toHaveText(/^1\s*\//);
  expect(watch.problems).toEqual([]);
});

test('an unknown scenario id in the URL is reported, and the title screen still works', async ({ page }) => {
  await page.goto('./?scenario=no-such-scenario&lang=en');
  await expect(page.getByTestId('problem')).toContainText('no-such-scenario');
  await page.getByTestId('dismiss-problem').click();
  await expect(page.getByTestId('problem')).toBeHidden();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('scenario-tutorial')).toBeVisible();
});

for (const renderer of ['canvas', 'webgl'] as const) {
  test(`?renderer=${renderer}: the map draws its nodes and labels with Phaser's core build`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`./?scenario=la-poste-ddos&lang=en&seed=1&renderer=${renderer}`);
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    const canvas = page.locator('canvas');
    await expect(canvas).toBeVisible();
    // A blank map compresses to a few kilobytes; fourteen nodes with icons and labels do not.
    await expect.poll(async () => (await canvas.screenshot()).length, { timeout: 15_000 }).toBeGreaterThan(20_000);
    const context = await canvas.evaluate((c: HTMLCanvasElement) => (c.getContext('2d') ? '2d' : 'webgl'));
    expect(context).toBe(renderer === 'canvas' ? '2d' : 'webgl');
    expect(watch.problems).toEqual([]);
  });
}
