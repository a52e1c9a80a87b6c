/** The facilitator's typing survives the room changing under it: the note box keeps its focus, text and caret. */
import { expect, test } from '@playwright/test';
import { watchPage } from './game/helpers';

test('a half-typed note keeps its focus, text and caret while the clock runs out and the room changes', async ({ page }) => {
  const { problems } = await watchPage(page);
  await page.clock.install();
  await page.goto('./?lang=en');
  await page.getByTestId('workshop').click();
  await page.getByTestId('ws-timer').selectOption('1');
  await page.getByTestId('ws-create').click();
  await page.getByTestId('ws-start').click();
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  // The first team takes the seat: its turn clock starts (it waits through the hand-over).
  await page.getByTestId('ws-view-seat').click();
  await page.getByTestId('ws-ready').click();
  await expect(page.getByTestId('ws-seat')).toBeVisible();
  await page.getByTestId('ws-view-facilitator').click();

  // Half a note, and a release being prepared: the caret sits in the middle of the note.
  await page.getByTestId('ws-release-team').selectOption({ index: 2 });
  const note = page.getByTestId('ws-note-text');
  await note.click();
  await page.keyboard.type('Alpha escalated');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
  // Mark the element: a rebuilt box would be a new element without the mark.
  await note.evaluate((el) => ((el as HTMLInputElement & { mark?: boolean }).mark = true));
  const caret = () => note.evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd, (el as HTMLInputElement & { mark?: boolean }).mark]);
  const before = await caret();
  expect(before).toEqual([6, 6, true]);

  // The turn clock ticks down and runs out.
  await page.clock.fastForward('01:05');
  await expect(page.getByTestId('ws-clock')).toHaveText('0:00');
  await expect(note).toBeFocused();

  // The room changes while the facilitator types (as another device would): paused, extended, resumed.
  for (const id of ['ws-pause', 'ws-extend', 'ws-resume']) {
    await page.getByTestId(id).evaluate((b) => (b as HTMLButtonElement).click());
  }
  await expect(page.getByTestId('ws-phase')).toHaveText('Running');
  await expect(page.locator('.ws-clock')).toHaveAttribute('data-state', 'running');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Alpha escalated');
  expect(await caret()).toEqual(before);
  await expect(page.getByTestId('ws-release-team')).toHaveValue('t2');

  // The typing goes on where it was, and the note lands.
  await page.keyboard.type('finally ');
  await expect(note).toHaveValue('Alpha finally escalated');
  await page.keyboard.press('Enter');
  await expect(note).toHaveValue('');
  await expect(note).toBeFocused();
  await page.getByTestId('ws-private').click();
  await expect(page.getByTestId('ws-notes')).toContainText('Alpha finally escalated');
  expect(problems).toEqual([]);
});
