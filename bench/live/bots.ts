/** `npm run bots -- --code CODE --teams N [--url ws://127.0.0.1:2567] [--seed S] [--minutes M]`: N simulated teams (t1…tN) play a live workshop to its end. */
import { parseArgs } from 'node:util';
import { runBot } from './bot';

const { values } = parseArgs({
  options: { code: { type: 'string' }, teams: { type: 'string', default: '2' }, url: { type: 'string', default: 'ws://127.0.0.1:2567' }, seed: { type: 'string', default: '1' }, minutes: { type: 'string', default: '30' } },
});
const teams = Number(values.teams);
const seed = Number(values.seed);
const minutes = Number(values.minutes);
if (!values.code || !/^[A-Za-z0-9]{6}$/.test(values.code) || !Number.isInteger(teams) || teams < 1 || teams > 8 || !Number.isInteger(seed) || !(minutes > 0 && minutes <= 240)) {
  console.error('usage: npm run bots -- --code CODE --teams 1..8 [--url ws://127.0.0.1:2567] [--seed S] [--minutes 1..240]');
  process.exit(2);
}
const code = values.code.toUpperCase();
const results = await Promise.allSettled(
  Array.from({ length: teams }, (_, i) => runBot({ url: values.url, code, team: `t${i + 1}`, seed: seed + i, deadlineMs: minutes * 60_000, log: (line) => console.log(line) })),
);
let failed = 0;
for (const r of results) {
  if (r.status === 'fulfilled') console.log(`${r.value.team}: ${r.value.turnsLocked} turns locked, ${r.value.finished}`);
  else {
    failed++;
    console.error(`bot failed: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`);
  }
}
process.exit(failed ? 1 : 0);
