import { expect, test } from '@playwright/test';

test('the title screen loads and offers a new game', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByTestId('new-game')).toBeVisible();
});
