import { expect, test } from '@playwright/test';

test('the title screen loads and offers a new game', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByTestId('new-game')).toBeVisible();
});

test('a part of the game that cannot be downloaded is said, in the player’s language, not left blank; a reload brings it', async ({ page }) => {
  // The game's screens and the strings of play come after the title: cut them, as a network lost before the game was cached would.
  await page.route(/\/assets\/play-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?lang=fr');
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('problem')).toContainText('Une partie du jeu n’a pas pu être téléchargée');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('problem')).toContainText('Part of the game could not be downloaded');
  await page.unroute(/\/assets\/play-[^/]*\.js$/);
  await page.reload();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('seed-input')).toBeVisible();
  await expect(page.getByTestId('problem')).toHaveCount(0);
});
