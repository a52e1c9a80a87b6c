import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hashSecret } from '../../server/secrets';
import { LiveDb } from '../../server/state/db';
import { LiveWorkshop } from '../../server/state/liveWorkshop';
import { at, load } from '../workshop/fixture';
import { boot, join, scenarioText, type Booted, type Peer } from './helpers';

let server: Booted | undefined;
const peers: Peer[] = [];
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  await server?.stop();
});

describe('restoring from the data folder', () => {
  test('a damaged room is reported and set aside; the others come back under their code', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'cellule-restore-'));
    const db = new LiveDb(dir);
    const setup = { createdAt: at(0), locale: 'en', teams: [{ name: 'A' }, { name: 'B' }], seed: 3 };
    const made = LiveWorkshop.create(db, 'ABCDEF', hashSecret('k'.repeat(43)), scenarioText(), load(), setup);
    if (!made.ok) throw new Error(made.error.message);
    expect(made.live.apply({ type: 'start', at: at(1) })).toEqual({ ok: true });
    db.createRoom('GHJKMN', hashSecret('k'.repeat(43)), scenarioText(), '{"format": "cellule/workshop@2"}');
    db.close();
    server = await boot({}, dir);
    expect(server.live.restored).toEqual(['ABCDEF']);
    expect(server.live.failed).toEqual([expect.stringMatching(/^GHJKMN: /)]);
    const projector = await join(server.url, 'ABCDEF', { role: 'projector' });
    peers.push(projector);
    expect(projector.last('view').view).toMatchObject({ phase: 'running', teams: [{ name: 'A' }, { name: 'B' }] });
    await expect(join(server.url, 'GHJKMN', { role: 'projector' })).rejects.toThrow(/live\/no-such-room/);
  });
});
