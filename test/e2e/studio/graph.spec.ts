/**
 * The studio's scenario graph in Chromium: a planted dead rule is drawn as never reached, a click
 * on it shows its source; the fix redraws it reached; French labels; axe; no CSP violation.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { cspViolations, watchPage } from '../game/helpers';

const ORIGINAL = readFileSync('scenarios/tutorial.json', 'utf8');
const DEAD = '{ "id": "deadRule", "when": "trust > 1000", "effects": [{ "metric": "trust", "add": 1 }] },';
const PLANTED = ORIGINAL.replace('"rules": [\n', `"rules": [\n    ${DEAD}\n`);

test('the graph draws the dead rule as never reached; a click shows its source; fixed, it is reached', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const watch = await watchPage(page);
  await page.goto('./?studio&lang=en');
  await page.getByTestId('studio-file-input').setInputFiles({ name: 'dead-rule.json', mimeType: 'application/json', buffer: Buffer.from(PLANTED) });
  await page.getByTestId('studio-graph').locator('summary').click();
  const status = page.getByTestId('studio-graph-status');
  await expect(status).toContainText('never reached by the analysis', { timeout: 60_000 });
  const dead = page.getByTestId('graph-node-rule:deadRule');
  await expect(dead).toHaveClass(/is-unreached/);
  await expect(dead).toHaveAttribute('aria-label', /rule: deadRule\. never reached by the analysis\. comes from Public trust\. leads to Public trust/);
  // A reached rule of the tutorial is drawn plainly.
  await expect(page.locator('[data-testid^="graph-node-rule:"]:not(.is-unreached)').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/studio-graph.png' });

  // By keyboard: the rule's node, Enter, and the source shows its line.
  await dead.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-content')).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toContainText('"id": "deadRule"');

  // The author fixes the rule's condition; the graph is drawn again, the rule reached.
  // The rule, character by character (Shift+End would stop at the end of a wrapped line's first row).
  for (let i = 0; i < DEAD.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{ "id": "deadRule", "when": "trust > 0", "effects": [{ "metric": "trust", "add": 0 }] },');
  await expect(status).toContainText(' 0 never reached', { timeout: 60_000 });
  await expect(dead).not.toHaveClass(/is-unreached/);

  // In French, the same graph in the author's other language.
  await page.getByTestId('lang-fr').click();
  await expect(status).toContainText('jamais atteints', { timeout: 60_000 });
  await expect(dead).toHaveAttribute('aria-label', /^règle : deadRule/);
  expect(await cspViolations(page)).toEqual([]);
  expect(watch.problems).toEqual([]);
});
