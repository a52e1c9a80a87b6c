/** The live workshop's three screens (console, team device, projector) at every size people bring: nothing overflowing, cut off or too small to tap. */
import { expect, test } from '@playwright/test';
import { LIVE_PORT } from '../../../playwright.config';
import { shoot } from '../game/helpers';
import { layoutProblems, SIZES } from '../support/layout';

test.use({ baseURL: `http://127.0.0.1:${LIVE_PORT}/`, locale: 'fr-FR' });

test('console, team and projector fit every size, in French, with a turn under way', async ({ browser }) => {
  test.setTimeout(120_000);
  const console_ = await (await browser.newContext()).newPage();
  await console_.goto('/?lang=fr');
  await console_.getByTestId('workshop').click();
  await console_.getByTestId('ws-timer').selectOption('5');
  await console_.getByTestId('ws-create-live').click();
  const code = (await console_.getByTestId('live-room-code').textContent())!.trim();
  const team = await (await browser.newContext()).newPage();
  await team.goto(`/?join=${code}&lang=fr`);
  await team.getByTestId('live-pick-t1').click();
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(`/?projector=${code}&lang=fr`);
  await console_.getByTestId('live-start').click();
  await team.getByTestId('decision-crisisCell').click();
  await expect(team.getByTestId('decision-crisisCell')).toHaveAttribute('data-state', 'chosen');
  for (const page of [projector, console_, team]) await expect(page.getByTestId('live-clock')).toHaveText(/^[45]:\d\d$/);

  const pages = { console: console_, team, projector };
  for (const size of SIZES) {
    for (const [who, page] of Object.entries(pages)) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await expect(page.getByTestId(who === 'console' ? 'live-console' : who === 'team' ? 'live-team' : 'live-projector')).toBeVisible();
      expect(await layoutProblems(page), `${who} at ${size.name}`).toEqual([]);
      await shoot(page, `live-size-${size.name}-${who}`);
    }
  }
  for (const page of Object.values(pages)) await page.context().close();
});
