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

test('changing a setup value by keyboard keeps the focus, the typing and the other choices where they were', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await expect(page.getByTestId('ws-team-name-3')).toBeVisible();

  // The team count re-renders the team list; the select in use keeps the focus.
  const count = page.getByTestId('ws-team-count');
  await count.focus();
  await page.keyboard.press('ArrowDown');
  await expect(count).toHaveValue('4');
  await expect(page.getByTestId('ws-team-name-4')).toBeVisible();
  await expect(count).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(count).toHaveValue('5');
  await expect(count).toBeFocused();

  // A name half typed survives a change elsewhere, and its field keeps the caret where it was.
  const name = page.getByTestId('ws-team-name-2');
  await name.fill('Blue');
  await page.getByTestId('ws-seed-per-team').check();
  await expect(page.getByTestId('ws-seed-per-team')).toBeFocused();
  await expect(page.getByTestId('ws-team-seed-2')).toBeVisible();
  await expect(name).toHaveValue('Blue');
  await name.focus();
  await page.keyboard.type(' team');
  await expect(name).toHaveValue('Blue team');
  await expect(name).toBeFocused();

  // The scenario select changes the releasable injects below; it keeps the focus too.
  const scenario = page.getByTestId('ws-scenario');
  await scenario.focus();
  await page.keyboard.press('ArrowDown');
  await expect(scenario).toBeFocused();
  await expect(count).toHaveValue('5');
  await expect(name).toHaveValue('Blue team');
  expect(problems).toEqual([]);
});
