/**
 * The engine's results do not change when its insides do (issue 17's optimisations): seeded
 * random games, public `playTurn` play with reports, scores and replays, digested and compared
 * with a fixture computed from the engine before it was optimised (commit f9c5b6e).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFiles, loadBundled } from './bundled';
import { FIXTURE, digestScenario, writeFixture } from './determinism';

if (process.env.CELLULE_WRITE_DETERMINISM === '1') writeFixture();

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('determinism fixture', () => {
  it('covers every bundled scenario', () => {
    expect(Object.keys(fixture).sort()).toEqual(bundledFiles());
  });
  it.each(bundledFiles())('%s plays, scores and replays exactly as before', (file) => {
    expect(digestScenario(loadBundled(file))).toEqual(fixture[file]);
  }, 60_000);
});
