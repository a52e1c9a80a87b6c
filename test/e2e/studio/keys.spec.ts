/**
 * The studio by keyboard in Chromium: completion of an expression's names in the source view (as
 * the forms offer them) and the checker's error for a misspelt one; Alt+PageDown/PageUp through a
 * part's items and Alt+Shift+PageDown/PageUp through the parts, from a form field and from the
 * source; the list of shortcuts from its button and from `?`, in English and French (axe, layout).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { cspViolations, watchPage } from '../game/helpers';

/** The whole source text (CodeMirror draws only the lines in view). */
const docText = (page: Page) => page.locator('.cm-content').evaluate((el) => (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } } } } } }).cmTile.root.view.state.doc.toString());

async function blank(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.goto(`./?studio&lang=${lang}`);
  await page.getByTestId('studio-blank').click();
  await expect(page.getByTestId('studio-findings')).toContainText(lang === 'en' ? 'nothing to fix' : 'rien à corriger');
}

/** Put the source's caret just after the first `text` in it, as a person would: search, then close the search. */
async function caretAfter(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
}

test("an expression in the source completes the draft's names; a misspelt one is the checker's finding", async ({ page }) => {
  const watch = await watchPage(page);
  await blank(page, 'en');
  // A rule, added from its form: its condition is `turn >= 1`.
  await page.getByTestId('studio-part').selectOption('rules');
  await page.getByTestId('studio-item-add').click();
  await expect.poll(() => docText(page)).toContain('"when": "turn >= 1"');
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');

  await caretAfter(page, 'turn >= 1');
  await page.keyboard.type(' && tru');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list).toContainText('trust');
  await expect(list).toContainText('metric');
  await list.getByRole('option', { name: /trust/ }).click();
  await expect.poll(() => docText(page)).toContain('"when": "turn >= 1 && trust"');
  await page.keyboard.type(' > 1 || taken(');
  // A function is offered with its arity, inserted with its parenthesis.
  await page.keyboard.type(' && ta');
  await expect(list).toContainText('taken(decision)');
  await page.keyboard.press('Escape');

  // A misspelt name: the checker's finding, with its suggestion.
  await caretAfter(page, 'turn >= 1 && trust > 1 || taken( && ta');
  for (let i = 0; i < ' > 1 || taken( && ta'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type(' > trst');
  await expect(page.getByTestId('studio-finding').first()).toContainText('trst');
  await expect(page.getByTestId('studio-finding').first()).toContainText('trust');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test("on a large draft the schema's completion comes with Ctrl+Space; the expressions' as one types", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-template').selectOption('la-poste-ddos');
  await page.getByTestId('studio-use-template').click();
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  // A key of an inject, asked for.
  await caretAfter(page, '"channel": "soc",');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  await page.keyboard.press('Control+Space');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list).toContainText('optional');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // An expression, as one types.
  await caretAfter(page, '"when": "');
  await page.keyboard.type('tak');
  await expect(list).toContainText('taken(decision)');
  await page.keyboard.press('Escape');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('Alt+PageDown/PageUp through the items, Alt+Shift+PageDown/PageUp through the parts, from a field and from the source', async ({ page }) => {
  const watch = await watchPage(page);
  await blank(page, 'en');
  await page.getByTestId('studio-part').selectOption('metrics');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-item').first().click();
  const current = page.locator('[data-testid="studio-item"][aria-current="true"]');
  await expect(current).toContainText('trust');

  // From the first item's label field.
  await page.getByTestId('studio-field-metrics-0-label-en').focus();
  await page.keyboard.press('Alt+PageDown');
  await expect(current).toContainText('metric1');
  await page.keyboard.press('Alt+PageDown');
  await expect(current).toContainText('metric2');
  await page.keyboard.press('Alt+PageDown');
  await expect(current).toContainText('metric2');
  await page.keyboard.press('Alt+PageUp');
  await expect(current).toContainText('metric1');

  // The parts, from the source.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Alt+Shift+PageDown');
  await expect(page.getByTestId('studio-part')).toHaveValue('flags');
  await page.keyboard.press('Alt+Shift+PageUp');
  await page.keyboard.press('Alt+Shift+PageUp');
  await expect(page.getByTestId('studio-part')).toHaveValue('clock');
  await page.keyboard.press('Alt+Shift+PageUp');
  await expect(page.getByTestId('studio-part')).toHaveValue('overview');
  // The source's text is what it was: the keys moved between parts, they typed nothing.
  expect(await docText(page)).not.toContain('\u0000');
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

for (const size of [
  { width: 1440, height: 900, lang: 'en' as const },
  { width: 1024, height: 768, lang: 'fr' as const },
]) {
  test(`the list of shortcuts from its button and from ?, in ${size.lang} at ${size.width}x${size.height}: axe and layout`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.setViewportSize(size);
    await blank(page, size.lang);
    const help = page.getByTestId('studio-keys');
    await page.getByTestId('studio-keys-open').click();
    await expect(help).toBeVisible();
    await expect(help).toContainText(size.lang === 'en' ? 'Alt+Page Down' : 'Alt+Page suivante');
    await page.screenshot({ path: `test-results/studio-keys-${size.lang}-${size.width}.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // `?` typed in a text field is only a character...
    await page.getByTestId('studio-seed').click();
    await page.keyboard.type('?');
    await expect(help).toBeHidden();
    // ... elsewhere, it opens the list.
    await page.getByTestId('studio-undo').focus();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await help.getByRole('button').click();
    await expect(help).toBeHidden();
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}
