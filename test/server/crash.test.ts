import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createRoom, exited, join, spawnServer, type Peer } from './helpers';

const dir = mkdtempSync(joinPath(tmpdir(), 'cellule-crash-'));
const children: ChildProcess[] = [];
const peers: Peer[] = [];
const keep = (p: Peer) => (peers.push(p), p);

const startServer = () => spawnServer(dir, children);

afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
  rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  test('kill -9 mid-turn, restart on the same data: every acknowledged event, the code, the seats and drafts are back', async () => {
    const first = await startServer();
    const fac = await createRoom(first.url, 600);
    keep(fac.peer);
    const alpha = keep(await join(first.url, fac.code, { role: 'team', team: 't1' }));
    const bravo = keep(await join(first.url, fac.code, { role: 'team', team: 't2' }));
    fac.peer.room.send('control', { key: fac.key, type: 'start' });
    await alpha.seen('view', (b) => b.view.phase === 'running');
    alpha.room.send('lock', { turn: 1, decisions: ['tell'] });
    await alpha.seen('view', (b) => b.view.status === 'locked');
    bravo.room.send('draft', { decisions: ['shutdown'] });
    await bravo.seen('view', (b) => b.view.draft.decisions.length === 1);

    first.child.kill('SIGKILL');
    await exited(first.child);
    const second = await startServer();
    expect(second.restored).toEqual([fac.code]);

    const alpha2 = keep(await join(second.url, fac.code, { role: 'team', seat: alpha.last('welcome').seat }));
    // a timed workshop comes back paused: the downtime ran on its clock
    expect(alpha2.last('view').view).toMatchObject({ phase: 'paused', turn: 1, status: 'locked', game: { log: [{ decisions: ['tell'] }], metrics: { trust: 75 } } });
    const bravo2 = keep(await join(second.url, fac.code, { role: 'team', seat: bravo.last('welcome').seat }));
    expect(bravo2.last('view').view).toMatchObject({ status: 'open', draft: { decisions: ['shutdown'] } });
    const console2 = keep(await join(second.url, fac.code, { role: 'facilitator', key: fac.key }));
    expect(console2.last('view').view.events).toBe(3);
    // and play goes on once the facilitator resumes
    console2.room.send('control', { key: fac.key, type: 'resume' });
    await bravo2.seen('view', (b) => b.view.phase === 'running');
    bravo2.room.send('lock', { turn: 1, decisions: ['shutdown'] });
    await bravo2.seen('view', (b) => b.view.status === 'locked');
    second.child.kill('SIGTERM');
    await exited(second.child);
  });
});
