/** A live server on an ephemeral 127.0.0.1 port with a temporary data folder, and SDK clients that keep what they receive. */
import { Client, type Room } from '@colyseus/sdk';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { startLive, type LiveOptions, type LiveServer } from '../../server/app';
import { fixtureScenario } from '../workshop/fixture';

export interface Booted {
  live: LiveServer;
  url: string;
  dir: string;
  stop(): Promise<void>;
}

export async function boot(options: Partial<LiveOptions> = {}, dir = mkdtempSync(joinPath(tmpdir(), 'cellule-live-'))): Promise<Booted> {
  const live = await startLive({ port: 0, host: '127.0.0.1', dataDir: dir, tickMs: 100, ...options });
  return {
    live,
    url: `http://127.0.0.1:${live.port}`,
    dir,
    stop: async () => {
      await live.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Message = { type: string; body: any };

/** A joined room and every message it received, in order. */
export class Peer {
  messages: Message[] = [];
  closed: number | null = null;
  private waiters: (() => void)[] = [];
  constructor(readonly room: Room) {
    // Tests reconnect by hand (seat tokens); the SDK's own retries would outlive a killed server.
    room.reconnection.enabled = false;
    room.onLeave((code) => {
      this.closed = code;
    });
    room.onMessage('*', (type, body) => {
      this.messages.push({ type: String(type), body });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  last(type: string): any {
    return this.messages.filter((m) => m.type === type).at(-1)?.body;
  }

  /** The next message of `type` (after those already seen, or matching `pred`), within `ms`. */
  async next(type: string, pred: (body: any) => boolean = () => true, ms = 3000): Promise<any> {
    const seen = this.messages.length;
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.messages.slice(seen).find((m) => m.type === type && pred(m.body));
      if (found) return found.body;
      if (Date.now() > deadline) throw new Error(`no "${type}" message within ${ms} ms; got ${this.messages.slice(seen).map((m) => m.type).join(', ')}`);
      await new Promise<void>((done) => {
        const t = setTimeout(done, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          done();
        });
      });
    }
  }

  /** Wait until a message of `type` matching `pred` has arrived at any time. */
  async seen(type: string, pred: (body: any) => boolean = () => true, ms = 3000): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.messages.find((m) => m.type === type && pred(m.body));
      if (found) return found.body;
      if (Date.now() > deadline) throw new Error(`no "${type}" message within ${ms} ms`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  /** Leave (once; a closed room's leave would never settle). */
  async leave(): Promise<void> {
    if (this.closed !== null) return;
    this.closed = 0;
    await Promise.race([this.room.leave(true).catch(() => 0), new Promise((done) => setTimeout(done, 1000))]);
  }
}

export const scenarioText = () => JSON.stringify(fixtureScenario());

/** The facilitator creates a 3-team workshop on the fixture scenario; returns the peer, the code and the key. */
export async function createRoom(url: string, secondsPerTurn: number | null = null, names = ['Alpha', 'Bravo', 'Charlie']) {
  const client = new Client(url);
  const room = await client.create('workshop', {
    role: 'facilitator',
    nonce: 'n'.repeat(10) + Math.random().toString(36).slice(2).padEnd(16, 'x'),
    create: { scenario: { text: scenarioText() }, setup: { locale: 'en', teams: names.map((name) => ({ name, seed: SEED })), secondsPerTurn, releasable: ['leak'], hideLeaderboard: true } },
  });
  const peer = new Peer(room);
  const welcome = await peer.seen('welcome');
  await peer.seen('view');
  return { client, peer, code: welcome.code as string, key: welcome.key as string };
}

/** A device joins workshop `code` with `options`. */
export async function join(url: string, code: string, options: Record<string, unknown>): Promise<Peer> {
  const room = await new Client(url).joinById(code, options);
  const peer = new Peer(room);
  await peer.seen('view');
  return peer;
}

export { scan } from '../support/jsonScan';

export const SEED = 918273645;

/** Start `server/main.ts` (through tsx) in its own process on `port` (0: ephemeral) over `dir`, kept in `children`; resolves with its URL and what it restored. */
export function spawnServer(dir: string, children: ChildProcess[], port = 0): Promise<{ child: ChildProcess; url: string; restored: string[] }> {
  // tsx as a loader in one node process: the tsx CLI forks, and SIGKILL on it would leave the server itself running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CELLULE_DATA: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
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

export const exited = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));

