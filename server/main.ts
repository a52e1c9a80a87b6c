/**
 * `npm run serve:live`: the live workshop server on PORT (2567) and HOST (127.0.0.1), data in
 * CELLULE_DATA (./data); REDIS_URL and PUBLIC_ADDRESS to scale out; CELLULE_STATIC to serve a
 * production build from the same port (what `npm run serve` does, server/serve.ts);
 * CELLULE_TRUST_PROXY, the reverse proxies in front of it whose X-Forwarded-For counts (0).
 */
import { existsSync } from 'node:fs';
import { MAX_TRUSTED_HOPS } from './address';
import { KEEP_DAYS, startLive } from './app';

const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.CELLULE_DATA ?? './data';
const redisUrl = process.env.REDIS_URL || undefined;
const publicAddress = process.env.PUBLIC_ADDRESS || undefined;
const staticDir = process.env.CELLULE_STATIC || undefined;
if (staticDir && !existsSync(`${staticDir}/index.html`)) throw new Error(`CELLULE_STATIC: no index.html in ${staticDir} (build the game first: npm run build)`);
const keepDays = Number(process.env.CELLULE_KEEP_DAYS ?? KEEP_DAYS);
if (!Number.isFinite(keepDays) || keepDays <= 0) throw new Error('CELLULE_KEEP_DAYS: a number of days above 0');
const creations = Number(process.env.CELLULE_CREATIONS_PER_MINUTE ?? 20);
if (!Number.isInteger(creations) || creations < 1 || creations > 1_000_000) throw new Error('CELLULE_CREATIONS_PER_MINUTE: an integer from 1 to 1000000');

const trustedHops = Number(process.env.CELLULE_TRUST_PROXY ?? 0);
if (!Number.isInteger(trustedHops) || trustedHops < 0 || trustedHops > MAX_TRUSTED_HOPS) throw new Error(`CELLULE_TRUST_PROXY: the number of reverse proxies in front of the server, an integer from 0 to ${MAX_TRUSTED_HOPS}`);

const live = await startLive({ port, host, dataDir, redisUrl, publicAddress, creationsPerMinute: creations, staticDir, keepDays, trustedHops });
if (live.purged.length) console.log(`cellule live: forgot ${live.purged.length} workshop${live.purged.length === 1 ? "" : "s"} untouched for ${keepDays} days`);
for (const problem of live.failed) console.error(`cellule live: could not restore ${problem}`);
console.log(`cellule live: listening on ${host}:${live.port}, data in ${dataDir}${staticDir ? `, game at http://${host}:${live.port}/` : ''}${redisUrl ? ', rooms shared through Redis' : ''}${live.restored.length ? `, restored ${live.restored.join(' ')}` : ''}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void live.close().then(() => process.exit(0));
  });
}
