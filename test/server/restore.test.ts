import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hashSecret } from '../../server/secrets';
import { LiveDb } from '../../server/state/db';
import { LiveWorkshop } from '../../server/state/liveWorkshop';
import { at, load } from '../workshop/fixture';
import { boot, join, scenarioText, type Booted, type Peer } from './helpers';

const servers: Booted[] = [];
const peers: Peer[] = [];
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  for (const server of servers) await server.stop();
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
    // The room's events are dated 22 December 2025: the server's clock is a minute later, within the keep period.
    const server = await boot({ now: () => new Date(at(60)) }, dir);
    servers.push(server);
    expect(server.live.restored).toEqual(['ABCDEF']);
    expect(server.live.failed).toEqual([expect.stringMatching(/^GHJKMN: /)]);
    const projector = await join(server.url, 'ABCDEF', { role: 'projector' });
    peers.push(projector);
    expect(projector.last('view').view).toMatchObject({ phase: 'running', teams: [{ name: 'A' }, { name: 'B' }] });
    await expect(join(server.url, 'GHJKMN', { role: 'projector' })).rejects.toThrow(/live\/no-such-room/);
  });

  test('workshops untouched for longer than the keep period are forgotten at start, with their seats and drafts; recent ones come back', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'cellule-purge-'));
    const db = new LiveDb(dir);
    const setup = (createdAt: string) => ({ createdAt, locale: 'en', teams: [{ name: 'A' }, { name: 'B' }], seed: 3 });
    const old = LiveWorkshop.create(db, 'OLDOLD', hashSecret('k'.repeat(43)), scenarioText(), load(), setup('2025-01-01T10:00:00.000Z'));
    const recent = LiveWorkshop.create(db, 'NEWNEW', hashSecret('k'.repeat(43)), scenarioText(), load(), setup('2025-03-01T10:00:00.000Z'));
    if (!old.ok || !recent.ok) throw new Error('setup');
    expect(old.live.apply({ type: 'start', at: '2025-01-01T10:01:00.000Z' })).toEqual({ ok: true });
    // The recent one was created long ago but played yesterday: its last event counts.
    const made = LiveWorkshop.create(db, 'PLAYED', hashSecret('k'.repeat(43)), scenarioText(), load(), setup('2025-01-01T10:00:00.000Z'));
    if (!made.ok) throw new Error('setup');
    expect(made.live.apply({ type: 'start', at: '2025-03-09T10:00:00.000Z' })).toEqual({ ok: true });
    db.addSeat('hash-of-a-seat', 'OLDOLD', 't1');
    db.close();
    const booted = await boot({ now: () => new Date('2025-03-10T10:00:00.000Z'), keepDays: 30 }, dir);
    servers.push(booted);
    expect(booted.live.purged).toEqual(['OLDOLD']);
    expect(booted.live.restored.sort()).toEqual(['NEWNEW', 'PLAYED']);
    const check = new LiveDb(dir);
    expect(check.hasRoom('OLDOLD')).toBe(false);
    expect(check.seat('hash-of-a-seat', 'OLDOLD')).toBeNull();
    check.close();
  });
});
