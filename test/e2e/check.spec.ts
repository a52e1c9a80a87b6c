/**
 * "Check this scenario": an author opens their own scenario through the file picker, runs the
 * analyser from the select screen, keeps using the page while it works, cancels, runs it again and
 * reads the figures, including the defect planted in the file (a decision that is never legal).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { layoutProblems } from './support/layout';
import { loadScenario } from '../../src/engine/load';
import { parseLog, replay } from '../../src/engine/log';
import { score } from '../../src/engine/score';

const FIXTURE = fileURLToPath(new URL('./check/planted-defect.json', import.meta.url));

async function openCustomScenario(page: Page): Promise<void> {
  await page.goto('./?lang=en');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('load-file').click();
  await (await chooser).setFiles(FIXTURE);
  await expect(page.getByTestId('scenario-check-planted-defect')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Planted defect' })).toBeVisible();
}


test('a custom scenario gets a check panel: progress, cancel, figures and the planted defect, in both languages', async ({ page }) => {
  // The worker must start under the page's strict CSP: any violation or uncaught error shows here.
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => problems.push(e.message));
  await openCustomScenario(page);
  const panel = page.getByTestId('check-panel');
  await expect(panel.getByRole('heading', { name: 'Check this scenario' })).toBeVisible();

  // A long analysis, cancelled: the faster engine plays 50,000 games of this small fixture before a test can
  // click twice, so the cancel is pressed in the same moment as the start (a person who changes their mind).
  await page.getByTestId('lang-fr').click();
  await panel.getByTestId('check-runs').selectOption('50000');
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-testid="check-start"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-testid="check-cancel"]')!.click();
  });
  await expect(panel.getByTestId('check-status')).toHaveText('Vérification annulée.');
  await expect(panel.getByTestId('check-progress')).toBeHidden();
  await expect(panel.getByTestId('check-results')).toHaveCount(0);

  // A shorter run, to the end.
  await panel.getByTestId('check-runs').selectOption('1000');
  // 1,000 games end in a blink now: no point catching the bar on the way, only the results at the end.
  await panel.getByTestId('check-start').click();
  await expect(panel.getByTestId('check-results')).toBeVisible({ timeout: 90_000 });
  await expect(panel.getByTestId('check-progress')).toBeHidden();

  const findings = panel.getByTestId('check-findings');
  await expect(panel.getByTestId('check-verdict')).toHaveText('1 point à examiner');
  await expect(findings).toContainText(/La décision « escalate » n’est jamais jouable \(ni dans 1\s000 parties au hasard/);
  // Located in the file: the line where the decision starts.
  const line = readFileSync(FIXTURE, 'utf8').split('\n').findIndex((l) => l.includes('"id": "escalate"'));
  await expect(findings).toContainText(`ligne ${line}, colonne 5 · /decisions/6`);
  await expect(panel.getByTestId('check-random')).toContainText(/Score global de 1\s000 parties/);
  await expect(panel.getByTestId('check-best-score')).toHaveText(/^\d+(,\d)?$/);
  await expect(panel.getByTestId('check-best-versus')).toHaveText(/ligne de référence \(\d+(,\d)?\)/);
  await expect(panel.getByTestId('check-posterior')).toHaveText(/^\d+\s?% → \d+\s?%$/);
  await expect(panel.getByTestId('check-rate')).toHaveText(/^[\d\s]+ parties\/s : 1\s000 parties aléatoires/);
  await page.screenshot({ path: 'test-results/check-done-fr.png', fullPage: true });
  expect(await axeViolations(page, { include: '[data-testid="check-panel"]', impacts: ['minor', 'moderate', 'serious', 'critical'] })).toEqual([]);

  // The same figures in English, without running again.
  await page.getByTestId('lang-en').click();
  await expect(findings).toContainText('Decision “escalate” is never legal (not in 1,000 random games, nor in a directed search).');
  await expect(panel.getByTestId('check-verdict')).toHaveText('1 point to look at');

  // The best line downloads as a play log that the engine replays to the score the panel shows.
  const shown = Number(await panel.getByTestId('check-best-score').textContent());
  const download = page.waitForEvent('download');
  await panel.getByTestId('check-download-best').click();
  const log = parseLog(readFileSync((await (await download).path())!, 'utf8'));
  const loaded = loadScenario(readFileSync(FIXTURE, 'utf8'));
  if (!log.ok || !loaded.ok) throw new Error('the downloaded log or the fixture does not load');
  expect(log.value.scenario).toBe('check-planted-defect');
  const replayed = replay(loaded.value, log.value);
  if (!replayed.ok) throw new Error(replayed.errors[0]!.message);
  expect(Math.round(score(loaded.value, replayed.value).overall * 10) / 10).toBe(shown); // shown with one decimal
  expect(problems).toEqual([]);
});

test('a scenario dropped on the page gets the check panel too', async ({ page }) => {
  await page.goto('./?lang=fr');
  const text = readFileSync(FIXTURE, 'utf8');
  const data = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'planted-defect.json', { type: 'application/json' }));
    return dt;
  }, text);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: data });
  const panel = page.getByTestId('check-panel');
  await expect(panel.getByRole('heading', { name: 'Vérifier ce scénario' })).toBeVisible();
  await panel.getByTestId('check-runs').selectOption('1000');
  await panel.getByTestId('check-start').click();
  await expect(panel.getByTestId('check-findings')).toContainText('La décision « escalate » n’est jamais jouable');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the check panel fits a 390 px screen, and a claim declared uninformative is a note, not a point to look at', async ({ page }) => {
    await page.goto('./?lang=en');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('load-file').tap();
    await (await chooser).setFiles(fileURLToPath(new URL('./check/declared-claim.json', import.meta.url)));
    const panel = page.getByTestId('check-panel');
    await expect(panel.getByRole('heading', { name: 'Check this scenario' })).toBeVisible();
    expect(await layoutProblems(page), 'check panel before a run').toEqual([]);
    await panel.getByTestId('check-runs').selectOption('1000');
    await panel.getByTestId('check-start').tap();
    await expect(panel.getByTestId('check-results')).toBeVisible({ timeout: 90_000 });
    await expect(panel.getByTestId('check-verdict')).toContainText('Nothing to report');
    await expect(panel.getByTestId('check-notes')).toHaveText('1 note');
    const note = panel.locator('.check-finding[data-severity="note"]');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('Evidence “claim” carries no information, as its author declared');
    await expect(panel.locator('.check-finding[data-severity="warning"]')).toHaveCount(0);
    await note.scrollIntoViewIfNeeded();
    expect(await layoutProblems(page), 'check panel with its results').toEqual([]);
    await page.screenshot({ path: 'test-results/check-phone.png', fullPage: true });
    await panel.locator('.check-findings-wrap').screenshot({ path: 'test-results/check-phone-findings.png' });
    // The same in French.
    await page.getByTestId('lang-fr').tap();
    await expect(panel.getByTestId('check-notes')).toHaveText('1 remarque');
    await expect(note).toContainText('comme son auteur l’a déclaré');
    expect(await layoutProblems(page), 'check panel in French').toEqual([]);
  });
});
