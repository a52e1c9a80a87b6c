/** The debrief's "where these points came from": the causes the engine finds, shown in French and English, accessible. */
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, replay, traceGame, type PlayLog } from '../../../src/engine';
import { axeViolations, WCAG_TAGS } from '../support/axe';
import { expectOpsReady, expectScoredDebrief, playToDebrief, playTurnByMouse, SHOTS, STRINGS, watchPage } from './helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const TUTORIAL = join(import.meta.dirname, '..', '..', '..', 'scenarios', 'tutorial.json');

/** A number as the page prints it ("+12.5", "−3,2", "0") read back. */
const numberOf = (text: string) => Number(text.replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f+]/g, '').replace(',', '.'));

/** The engine's split for the game the page just played, from the log the debrief exports. */
async function engineTrace(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-log').click();
  await (await download).saveAs(path);
  const log = JSON.parse(readFileSync(path, 'utf8')) as PlayLog;
  const loaded = loadScenario(readFileSync(TUTORIAL, 'utf8'), TUTORIAL);
  if (!loaded.ok) throw new Error('tutorial');
  const state = replay(loaded.value, log);
  if (!state.ok) throw new Error(state.errors[0]!.message);
  return traceGame(loaded.value, state.value);
}

for (const lang of ['en', 'fr'] as const) {
  test(`the debrief splits an objective's points among the world and the choices, as the engine does (${lang})`, async ({ page }, info) => {
    const watch = await watchPage(page);
    await page.goto(`./?scenario=tutorial&lang=${lang}&seed=42`);
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    await playToDebrief(page, playTurnByMouse);
    await expectScoredDebrief(page);
    const trace = await engineTrace(page, info.outputPath('log.json'));

    // The objective with the most causes (the player's first-open decisions moved some).
    const [id, shares] = Object.entries(trace).sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(shares.length).toBeGreaterThan(1);
    const details = page.getByTestId(`trace-${id}`);
    await expect(details).not.toHaveAttribute('open');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open');
    const rows = details.getByTestId('trace-share');
    await expect(rows).toHaveCount(shares.length);
    for (let i = 0; i < shares.length; i++) {
      const shown = numberOf((await rows.nth(i).locator('.mono').textContent()) ?? '');
      expect(Math.abs(shown - 100 * shares[i]!.share), `row ${i}`).toBeLessThanOrEqual(0.05 + 1e-9);
      await expect(rows.nth(i)).toHaveAttribute('data-cause', shares[i]!.cause.kind);
    }
    const world = shares.findIndex((s) => s.cause.kind === 'world');
    await expect(rows.nth(world)).toContainText(STRINGS[lang].debrief.trace.world);
    for (const [i, s] of shares.entries()) if (s.share < 0) await expect(rows.nth(i)).toContainText(STRINGS[lang].debrief.trace.cost);

    expect(await axeViolations(page, { tags: WCAG_TAGS }), 'debrief with the causes open').toEqual([]);
    const objective = page.getByTestId(`objective-${id}`);
    await objective.scrollIntoViewIfNeeded();
    await objective.screenshot({ path: join(SHOTS, `trace-${lang}-${page.viewportSize()!.width}.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await objective.scrollIntoViewIfNeeded();
    await objective.screenshot({ path: join(SHOTS, `trace-${lang}-390.png`) });
    expect(watch.problems).toEqual([]);
  });
}
