import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createRoom, join, type Peer } from './helpers';

const dir = mkdtempSync(joinPath(tmpdir(), 'cellule-crash-'));
const children: ChildProcess[] = [];
const peers: Peer[] = [];
const keep = (p: Peer) => (peers.push(p), p);

/** Start `server/main.ts` (through tsx) on an ephemeral port over `dir`; resolves with its URL and what it restored. */
function startServer(): Promise<{ child: ChildProcess; url: string; restored: string[] }> {
  // tsx as a loader in one node process: the tsx CLI forks, and SIGKILL on it would leave the server itself running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CELLULE_DATA: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on 127\.0\.0\.1:(\d+)[^,\n]*(?:, data in [^,\n]*)?(?:, restored ([A-Z0-9 ]+))?\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}`, restored: m[2]?.split(' ') ?? [] });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));

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
