/** Steps both workshop specs take: accessibility checks and downloads, as a facilitator would get them. */
import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

/** No serious or critical accessibility violation on the screen shown. */
export async function accessible(page: Page, where: string): Promise<void> {
  // The workshop screen only: the shared header belongs to the solo game's own checks.
  const bad = await axeViolations(page, { include: '[data-testid="workshop"]' });
  expect([where, bad]).toEqual([where, []]);
}

/** A download's text. */
export async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Click a download button and return the file's text. */
export async function save(page: Page, testid: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return text(download);
}
