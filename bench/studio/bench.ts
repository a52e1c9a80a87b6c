/**
 * `npm run bench:studio`: the scenario studio on la-poste-ddos in headless Chromium, against the
 * issue's targets: the re-check after a one-character edit, the 2,000-game live analysis in its
 * worker, and the longest task while typing in the source. Figures only; no test asserts them.
 * Timings on a shared 2-core machine are noisy: medians and p95, and say so.
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { serve } from '../web/server';
import { fixed as f, printTable, verdict } from '../web/table';

const ROOT = join(import.meta.dirname, '..', '..');
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const ANALYSES = Number(process.env.BENCH_ANALYSES ?? 5);
const PAUSES = Number(process.env.BENCH_PAUSES ?? 9);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** The durations of the studio's own measures of this name, in the order they ended. */
const measures = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

async function waitForMore(page: Page, name: string, than: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(([n, k]) => performance.getEntriesByName(n as string).length > (k as number), [name, than] as const, { timeout, polling: 50 });
}

const server = await serve({ '/': join(ROOT, 'dist') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.url}/?studio&lang=en`);
  await page.getByTestId('studio-template').selectOption('la-poste-ddos');
  await page.getByTestId('studio-use-template').click();
  await waitForMore(page, 'cellule:studio-analysis', 0);

  // The live analysis: each change of the budget in the overview form starts a new one.
  const budget = page.getByLabel('Budget for the game');
  for (let i = 1; i < ANALYSES; i++) {
    const before = (await measures(page, 'cellule:studio-analysis')).length;
    await budget.fill(String(2_000_000 + i));
    await waitForMore(page, 'cellule:studio-analysis', before);
  }
  const analyses = await measures(page, 'cellule:studio-analysis');

  // One-character edits, a pause after each (the studio checks once the author pauses).
  const checksBefore = (await measures(page, 'cellule:studio-check')).length;
  for (let i = 0; i < EDITS; i++) {
    const before = (await measures(page, 'cellule:studio-check')).length;
    await budget.fill(String(3_000_000 + i));
    await waitForMore(page, 'cellule:studio-check', before);
  }
  const checks = (await measures(page, 'cellule:studio-check')).slice(checksBefore);
  const inWorker = (await measures(page, 'cellule:studio-check-worker')).slice(checksBefore);

  // Typing in the source: 40 characters inside the scenario's id, 80 ms apart; long tasks meanwhile.
  await page.locator('.cm-line', { hasText: '"id": "la-poste-ddos"' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const from = await page.evaluate(() => performance.now());
  await page.keyboard.type('abcdefghijklmnopqrstuvwxyzabcdefghijklmn', { delay: 80 });
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate((t0) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((e) => e.start >= t0), from);
  const long = tasks.filter((e) => e.start < to).map((e) => e.duration);
  const after = tasks.filter((e) => e.start >= to).map((e) => e.duration);
  const longest = long.length ? Math.max(...long) : 0;
  const longestAfter = after.length ? Math.max(...after) : 0;

  // The pause, again and again: one character typed in the source, then the second after it (the
  // page rendered with the typed draft, the check, the analysis started); the longest task of each.
  const pauses: number[] = [];
  for (let i = 0; i < PAUSES; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type('x');
    await page.waitForTimeout(1000);
    const all = await page.evaluate((t) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((e) => e.start >= t).map((e) => e.duration), t0);
    pauses.push(all.length ? Math.max(...all) : 0);
  }

  const rows: string[][] = [
    [`Re-check after a one-character edit (p95 of ${checks.length})`, `${f(quantile(checks, 0.95))} ms`, '≤ 30 ms', verdict(quantile(checks, 0.95) <= 30), `median ${f(quantile(checks, 0.5))} ms; the checker in its worker, round trip (the 250 ms pause before it is not counted)`],
    [`The check inside its worker (p95 of ${inWorker.length})`, `${f(quantile(inWorker, 0.95))} ms`, '—', '—', `median ${f(quantile(inWorker, 0.5))} ms; checkScenario alone (parse, schema, cross-references, expressions); the rest of the round trip is the messages and the page's thread`],
    [`Live analysis, 2,000 games, in workers (median of ${analyses.length})`, `${f(quantile(analyses, 0.5))} ms`, '≤ 1000 ms', verdict(quantile(analyses, 0.5) <= 1000), analyses.map((x) => f(x)).join(', ')],
    ['Longest task while typing 40 characters in the source', `${f(longest)} ms`, '≤ 50 ms', verdict(longest <= 50), `${long.length} long tasks (> 50 ms) from the first key to the last, 80 ms apart`],
    ['Longest task in the second after the last key', `${f(longestAfter)} ms`, '—', '—', 'the page re-rendered once the author pauses (250 ms), then the check and the analysis'],
    [`Longest task in the second after one key, then a pause (median of ${pauses.length})`, `${f(quantile(pauses, 0.5))} ms`, '—', '—', `each: ${pauses.map((x) => f(x)).join(', ')} ms (0: no task over 50 ms)`],
  ];
  printTable('Measure (la-poste-ddos, Chromium)', rows, 'Headless Chromium on a shared 2-core machine: repeat before trusting a single run.');
} finally {
  await browser.close();
  await server.close();
}
