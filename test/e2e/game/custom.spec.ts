/** Custom scenarios from disk: errors listed with line:col, and scenario text always shown as text. */
import { expect, type Page, test } from '@playwright/test';
import { join } from 'node:path';
import { cspViolations, expectOpsReady, FIXTURES, fixture, shoot, watchPage } from './helpers';

/** Choose a file with the title screen's "load a scenario" button and the browser's file picker. */
async function pickFile(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('load-file').click();
  await (await chooser).setFiles(join(FIXTURES, name));
}

/** Where a token first appears in a fixture, as the checker's `line:col` (both from 1). */
function whereIs(name: string, token: string): string {
  const lines = fixture(name).split('\n');
  const i = lines.findIndex((l) => l.includes(token));
  expect(i, `${token} in ${name}`).toBeGreaterThanOrEqual(0);
  return `${i + 1}:${lines[i]!.indexOf(token) + 1}`;
}

test('a scenario with errors is refused with each error located at line:col, in either language', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?lang=en');
  await pickFile(page, 'errors.json');
  const problem = page.getByTestId('problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('errors.json');
  const items = page.getByTestId('diagnostics').locator('li');
  for (const token of ['"colour"', '"one"', '"scrubing"']) {
    await expect(items.filter({ hasText: `errors.json:${whereIs('errors.json', token)}` })).toHaveCount(1);
  }
  await shoot(page, 'errors-en');
  const english = await items.allTextContents();

  // The same list in French: every sentence translated, the locations unchanged.
  await page.getByTestId('lang-fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(items).toHaveCount(english.length);
  const french = await items.allTextContents();
  const where = (s: string) => s.match(/errors\.json:\d+:\d+/)?.[0];
  // The words of a sentence, without its location, JSON pointer or quoted identifiers.
  const words = (s: string) =>
    new Set(
      s.replace(/errors\.json:\d+:\d+/, '').replace(/\(\/[^)]*\)\s*$/, '').replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '')
        .toLowerCase().match(/[\p{L}]{4,}/gu) ?? [],
    );
  for (const [i, en] of english.entries()) {
    expect(where(french[i]!)).toBe(where(en));
    // No English left in the French sentence: it shares no word with the English one.
    const shared = [...words(french[i]!)].filter((w) => words(en).has(w));
    expect(shared, `French: ${french[i]} / English: ${en}`).toEqual([]);
  }
  await shoot(page, 'errors-fr');
  expect(watch.problems).toEqual([]);
});

test('markup and script in a scenario are shown as plain text and never run', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?lang=en');
  await pickFile(page, 'hostile.json');
  const card = page.getByTestId('scenario-hostile');
  await expect(card).toContainText('Trap <img src=x onerror="window.__pwned=1">');
  await card.click();
  await expect(page.locator('.scenario-details')).toContainText('Summary <script>window.__pwned=2</script>');
  await page.getByTestId('open-briefing').click();
  await expect(page.getByText('Orders <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>')).toBeVisible();
  await page.getByTestId('start-game').click();
  await expectOpsReady(page);
  await expect(page.getByTestId('inject-socAlert')).toContainText('Spike <img src=x onerror="window.__pwned=1">');
  await expect(page.getByTestId('inject-socAlert')).toContainText('Body <script>window.__pwned=2</script>');
  await expect(page.getByTestId('decision-scrubbing')).toContainText('Scrub <img src=x onerror="window.__pwned=1">');
  await expect(page.getByTestId('metrics')).toContainText('Avail <img src=x');
  await page.getByTestId('tab-attribution').click();
  await expect(page.getByTestId('attribution')).toContainText('Actor <img src=x');
  await shoot(page, 'hostile-ops');

  expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
  expect(await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.includes('__pwned')).length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});
