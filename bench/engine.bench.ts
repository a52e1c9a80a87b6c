/** `npm run bench`: engine throughput on the tutorial — random games per second, turn resolution time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGame, playTurn } from '../src/engine/game';
import { legalDecisions } from '../src/engine/game';
import { loadScenario } from '../src/engine/load';
import { randomGame } from '../src/engine/sim/randomPlayer';

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'scenarios', 'tutorial.json');
const loaded = (() => {
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
})();

function gamesPerSecond(seconds: number): { games: number; rate: number; turns: number } {
  let games = 0;
  let turns = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) {
      const s = randomGame(loaded, games, games * 7 + 1);
      turns += s.turnsPlayed;
      games++;
    }
  }
  return { games, rate: games / seconds, turns };
}

/** Time each public `playTurn` (copy-on-write, with report) over many random games. */
function turnTimes(samples: number): number[] {
  const times: number[] = [];
  let seed = 0;
  while (times.length < samples) {
    let state = createGame(loaded, seed++);
    while (!state.ending) {
      const legal = legalDecisions(loaded, state);
      const choice = legal.length > 0 ? [legal[(seed * 31 + state.turn) % legal.length]!] : [];
      const t0 = performance.now();
      const r = playTurn(loaded, state, { decisions: choice });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value.state;
    }
  }
  return times.sort((a, b) => a - b);
}

const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
gamesPerSecond(1); // warm-up
const g = gamesPerSecond(3);
turnTimes(2000);
const t = turnTimes(20000);
const rows: [string, string, string][] = [
  ['complete random games / s (1 core)', g.rate.toFixed(0), '≥ 20,000'],
  ['turns per game (mean)', (g.turns / g.games).toFixed(2), ''],
  ['playTurn median (ms)', q(t, 0.5).toFixed(4), ''],
  ['playTurn p99 (ms)', q(t, 0.99).toFixed(4), '< 1'],
  ['playTurn max (ms)', t[t.length - 1]!.toFixed(4), ''],
];
console.log(`engine benchmark: ${loaded.scenario.id} (${file})`);
console.log(`| measure | value | target |\n|---|---:|---|`);
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
