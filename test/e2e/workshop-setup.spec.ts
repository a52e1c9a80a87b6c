/** The workshop setup follows a change of screen language, except for what the facilitator typed or chose. */
import { expect, test } from '@playwright/test';
import { watchPage } from './game/helpers';

test('default team names and the session language follow the screen language until the facilitator sets them', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-team-name-1')).toHaveValue('Team 1');
  await expect(page.getByTestId('ws-language')).toHaveValue('en');
  await page.getByTestId('ws-team-name-2').fill('Night shift');

  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('ws-team-name-1')).toHaveValue('Équipe 1');
  await expect(page.getByTestId('ws-team-name-3')).toHaveValue('Équipe 3');
  await expect(page.getByTestId('ws-team-name-2')).toHaveValue('Night shift');
  await expect(page.getByTestId('ws-language')).toHaveValue('fr');

  // Once chosen, the session language stays put whatever the screen shows.
  await page.getByTestId('ws-language').selectOption('en');
  await page.getByTestId('lang-en').click();
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('ws-language')).toHaveValue('en');
  await expect(page.getByTestId('ws-team-name-1')).toHaveValue('Équipe 1');
  expect(problems).toEqual([]);
});
