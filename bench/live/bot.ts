/** A simulated team: joins a live room on its own seat and plays a legal line (one random legal decision a turn) until its game or the workshop ends. */
import { Client, type Room } from '@colyseus/sdk';

export interface BotOptions {
  url: string;
  code: string;
  team: string;
  seed: number;
  /** Give up after this long (ms). */
  deadlineMs: number;
  log?: (line: string) => void;
}

export interface BotResult {
  team: string;
  turnsLocked: number;
  finished: 'done' | 'ended' | 'deadline' | 'closed';
}

interface TeamViewLike {
  phase: string;
  turn: number;
  status: 'open' | 'locked' | 'done';
  decisions: { id: string; legal: boolean }[];
}

/** A small seeded generator (mulberry32): the same seed plays the same line. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The SDK speaks http(s); people type ws:// addresses. */
export const httpUrl = (url: string): string => url.replace(/^ws(s?):\/\//, 'http$1://');

/** Join as `team` and play until done, ended, closed or the deadline. */
export async function runBot(o: BotOptions): Promise<BotResult> {
  const rand = random(o.seed);
  const room: Room = await new Client(httpUrl(o.url)).joinById(o.code, { role: 'team', team: o.team });
  room.reconnection.enabled = false;
  let locked = 0;
  let lastLocked = 0;
  const finished = await new Promise<BotResult['finished']>((resolve) => {
    const timer = setTimeout(() => resolve('deadline'), o.deadlineMs);
    const end = (why: BotResult['finished']) => {
      clearTimeout(timer);
      resolve(why);
    };
    room.onLeave(() => end('closed'));
    room.onMessage('error', (e: { code?: string; message?: string }) => o.log?.(`${o.team}: refused ${e.code ?? ''} ${e.message ?? ''}`));
    room.onMessage('view', ({ view }: { view: TeamViewLike }) => {
      if (view.phase === 'ended') return end('ended');
      if (view.status === 'done') return end('done');
      if (view.phase !== 'running' || view.status !== 'open' || view.turn <= lastLocked) return;
      const legal = view.decisions.filter((d) => d.legal);
      const pick = legal.length ? [legal[Math.floor(rand() * legal.length)]!.id] : [];
      lastLocked = view.turn;
      locked++;
      o.log?.(`${o.team}: turn ${view.turn} locks ${pick.join(', ') || '(nothing)'}`);
      room.send('lock', { turn: view.turn, decisions: pick });
    });
    room.onMessage('*', () => {});
  });
  await Promise.race([room.leave(true).catch(() => 0), new Promise((done) => setTimeout(done, 1000))]);
  return { team: o.team, turnsLocked: locked, finished };
}
