/**
 * Every size people bring: a turn played at each, and the tutorial played to its debrief on a
 * phone by touch. Fails on a page wider than the screen, a control cut off by its edge, or a
 * control smaller than a fingertip (44 px).
 */
import { expect, type Page, test } from '@playwright/test';
import { layoutProblems, SIZES } from '../support/layout';
import { expectOpsReady, expectScoredDebrief, playToDebrief, shoot } from './helpers';


/** Tap when the screen is touch, click otherwise. */
async function press(page: Page, testid: string, touch: boolean): Promise<void> {
  const target = page.getByTestId(testid);
  await target.scrollIntoViewIfNeeded();
  await (touch ? target.tap() : target.click());
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test(`a turn at ${size.width}x${size.height}: nothing overflows, is cut off or too small`, async ({ page }) => {
      await page.goto('./?lang=fr');
      await expect(page.getByTestId('new-game')).toBeVisible();
      expect(await layoutProblems(page), 'title').toEqual([]);
      await page.goto('./?scenario=la-poste-ddos&lang=fr&seed=5');
      await expect(page.getByTestId('start-game')).toBeVisible();
      expect(await layoutProblems(page), 'briefing').toEqual([]);
      await shoot(page, `size-${size.name}-briefing`);
      await press(page, 'start-game', size.touch);
      await expectOpsReady(page);
      expect(await layoutProblems(page), 'ops room').toEqual([]);
      await shoot(page, `size-${size.name}-ops`);

      const first = page.locator('[data-testid^="decision-"][data-state="legal"]').first();
      const id = (await first.getAttribute('data-testid'))!;
      await press(page, id, size.touch);
      await expect(page.getByTestId(id)).toHaveAttribute('aria-pressed', 'true');
      await press(page, 'tab-attribution', size.touch);
      await expect(page.getByTestId('attribution')).toBeVisible();
      expect(await layoutProblems(page), 'attribution').toEqual([]);
      await press(page, 'tab-decisions', size.touch);
      await press(page, 'end-turn', size.touch);
      await expect(page.getByTestId('turn-report')).toBeVisible();
      expect(await layoutProblems(page), 'turn report').toEqual([]);
      await shoot(page, `size-${size.name}-report`);
      await press(page, 'close-report', size.touch);
      await expectOpsReady(page);
    });
  });
}

test.describe('phone, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the tutorial played to its debrief, a tap on a decision card choosing it', async ({ page }) => {
    await page.goto('./?scenario=tutorial&lang=en&seed=42');
    await press(page, 'start-game', true);
    await playToDebrief(page, async (p) => {
      const card = p.locator('.decision.is-legal .decision-desc').first();
      if (await card.count()) {
        const button = p.locator('.decision.is-legal').first().locator('button');
        const id = (await button.getAttribute('data-testid'))!;
        await card.scrollIntoViewIfNeeded();
        await card.tap();
        await expect(p.getByTestId(id)).toHaveAttribute('aria-pressed', 'true');
      }
      await press(p, 'end-turn', true);
      await expect(p.getByTestId('turn-report')).toBeVisible();
      await press(p, 'close-report', true);
    });
    await expectScoredDebrief(page);
    expect(await layoutProblems(page), 'debrief').toEqual([]);
    await shoot(page, 'size-phone-debrief');
  });
});
