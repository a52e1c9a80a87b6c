/**
 * The studio's part forms in Chromium: from a blank draft, without typing in the source, an author
 * adds a metric, a flag, a decision setting the flag, a rule whose condition reads the flag (the
 * name completed by keyboard, the compiler's error shown as they type) and changes the metric, an
 * objective on the metric and an ending; the checker has nothing to fix; the draft play-tests.
 * Undo and redo go through form and source edits alike. French labels, axe, layout.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { cspViolations, watchPage } from '../game/helpers';

/** The whole source text (CodeMirror draws only the lines in view). */
const docText = (page: Page) => page.locator('.cm-content').evaluate((el) => (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } } } } } }).cmTile.root.view.state.doc.toString());
const source = (page: Page) => ({ toContainText: (s: string) => expect.poll(() => docText(page)).toContain(s), click: () => page.locator('.cm-content').click() });

async function blank(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.goto(`./?studio&lang=${lang}`);
  await page.getByTestId('studio-blank').click();
  await expect(page.getByTestId('studio-findings')).toContainText(lang === 'en' ? 'nothing to fix' : 'rien à corriger');
}

async function part(page: Page, name: string): Promise<void> {
  await page.getByTestId('studio-part').selectOption(name);
}

test('a small scenario built from a blank draft with the forms alone, play-tested; undo and redo across form and source', async ({ page }) => {
  const watch = await watchPage(page);
  await blank(page, 'en');

  // A metric, named in both languages side by side.
  await part(page, 'metrics');
  await page.getByTestId('studio-item-add').click();
  await expect(page.getByTestId('studio-item')).toHaveCount(2);
  await page.getByTestId('studio-field-metrics-1-label-en').fill('Morale');
  await page.getByTestId('studio-field-metrics-1-label-fr').fill('Moral');
  await source(page).toContainText('"en": "Morale"');
  await source(page).toContainText('"id": "metric1"');

  // A flag.
  await part(page, 'flags');
  await page.getByTestId('studio-item-add').click();
  await source(page).toContainText('"id": "flag1"');

  // A decision whose effect raises the flag.
  await part(page, 'decisions');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-field-decisions-1-title-en').fill('Call the crisis team');
  await page.getByTestId('studio-field-decisions-1-effects-add').click();
  await page.getByTestId('studio-field-decisions-1-effects-0-kind').selectOption('flag');
  await expect(page.getByTestId('studio-field-decisions-1-effects-0-target')).toHaveValue('flag1');
  await source(page).toContainText('"flag": "flag1"');
  // Its ATT&CK references, typed as a person would, commas and spaces.
  await page.getByTestId('studio-field-decisions-1-refs-attack').pressSequentially('T1498, T1499.002,');
  await expect.poll(async () => (JSON.parse(await docText(page)) as { decisions: { refs?: unknown }[] }).decisions[1]!.refs).toEqual({ attack: ['T1498', 'T1499.002'] });
  await expect(page.getByTestId('studio-field-decisions-1-refs-attack')).toHaveValue('T1498, T1499.002,');
  // ... and may go two ways: an outcome weighted by an expression, with its own effect.
  await page.getByTestId('studio-field-decisions-1-outcomes-add').click();
  await page.getByTestId('studio-field-decisions-1-outcomes-0-weight').fill('turn');
  await page.getByTestId('studio-field-decisions-1-outcomes-0-text-en').fill('It works.');
  await page.getByTestId('studio-field-decisions-1-outcomes-0-effects-add').click();
  await expect.poll(async () => (JSON.parse(await docText(page)) as { decisions: { outcomes?: unknown }[] }).decisions[1]!.outcomes).toEqual([
    { weight: 'turn', text: { en: 'It works.', fr: 'Une issue' }, effects: [{ metric: 'trust', add: 1 }] },
  ]);
  await page.getByTestId('studio-field-decisions-1-effects').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/studio-forms-decision.png' });

  // A rule reading the flag: the compiler's error as the author types, then the name completed by keyboard.
  await part(page, 'rules');
  await page.getByTestId('studio-item-add').click();
  const when = page.getByTestId('studio-field-rules-0-when');
  await when.fill('');
  await when.pressSequentially('flg');
  await expect(page.getByTestId('studio-field-rules-0-when-status')).toContainText('flg');
  await expect(when).toHaveAttribute('aria-invalid', 'true');
  await when.press('Backspace');
  await when.press('Backspace');
  await expect(when).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: /flag1/ })).toBeVisible();
  await when.press('ArrowDown');
  await when.press('ArrowUp');
  await when.press('Enter');
  await expect(when).toHaveValue('flag1');
  await expect(when).toHaveAttribute('aria-expanded', 'false');
  await expect(when).toHaveAttribute('aria-invalid', 'false');
  await source(page).toContainText('"when": "flag1"');
  // ... and it lowers the metric.
  await page.getByTestId('studio-field-rules-0-effects-add').click();
  await page.getByTestId('studio-field-rules-0-effects-0-target').selectOption('metric1');
  // The value: an expression (checked as typed), or a number written as a number.
  const value = page.getByTestId('studio-field-rules-0-effects-0-value');
  await value.fill('metrc1 / 10');
  await expect(page.getByTestId('studio-field-rules-0-effects-0-value-status')).toContainText('metric1');
  await value.fill('metric1 / 10');
  await source(page).toContainText('"add": "metric1 / 10"');
  await expect(page.getByTestId('studio-field-rules-0-effects-0-value-status')).toHaveText('Compiles.');
  await value.fill('-5');
  await source(page).toContainText('"add": -5');

  // An objective on the metric, an ending.
  await part(page, 'objectives');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-field-objectives-1-metric').selectOption('metric1');
  await part(page, 'endings');
  await page.getByTestId('studio-item-add').click();
  // The format's codes are shown with their words, the code kept for the author who reads the source.
  await expect(page.getByTestId('studio-field-endings-0-outcome').locator('option[value="win"]')).toHaveText('win');
  await expect(page.getByTestId('studio-field-endings-0-outcome').locator('option[value="neutral"]')).toHaveText('neutral');
  await page.getByTestId('studio-field-endings-0-outcome').selectOption('win');
  await source(page).toContainText('"outcome": "win"');
  await page.screenshot({ path: 'test-results/studio-forms-endings.png' });

  // Nothing to fix.
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');

  // Undo and redo: a form edit undone from the bar, redone, then undone from the source (one history).
  await page.getByTestId('studio-field-endings-0-outcome').selectOption('loss');
  await source(page).toContainText('"outcome": "loss"');
  await page.getByTestId('studio-undo').click();
  await source(page).toContainText('"outcome": "win"');
  await expect(page.getByTestId('studio-field-endings-0-outcome')).toHaveValue('win');
  await page.getByTestId('studio-redo').click();
  await expect(page.getByTestId('studio-field-endings-0-outcome')).toHaveValue('loss');
  await source(page).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('studio-field-endings-0-outcome')).toHaveValue('win');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('studio-field-endings-0-outcome')).toHaveValue('loss');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('studio-field-endings-0-outcome')).toHaveValue('win');
  // The same keys in a form field: the source's history, not the field's own.
  await page.getByTestId('studio-field-endings-0-title-en').fill('Saved');
  await source(page).toContainText('"en": "Saved"');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('studio-field-endings-0-title-en')).toHaveValue('New ending');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('studio-field-endings-0-title-en')).toHaveValue('Saved');

  // Items move and go: the second metric up, then back down.
  await part(page, 'metrics');
  await page.getByRole('button', { name: 'Move metric1 up' }).click();
  await expect(page.getByTestId('studio-item').first()).toContainText('metric1');
  await page.getByRole('button', { name: 'Move metric1 down' }).click();
  await expect(page.getByTestId('studio-item').first()).toContainText('trust');

  // A finding of the checker leads to the form that shows it (and to the source).
  await part(page, 'rules');
  await page.getByTestId('studio-field-rules-0-when').fill('flag1 &&');
  await part(page, 'flags');
  await page.getByTestId('studio-finding').first().click();
  await expect(page.getByTestId('studio-part')).toHaveValue('rules');
  await expect(page.getByTestId('studio-field-rules-0-when')).toHaveValue('flag1 &&');
  await page.getByTestId('studio-field-rules-0-when').fill('flag1');
  await expect(page.getByTestId('studio-finding')).toHaveCount(0);

  // A map of two nodes and a link, and a reference play: the first of each brings what it needs.
  await part(page, 'nodes');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-field-map-nodes-1-kind').selectOption('people');
  await part(page, 'links');
  await page.getByTestId('studio-item-add').click();
  await expect(page.getByTestId('studio-item')).toContainText('node1 → node2');
  await part(page, 'plays');
  await page.getByTestId('studio-item-add').click();
  await page.getByTestId('studio-field-reference-plays-0-decisions').getByRole('checkbox', { name: 'decision1' }).check();
  await expect.poll(async () => (JSON.parse(await docText(page)) as { reference: { plays: unknown } }).reference.plays).toEqual([{ turn: 1, decisions: ['decision1'] }]);
  await page.getByTestId('studio-field-reference-title-en').fill('A steady line');

  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  await page.getByTestId('studio-playtest').click();
  await expect(page.locator('body')).toHaveAttribute('data-screen', 'briefing');
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`French labels, axe and layout at ${size.width}x${size.height}`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.setViewportSize(size);
    await blank(page, 'fr');
    await part(page, 'decisions');
    await expect(page.getByTestId('studio-part')).toContainText('Décisions');
    await expect(page.getByTestId('studio-item-add')).toHaveText('Ajouter');
    await page.getByTestId('studio-field-decisions-0-when').pressSequentially('ta');
    await expect(page.getByRole('option', { name: /taken\(decision\)/ })).toBeVisible();
    await expect(page.getByTestId('studio-item-form')).toContainText('Coût en personnel');
    // A category in the author's words, with the code the file holds.
    await expect(page.getByTestId('studio-field-decisions-0-category').locator('option[value="recovery"]')).toHaveText('Rétablissement (recovery)');
    await page.screenshot({ path: `test-results/studio-forms-fr-${size.width}.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByTestId('studio-field-decisions-0-when').press('Escape');
    // Evidence declared uninformative: a checkbox, then its reason in every language; unchecked, it is gone.
    await part(page, 'evidence');
    await page.getByTestId('studio-item-add').click();
    await page.getByTestId('studio-field-evidence-0-uninformative-declared').check();
    await page.getByTestId('studio-field-evidence-0-uninformative-reason-fr').fill('Tout le monde peut le poster.');
    await source(page).toContainText('"reason": {');
    await source(page).toContainText('Tout le monde peut le poster.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('studio-field-evidence-0-uninformative-declared').uncheck();
    await expect.poll(() => docText(page)).not.toContain('"uninformative"');
    await part(page, 'objectives');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}
