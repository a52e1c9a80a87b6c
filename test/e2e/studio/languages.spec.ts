/**
 * The studio's last source-only fields, through their forms in Chromium: the scenario's languages
 * (one added reaches every text, marked for translation; one removed after a confirmation, gone
 * from every text; undone in one step), an effect's note and a reference play's assessment.
 * Axe and layout at 1440x900 and 1024x768.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { cspViolations, watchPage } from '../game/helpers';

/** The whole source text (CodeMirror draws only the lines in view). */
const docText = (page: Page) => page.locator('.cm-content').evaluate((el) => (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } } } } } }).cmTile.root.view.state.doc.toString());
const docJson = async (page: Page) => JSON.parse(await docText(page)) as Record<string, unknown> & { locales: string[]; summary: Record<string, string> };

async function blank(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.goto(`./?studio&lang=${lang}`);
  await page.getByTestId('studio-blank').click();
  await expect(page.getByTestId('studio-findings')).toContainText(lang === 'en' ? 'nothing to fix' : 'rien à corriger');
}

test('a language added to every text, marked for translation, then one removed after asking; undone in one step', async ({ page }) => {
  const watch = await watchPage(page);
  await blank(page, 'en');
  const code = page.getByTestId('studio-language-code');

  // A code that is not one is refused, saying why.
  await code.fill('German');
  await code.press('Enter');
  await expect(page.getByTestId('studio-languages').getByRole('alert')).toContainText('not a language code');
  await expect.poll(async () => (await docJson(page)).locales).toEqual(['en', 'fr']);

  // German: every text gets the English words, marked; the checker has nothing to say.
  await code.fill('de');
  await page.getByTestId('studio-language-add').click();
  await expect.poll(async () => (await docJson(page)).locales).toEqual(['en', 'fr', 'de']);
  const doc = await docJson(page);
  expect(doc.summary.de).toBe(`[TODO de] ${doc.summary.en}`);
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  await expect(page.getByTestId('studio-language-de')).toContainText('start with [TODO de]');
  const marked = Number(/(\d+) texts/.exec((await page.getByTestId('studio-language-de').textContent()) ?? '')?.[1]);
  expect(marked).toBeGreaterThan(5);
  // The German side of a text, translated in the form beside the others: one fewer to do.
  await page.getByTestId('studio-field-summary-de').fill('Ein leeres Szenario.');
  await expect(page.getByTestId('studio-language-de')).toContainText(`${marked - 1} texts`);

  // French removed: asked first; kept on "Keep it"; then gone from every text.
  await page.getByRole('button', { name: 'Remove the language fr' }).click();
  await expect(page.getByTestId('studio-language-fr')).toContainText('Remove fr from every text of the scenario?');
  await page.getByTestId('studio-language-remove-no').click();
  await expect(page.getByTestId('studio-language-fr')).not.toContainText('every text');
  await page.getByRole('button', { name: 'Remove the language fr' }).click();
  await page.getByTestId('studio-language-remove-yes').click();
  await expect.poll(async () => (await docJson(page)).locales).toEqual(['en', 'de']);
  await expect.poll(() => docText(page)).not.toContain('"fr":');
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');

  // One step back brings French back everywhere.
  await page.getByTestId('studio-undo').click();
  await expect.poll(async () => (await docJson(page)).locales).toEqual(['en', 'fr', 'de']);
  expect((await docJson(page)).summary.fr).toEqual(expect.any(String));
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test("an effect's note and a reference play's assessment, through their forms", async ({ page }) => {
  const watch = await watchPage(page);
  await blank(page, 'en');
  await page.getByTestId('studio-part').selectOption('decisions');
  await page.getByTestId('studio-field-decisions-0-effects-0-note-en').fill('Trust rises when the crisis team speaks.');
  await page.getByTestId('studio-field-decisions-0-effects-0-note-fr').fill('La confiance monte quand la cellule parle.');
  await expect
    .poll(async () => ((await docJson(page)).decisions as { effects: { note?: unknown }[] }[])[0]!.effects[0]!.note)
    .toEqual({ en: 'Trust rises when the crisis team speaks.', fr: 'La confiance monte quand la cellule parle.' });

  await page.getByTestId('studio-part').selectOption('plays');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-field-reference-plays-0-assessment-given').check();
  await page.getByTestId('studio-field-reference-plays-0-assessment-unknown').fill('0.8');
  await expect.poll(async () => ((await docJson(page)).reference as { plays: { assessment?: unknown }[] }).plays[0]!.assessment).toEqual({ unknown: 0.8 });
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  await page.getByTestId('studio-field-reference-plays-0-assessment-given').uncheck();
  await expect.poll(async () => ((await docJson(page)).reference as { plays: { assessment?: unknown }[] }).plays[0]!.assessment).toBeUndefined();
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`the languages form in French: axe and layout at ${size.width}x${size.height}`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.setViewportSize(size);
    await blank(page, 'fr');
    await page.getByTestId('studio-language-code').fill('de');
    await page.getByTestId('studio-language-add').click();
    await expect(page.getByTestId('studio-language-de')).toContainText('commencent encore par [TODO de]');
    await page.getByRole('button', { name: 'Retirer la langue fr' }).click();
    await expect(page.getByTestId('studio-language-remove-yes')).toHaveText('Retirer fr partout');
    await page.getByTestId('studio-languages').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/studio-languages-fr-${size.width}.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}
