/**
 * The scenario studio in Chromium: an author's file with a planted error opens with the error
 * located; clicking the finding puts the caret on it, a keyboard fix makes it go; the draft
 * survives a reload; the download is the edited text byte for byte; play-testing is refused
 * while the draft has errors and opens the briefing once it has none. No CSP violation.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { cspViolations, watchPage } from '../game/helpers';

const ORIGINAL = readFileSync('scenarios/tutorial.json', 'utf8');
const PLANTED = ORIGINAL.replace('"estimatedMinutes": 20,', '"estimatedMinutes": "soon",');

async function openBroken(page: Page): Promise<void> {
  await page.goto('./?studio&lang=en');
  await expect(page.getByTestId('studio-open-file')).toBeVisible();
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'my-tutorial.json', mimeType: 'application/json', buffer: Buffer.from(PLANTED) });
  await expect(page.getByTestId('studio-file')).toHaveText('my-tutorial.json');
}

test('open a file, see the located error, fix it by keyboard, keep it over a reload, download the same bytes, play-test', async ({ page }) => {
  const watch = await watchPage(page);
  await openBroken(page);
  const line = PLANTED.split('\n').findIndex((l) => l.includes('"soon"')) + 1;
  const finding = page.getByTestId('studio-finding');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText(`Line ${line},`);
  await expect(finding).toContainText('/estimatedMinutes');

  // Refused while the draft has an error, with the reason.
  await page.getByTestId('studio-playtest').click();
  await expect(page.getByTestId('studio-status')).toContainText('fix the 1 error first');
  await expect(page.locator('body')).toHaveAttribute('data-screen', 'studio');

  // The finding puts the caret on the value; the author retypes it by keyboard.
  await finding.click();
  const content = page.locator('.cm-content');
  await expect(content).toBeFocused();
  // The same finding is marked in the source, on the value (now scrolled into view).
  await expect(page.locator('.cm-lintRange-error')).toHaveText('"soon",');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('20,');
  await expect(finding).toHaveCount(0);
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);

  // The draft is kept in the browser: a reload reopens it, fixed.
  await page.reload();
  await expect(page.getByTestId('studio-file')).toHaveText('my-tutorial.json');
  await expect(page.getByTestId('studio-drafts').getByRole('button', { name: /^my-tutorial\.json/ })).toBeVisible();
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');

  // The download (Ctrl+S in the editor) is the source text as edited: here, the original file byte for byte.
  const downloaded = page.waitForEvent('download');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+s');
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe('my-tutorial.json');
  expect(readFileSync(await file.path(), 'utf8')).toBe(ORIGINAL);

  // Play-test with the author's seed: the draft opens in the game, at its briefing.
  await page.getByTestId('studio-seed').fill('42');
  await page.getByTestId('studio-playtest').click();
  await expect(page.locator('body')).toHaveAttribute('data-screen', 'briefing');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.getByTestId('briefing-seed')).toHaveText('42');
  // Back in the studio from the title screen, the draft is there.
  await page.goto('./?lang=en');
  await page.getByTestId('studio-title').click();
  await expect(page.getByTestId('studio-file')).toHaveText('my-tutorial.json');

  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('from the title screen: a blank scenario is valid at once, the overview form edits the source, markup in the source stays text', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?lang=en');
  await page.getByTestId('studio-title').click();
  await page.getByTestId('studio-blank').click();
  await expect(page.getByTestId('studio-file')).toHaveText('new-scenario.json');
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  // The overview form and the source are one document: an edit in either shows in the other.
  const content = page.locator('.cm-content');
  const title = page.getByTestId('studio-overview-title-fr');
  await expect(title).toHaveValue('Nouveau scénario');
  await title.fill('Ma « crise »');
  await expect(content).toContainText('"fr": "Ma « crise »"');
  await expect(title).toBeFocused();
  await page.getByTestId('studio-overview-id').fill('ma-crise');
  await expect(content).toContainText('"id": "ma-crise"');
  // The resources are below the editor's rendered lines: the downloaded source shows the edit.
  await page.getByTestId('studio-overview-staff').fill('4');
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('studio-save').click();
  expect(readFileSync(await (await downloaded).path(), 'utf8')).toContain('"resources": {\n    "staff": 4,\n    "budget": 1000\n  }');
  await content.click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('studio-overview-staff')).toHaveValue('2');
  // A second draft from a template: both are listed.
  await page.getByTestId('studio-use-template').click();
  await expect(page.getByTestId('studio-drafts').locator('li')).toHaveCount(2);
  // An id with markup: the finding quotes it as text.
  await content.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"<img src=x onerror=alert(1)>": 1,');
  await expect(page.getByTestId('studio-finding').first()).toBeVisible();
  await expect(page.locator('.studio-findings img')).toHaveCount(0);
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('bad input opens located and downloads with a warning; a dropped file opens; the schema completes keys', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=en');
  await expect(page.getByTestId('studio-open-file')).toBeVisible();
  // Dropped on the studio: a file that is not JSON at all.
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{\n  "id": "half",\n  oops\n}\n'], 'half.json', { type: 'application/json' }));
    return dt;
  });
  await page.dispatchEvent('[data-testid="studio"]', 'drop', { dataTransfer: dropped });
  await expect(page.getByTestId('studio-file')).toHaveText('half.json');
  await expect(page.getByTestId('studio-finding').first()).toContainText('Line 3,');
  await expect(page.locator('.cm-content')).toContainText('oops');
  // It can be downloaded, with a warning, as it stands.
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('studio-save').click();
  expect(readFileSync(await (await downloaded).path(), 'utf8')).toBe('{\n  "id": "half",\n  oops\n}\n');
  await expect(page.getByTestId('studio-status')).toContainText('with 1 error');

  // The JSON Schema completes the keys a scenario may have.
  await page.getByTestId('studio-blank').click();
  await expect(page.getByTestId('studio-file')).toHaveText('new-scenario.json');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"refe');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('reference');
  await page.keyboard.press('Escape');

  // In French, the studio and the editor's accessible name follow at once; the text stays.
  await page.getByRole('button', { name: /^FR/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Atelier d’écriture de scénarios');
  await expect(page.locator('.cm-content')).toHaveAttribute('aria-label', 'Source du scénario (JSON)');
  await expect(page.locator('.cm-content')).toContainText('"refe');
  expect(await axeViolations(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('the live analysis finds a planted dead rule, located; fixed by keyboard, the finding goes', async ({ page }) => {
  const watch = await watchPage(page);
  const dead = '{ "id": "deadRule", "when": "trust > 1000", "effects": [{ "metric": "trust", "add": 1 }] },';
  const planted = ORIGINAL.replace('"rules": [\n', `"rules": [\n    ${dead}\n`);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'dead-rule.json', mimeType: 'application/json', buffer: Buffer.from(planted) });
  const status = page.getByTestId('studio-analysis-status');
  await expect(status).toContainText('after 2,000 games', { timeout: 60_000 });
  const finding = page.getByTestId('studio-analysis-finding').filter({ hasText: 'deadRule' });
  await expect(finding).toContainText(`Line ${planted.split('\n').findIndex((l) => l.includes('deadRule')) + 1},`);
  await expect(finding).toContainText('/rules/0');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/studio-analysis.png' });
  // The finding puts the caret on the rule; the author rewrites its line.
  await finding.click();
  await expect(page.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{ "id": "deadRule", "when": "trust > 0", "effects": [{ "metric": "trust", "add": 0 }] },');
  // No wait for the "running" line: a fast machine finishes 2,000 games between two looks. The edit
  // drops the old result at once (its first key stops the analysis), so "after 2,000 games" is the new one.
  await expect(status).toContainText('after 2,000 games', { timeout: 60_000 });
  await expect(page.getByTestId('studio-analysis-finding').filter({ hasText: 'deadRule' })).toHaveCount(0);
  await expect(page.getByTestId('studio-finding')).toHaveCount(0);
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('MSEL: the injects go out as a sheet, an edited sheet comes back as one minimal change, a bad one is refused located', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'tuto.json', mimeType: 'application/json', buffer: Buffer.from(ORIGINAL) });
  await expect(page.getByTestId('studio-findings')).toContainText('nothing to fix');
  const exported = page.waitForEvent('download');
  await page.getByTestId('studio-msel-export').click();
  const sheet = await exported;
  expect(sheet.suggestedFilename()).toBe('tuto-msel.csv');
  const csv = readFileSync(await sheet.path(), 'utf8');
  const tutorial = JSON.parse(ORIGINAL) as { injects: { title: { en: string } }[] };
  const before = tutorial.injects[0]!.title.en;
  expect(csv).toContain(before);

  // A retitled inject: only that title changes in the source.
  await page.getByTestId('studio-msel-input').setInputFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace(before, 'Retitled by the trainer')) });
  await expect(page.getByTestId('studio-status')).toContainText('edited.csv applied: 1 change.');
  const saved = page.waitForEvent('download');
  await page.getByTestId('studio-save').click();
  expect(readFileSync(await (await saved).path(), 'utf8')).toBe(ORIGINAL.replace(JSON.stringify(before), '"Retitled by the trainer"'));

  // A sheet that changes a read-only column is refused, with the cell named.
  const rows = csv.split(/\r?\n/);
  const header = rows[0]!.split(',');
  const cells = rows[1]!.split(',');
  cells[header.indexOf('channel')] = 'press';
  await page.getByTestId('studio-msel-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from([rows[0], cells.join(','), ...rows.slice(2)].join('\n')) });
  await expect(page.getByTestId('studio-status')).toContainText('bad.csv was not applied');
  await expect(page.getByTestId('studio-status')).toContainText('bad.csv:2:');
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('save over the opened file where the browser allows it (File System Access API, stubbed), download otherwise', async ({ page }) => {
  const watch = await watchPage(page);
  // The native picker cannot be driven headless: a stand-in handle records what is written.
  await page.addInitScript((text: string) => {
    const w = window as unknown as { showOpenFilePicker: () => Promise<unknown[]>; __written: string[] };
    w.__written = [];
    const handle = {
      kind: 'file',
      name: 'picked.json',
      getFile: async () => new File([text], 'picked.json', { type: 'application/json' }),
      queryPermission: async () => 'prompt',
      requestPermission: async () => 'granted',
      createWritable: async () => {
        let out = '';
        return { write: async (t: string) => void (out += t), close: async () => void w.__written.push(out) };
      },
    };
    w.showOpenFilePicker = async () => [handle];
  }, ORIGINAL);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-open-file').click();
  await expect(page.getByTestId('studio-file')).toHaveText('picked.json');
  await page.getByTestId('studio-overview-title-en').fill('Saved in place');
  await expect(page.locator('.cm-content')).toContainText('"en": "Saved in place"');
  await page.getByTestId('studio-save-in-place').click();
  await expect(page.getByTestId('studio-status')).toHaveText('picked.json saved.');
  const written = await page.evaluate(() => (window as unknown as { __written: string[] }).__written);
  const tutorial = JSON.parse(ORIGINAL) as { title: { en: string } };
  expect(written).toEqual([ORIGINAL.replace(`"en": ${JSON.stringify(tutorial.title.en)}`, '"en": "Saved in place"')]);
  // This stand-in handle cannot be stored: after a reload the draft is back, saved by download.
  await page.reload();
  await expect(page.getByTestId('studio-file')).toHaveText('picked.json');
  await expect(page.getByTestId('studio-save-in-place')).toHaveCount(0);
  await expect(page.getByTestId('studio-save')).toBeEnabled();
  expect(watch.problems).toEqual([]);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`axe and layout at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openBroken(page);
    await expect(page.getByTestId('studio-finding')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/studio-${size.width}x${size.height}.png` });
  });
}
