/** The live bench's load: rooms of N teams plus a console and a projector, each team locking in turn, timing every device's next view. */
import { Client, type Room } from '@colyseus/sdk';
import { randomBytes } from 'node:crypto';

/** One connected device: counts its messages and wakes whoever waits for its next view. */
class Device {
  waiting: ((at: number) => void)[] = [];
  received = 0;
  constructor(readonly room: Room) {
    room.reconnection.enabled = false;
    room.onMessage('*', () => {
      this.received++;
    });
    // The SDK calls '*' only for types without their own handler.
    room.onMessage('view', () => {
      const at = performance.now();
      this.received++;
      for (const w of this.waiting.splice(0)) w(at);
    });
  }
  /** When the next view arrives (or null after `ms`). */
  nextView(ms: number): Promise<number | null> {
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(null), ms);
      this.waiting.push((at) => {
        clearTimeout(t);
        resolve(at);
      });
    });
  }
}

export interface BenchRoom {
  code: string;
  console: Device;
  projector: Device;
  teams: Device[];
  key: string;
}

/** Join, and resolve once the first view is in. */
async function device(room: Room): Promise<Device> {
  const d = new Device(room);
  await d.nextView(10_000);
  return d;
}

/** Create a workshop on `urls[i % n]` and seat a projector and `teams` teams, each through the next process in turn. */
export async function openRoom(urls: string[], i: number, teams: number, scenario: string): Promise<BenchRoom> {
  const create = new Client(urls[i % urls.length]!);
  const fac = create.create('workshop', {
    role: 'facilitator',
    nonce: randomBytes(18).toString('base64url'),
    create: { scenario: { bundled: scenario }, setup: { locale: 'en', teams: Array.from({ length: teams }, (_, t) => ({ name: `Team ${t + 1}` })) } },
  });
  let welcome: { code: string; key: string } | undefined;
  const room = await fac;
  const got = new Promise<void>((done) =>
    room.onMessage('welcome', (w: { code: string; key: string }) => {
      welcome = w;
      done();
    }),
  );
  const console = await device(room);
  await Promise.race([got, new Promise((done) => setTimeout(done, 10_000))]);
  if (!welcome) throw new Error('no welcome');
  const at = (k: number) => new Client(urls[(i + k) % urls.length]!);
  const [projector, ...seated] = await Promise.all([
    at(1).joinById(welcome.code, { role: 'projector' }).then(device),
    ...Array.from({ length: teams }, (_, t) => at(t + 1).joinById(welcome!.code, { role: 'team', team: `t${t + 1}` }).then(device)),
  ]);
  room.send('control', { key: welcome.key, type: 'start' });
  await console.nextView(10_000);
  return { code: welcome.code, console, projector: projector!, teams: seated, key: welcome.key };
}

/** Run `n` jobs with at most `width` at a time. */
export async function pool<T>(n: number, width: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

export interface LockStats {
  latencies: number[];
  missed: number;
  messages: number;
}

/** Every team of the room locks (nothing) once per turn for `turns` turns, one lock every `intervalMs`; each lock is timed to every device's next view. */
export async function playRoom(r: BenchRoom, turns: number, intervalMs: number, stats: LockStats): Promise<void> {
  const everyone = [r.console, r.projector, ...r.teams];
  await new Promise((done) => setTimeout(done, Math.random() * intervalMs));
  for (let turn = 1; turn <= turns; turn++) {
    for (const team of r.teams) {
      const started = performance.now();
      const seen = everyone.map((d) => d.nextView(10_000));
      team.room.send('lock', { turn, decisions: [] });
      for (const at of await Promise.all(seen)) {
        if (at === null) stats.missed++;
        else stats.latencies.push(at - started);
      }
      const rest = intervalMs - (performance.now() - started);
      if (rest > 0) await new Promise((done) => setTimeout(done, rest));
    }
  }
}

/** Leave every device (bounded: a stuck leave does not hold the bench). */
export async function closeRoom(r: BenchRoom): Promise<void> {
  await Promise.all([r.console, r.projector, ...r.teams].map((d) => Promise.race([d.room.leave(true).catch(() => 0), new Promise((done) => setTimeout(done, 2000))])));
}

/** Messages every device of the rooms received so far. */
export const received = (rooms: BenchRoom[]): number => rooms.reduce((n, r) => n + [r.console, r.projector, ...r.teams].reduce((m, d) => m + d.received, 0), 0);
