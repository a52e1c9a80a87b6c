/** The play log exported to a file and imported again replays the same game, turn by turn. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectOpsReady, playTurnByMouse, shoot, startTutorialByMouse, visibleState, watchPage } from './helpers';

test('export the play log, import it from the title screen and replay it to the same state', async ({ page }, info) => {
  const watch = await watchPage(page);
  await startTutorialByMouse(page, 'en', 17);
  for (let i = 0; i < 3; i++) {
    await playTurnByMouse(page);
    await expectOpsReady(page);
  }
  const played = await visibleState(page);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-log').click();
  const file = info.outputPath('tutorial-log.json');
  await (await download).saveAs(file);
  const log = JSON.parse(readFileSync(file, 'utf8')) as { format: string; scenario: string; seed: number; turns: unknown[] };
  expect(log.format).toBe('cellule/log@1');
  expect(log.scenario).toBe('tutorial');
  expect(log.seed).toBe(17);
  expect(log.turns).toHaveLength(3);

  await page.getByTestId('quit').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('load-file').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('replay-banner')).toBeVisible();
  await expect(page.getByTestId('turn-counter')).toHaveText(/^1\s*\//);
  await shoot(page, 'replay');
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('end-turn').click();
    await page.getByTestId('close-report').click();
  }
  await expect(page.getByTestId('turn-counter')).toHaveText(played['turn-counter']!);
  await expect(page.getByTestId('end-turn')).toBeDisabled();
  expect(await visibleState(page)).toEqual(played);
  expect(watch.problems).toEqual([]);
});
