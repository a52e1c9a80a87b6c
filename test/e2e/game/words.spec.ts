/**
 * The flagship played to its debrief in each language: no screen shows a raw i18n key, a raw
 * scenario id, or a clock in another format than the game's 24-hour one.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { NAMESPACES, resources } from '../../../src/i18n/resources';
import { flatten } from '../../i18n/helpers';
import { expectOpsReady, expectScoredDebrief, playToDebrief, playTurnByMouse } from './helpers';

const scenario = JSON.parse(readFileSync('scenarios/la-poste-ddos.json', 'utf8')) as Record<string, { id: string }[]>;

/** Every UI key in dotted form (`debrief.input.flagOn`), which is what i18next shows for a missing one. */
const KEYS = NAMESPACES.flatMap((ns) => Object.keys(flatten(resources.en[ns])).map((k) => k.replace(/_(one|other|many)$/, '')));

/** Scenario ids written in camelCase (`doraInterLate`): words a player should never read. */
const IDS = ['decisions', 'injects', 'metrics', 'flags', 'evidence', 'actors', 'objectives', 'rules', 'endings']
  .flatMap((part) => (scenario[part] ?? []).map((x) => x.id))
  .filter((id) => /[a-z][A-Z]/.test(id));

async function leaks(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = KEYS.filter((k) => text.includes(k)).map((k) => `key ${k}`);
  for (const id of IDS) if (new RegExp(`\\b${id}\\b`).test(text)) found.push(`id ${id}`);
  for (const m of text.matchAll(/\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/g)) found.push(`12-hour time ${m[0]}`);
  return found;
}

for (const lang of ['en', 'fr'] as const) {
  test(`la-poste-ddos in ${lang}: no raw key, id or foreign clock on any screen`, async ({ page }) => {
    await page.goto(`./?scenario=la-poste-ddos&lang=${lang}&seed=7`);
    await expect(page.getByTestId('start-game')).toBeVisible();
    expect(await leaks(page), 'briefing').toEqual([]);
    await page.getByTestId('start-game').click();
    await expectOpsReady(page);
    expect(await leaks(page), 'ops room').toEqual([]);
    const tabs = await page.locator('[role="tab"]').all();
    for (const tab of tabs) {
      await tab.click();
      expect(await leaks(page), `tab ${await tab.textContent()}`).toEqual([]);
    }
    await tabs[0]?.click();
    await playToDebrief(page, async (p) => {
      await playTurnByMouse(p);
      expect(await leaks(p), 'after a turn').toEqual([]);
    });
    await expectScoredDebrief(page);
    // Open every closed <details> (the objectives' causes too): `.all()` would index a list that shrinks as they open.
    const closed = page.locator('details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n--) await closed.first().click();
    await expect(closed).toHaveCount(0);
    expect(await leaks(page), 'debrief').toEqual([]);
  });
}
