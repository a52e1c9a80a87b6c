/** The strict Content-Security-Policy holds through a whole game, and would be noticed if broken. */
import { expect, test } from '@playwright/test';
import { cspViolations, expectScoredDebrief, playToDebrief, playTurnByMouse, watchPage } from './helpers';

test('a full game raises no securitypolicyviolation, while an inline script is blocked and reported', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?scenario=tutorial&lang=en&seed=42');
  await page.getByTestId('start-game').click();
  await playToDebrief(page, playTurnByMouse);
  await expectScoredDebrief(page);
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);

  // The control: the policy is really in force, and the listener really hears it.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
  });
  await expect.poll(() => cspViolations(page)).toHaveLength(1);
  expect((await cspViolations(page))[0]).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
});
