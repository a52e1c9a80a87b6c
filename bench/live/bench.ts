/**
 * `npm run bench:live -- [--rooms 40] [--teams 8] [--turns 2] [--interval 1000] [--rooms2 N] [--no-redis]`:
 * lock-to-view latency, memory per room and message rate, for one server process and for two on Redis
 * (redis-server started here). Loopback only; stops by itself (--max-seconds).
 */
import { parseArgs } from 'node:util';
import { closeRoom, openRoom, playRoom, pool, received, type BenchRoom, type LockStats } from './load';
import { cpuOf, hasRedis, rssOf, startRedis, startServer, type Proc } from './procs';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '40' },
    rooms2: { type: 'string' },
    teams: { type: 'string', default: '8' },
    turns: { type: 'string', default: '2' },
    interval: { type: 'string', default: '1000' },
    scenario: { type: 'string', default: 'la-poste-ddos' },
    'no-redis': { type: 'boolean', default: false },
    'max-seconds': { type: 'string', default: '600' },
  },
});
const int = (s: string | undefined, name: string, lo: number, hi: number): number => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new Error(`--${name}: an integer from ${lo} to ${hi}`);
  return n;
};
const rooms = int(values.rooms, 'rooms', 1, 5000);
const rooms2 = values.rooms2 ? int(values.rooms2, 'rooms2', 1, 10000) : Math.ceil(rooms * 1.8);
const teams = int(values.teams, 'teams', 2, 8);
const turns = int(values.turns, 'turns', 1, 10);
const interval = int(values.interval, 'interval', 10, 60_000);
const scenario = values.scenario;
const stopAt = setTimeout(() => {
  console.error('bench:live: out of time (--max-seconds), stopping');
  process.exit(1);
}, int(values['max-seconds'], 'max-seconds', 10, 3600) * 1000);

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const rss = (procs: Proc[]): number => procs.reduce((n, p) => n + rssOf(p.child.pid!), 0);
const cpu = (procs: Proc[]): number => procs.reduce((n, p) => n + cpuOf(p.child.pid!), 0);
const ownCpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface Row {
  setup: string;
  rooms: number;
  clients: number;
  p50: number;
  p95: number;
  p99: number;
  missed: number;
  mbPerRoom: number;
  msgsPerSecond: number;
  /** Share of one core used during the locks, by the servers (+ Redis) and by the bench's clients. */
  serverCpu: number;
  clientCpu: number;
}

/** One configuration: `servers` processes (on Redis when more than one), `n` rooms. */
async function run(servers: number, n: number): Promise<Row> {
  const env = { CELLULE_CREATIONS_PER_MINUTE: '1000000' };
  const redis = servers > 1 ? await startRedis() : null;
  const procs: Proc[] = [];
  const opened: BenchRoom[] = [];
  try {
    for (let i = 0; i < servers; i++) procs.push(await startServer(redis?.url, env));
    await new Promise((done) => setTimeout(done, 1000));
    const before = rss(procs);
    const urls = procs.map((p) => p.url);
    await pool(n, 8, async (i) => opened.push(await openRoom(urls, i, teams, scenario)));
    const stats: LockStats = { latencies: [], missed: 0, messages: 0 };
    const got = received(opened);
    const cpuBefore = cpu(redis ? [...procs, redis] : procs);
    const ownBefore = ownCpu();
    const started = performance.now();
    await Promise.all(opened.map((r) => playRoom(r, turns, interval, stats)));
    const seconds = (performance.now() - started) / 1000;
    const sent = n * teams * turns;
    const serverCpu = (cpu(redis ? [...procs, redis] : procs) - cpuBefore) / seconds;
    const clientCpu = (ownCpu() - ownBefore) / seconds;
    const after = rss(procs);
    const sorted = stats.latencies.sort((a, b) => a - b);
    return {
      setup: servers > 1 ? `${servers} processes + Redis` : '1 process',
      rooms: n,
      clients: n * (teams + 2),
      p50: pct(sorted, 50),
      p95: pct(sorted, 95),
      p99: pct(sorted, 99),
      missed: stats.missed,
      mbPerRoom: (after - before) / n / 1024 / 1024,
      msgsPerSecond: (received(opened) - got + sent) / seconds,
      serverCpu,
      clientCpu,
    };
  } finally {
    await pool(opened.length, 16, (i) => closeRoom(opened[i]!));
    for (const p of procs) await p.stop();
    await redis?.stop();
  }
}

const rows: Row[] = [];
console.log(`bench:live: ${rooms} rooms x ${teams} teams (+ console + projector), ${turns} turns, a lock every ${interval} ms per room, scenario ${scenario}`);
rows.push(await run(1, rooms));
if (!values['no-redis']) {
  if (hasRedis()) rows.push(await run(2, rooms2));
  else console.warn('bench:live: redis-server not installed; skipping the two-process run (scripts/ensure-deps.sh installs it)');
}
const f = (x: number, d = 1) => x.toFixed(d);
console.log('\n| setup | rooms | teams | clients | p50 ms | p95 ms | p99 ms | missed | MB/room | msgs/s | server CPU | bench CPU |\n|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.setup} | ${r.rooms} | ${teams} | ${r.clients} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.missed} | ${f(r.mbPerRoom, 2)} | ${f(r.msgsPerSecond, 0)} | ${f(r.serverCpu * 100, 0)}% | ${f(r.clientCpu * 100, 0)}% |`);
clearTimeout(stopAt);
process.exit(0);
