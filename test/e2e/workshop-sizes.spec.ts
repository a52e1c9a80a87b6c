/** The hot-seat workshop at every size: setup, facilitator view and a team's seat, nothing overflowing or too small. */
import { expect, test } from '@playwright/test';
import { layoutProblems, SIZES } from './support/layout';
import { shoot } from './game/helpers';

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test(`workshop at ${size.width}x${size.height}: setup, facilitator and seat fit the screen`, async ({ page }) => {
      await page.goto('./?lang=fr');
      await page.getByTestId('workshop').click();
      await expect(page.getByTestId('ws-scenario')).toHaveValue('bundled:la-poste-ddos');
      expect(await layoutProblems(page), 'setup').toEqual([]);
      await shoot(page, `ws-size-${size.name}-setup`);
      await page.getByTestId('ws-create').click();
      await expect(page.getByTestId('ws-facilitator')).toBeVisible();
      await page.getByTestId('ws-start').click();
      expect(await layoutProblems(page), 'facilitator').toEqual([]);
      await shoot(page, `ws-size-${size.name}-facilitator`);
      await page.getByTestId('ws-view-seat').click();
      await page.getByTestId('ws-ready').click();
      await expect(page.getByTestId('ws-seat')).toBeVisible();
      expect(await layoutProblems(page), 'seat').toEqual([]);
      await shoot(page, `ws-size-${size.name}-seat`);
    });
  });
}
