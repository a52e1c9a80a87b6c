/** Shared steps for the game's browser tests: a person's clicks and key presses, nothing reached into. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, fr } from '../../i18n/strings';

export type Lang = 'en' | 'fr';
export const STRINGS = { en, fr } as const;

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
export const SHOTS = join(ROOT, 'test-results', 'game');

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The first part of a UI string, before any `{{placeholder}}`: what a reader recognises on screen. */
export function stem(s: string): string {
  return s.split('{{')[0]!.trim();
}

/**
 * Collect what must never happen while a test plays: CSP violations, uncaught errors, console
 * errors, dialogs. Call before the first navigation; read `problems` at the end.
 */
export async function watchPage(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    // Headless Chromium without a GPU warns about its software WebGL fallback: not ours.
    if (m.type() === 'error' && !/GL Driver|WebGL|GPU stall/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  // Awaited: an init script registered while the page is already navigating may miss that document.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { problems };
}

/** CSP violations seen so far in the page (the listener is installed by `watchPage`). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Press Tab until the element with this test id has focus, as a keyboard user would. */
export async function tabTo(page: Page, testid: string, max = 80): Promise<void> {
  // A person waits to see the control before tabbing to it (the scenario list appears after its check).
  await expect(page.getByTestId(testid)).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => (document.activeElement as HTMLElement | null)?.dataset.testid === id, testid)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached [data-testid="${testid}"]`);
}

/** The ops room is up and waiting for the player's decisions for this turn. */
export async function expectOpsReady(page: Page): Promise<void> {
  await expect(page.getByTestId('end-turn')).toBeEnabled();
  await expect(page.getByTestId('turn-report')).toBeHidden();
}

/** Title → scenario select → tutorial → briefing → ops room, by mouse. */
export async function startTutorialByMouse(page: Page, lang: Lang, seed?: number): Promise<void> {
  await page.goto(`./?lang=${lang}`);
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-tutorial').click();
  if (seed !== undefined) await page.getByTestId('seed-input').fill(String(seed));
  await page.getByTestId('open-briefing').click();
  await page.getByTestId('start-game').click();
  await expectOpsReady(page);
}

/** The first decision still open to the player this turn, if any. */
function firstLegal(page: Page): Locator {
  return page.locator('[data-testid^="decision-"][data-state="legal"]').first();
}

/** One turn by mouse: pick the first open decision, end the turn, read the report, close it. */
export async function playTurnByMouse(page: Page): Promise<void> {
  const open = firstLegal(page);
  if (await open.count()) {
    // Pinned by id: once chosen it is no longer "legal", and `first()` would move on to the next one.
    const pick = page.getByTestId((await open.getAttribute('data-testid'))!);
    await pick.click();
    await expect(pick).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('turn-report')).toBeVisible();
  await expect(page.getByTestId('report-summary')).toBeVisible();
  await page.getByTestId('close-report').click();
}

/** One turn by keyboard: number key 1 for the first decision, Ctrl+Enter to end, Enter to close the report. */
export async function playTurnByKeyboard(page: Page): Promise<void> {
  const first = page.locator('[data-testid^="decision-"][aria-keyshortcuts="1"]');
  if (await first.count()) {
    await page.keyboard.press('1');
    await expect(page.locator('[data-testid^="decision-"][aria-pressed="true"]')).not.toHaveCount(0);
  }
  await tabTo(page, 'end-turn');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('turn-report')).toBeVisible();
  await expect(page.getByTestId('close-report')).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Play turns until the debrief shows; returns how many turns it took. */
export async function playToDebrief(page: Page, turn: (page: Page) => Promise<void>, maxTurns = 40): Promise<number> {
  const debrief = page.getByTestId('debrief');
  for (let n = 0; n < maxTurns; n++) {
    await expect(page.getByTestId('end-turn').or(debrief)).toBeVisible();
    if (await debrief.isVisible()) return n;
    await expectOpsReady(page);
    await turn(page);
  }
  await expect(debrief).toBeVisible();
  return maxTurns;
}

/** The debrief shows an ending and an overall score between 0 and 100. */
export async function expectScoredDebrief(page: Page): Promise<number> {
  await expect(page.getByTestId('ending-title')).not.toBeEmpty();
  const text = (await page.getByTestId('score-overall').textContent()) ?? '';
  const score = Number(text.replace(/[^\d]/g, ''));
  expect(text).toMatch(/\d/);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  return score;
}

/** The state a player sees in the ops room: turn counter, clock, staff, budget, every metric. */
export async function visibleState(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ['turn-counter', 'clock-time', 'staff-left', 'budget-left']) out[id] = (await page.getByTestId(id).textContent()) ?? '';
  for (const el of await page.locator('[data-testid^="metric-value-"]').all()) out[(await el.getAttribute('data-testid'))!] = (await el.textContent()) ?? '';
  return out;
}

/** Save a screenshot for a person to look at (test-results/ is not committed). */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
