/**
 * `node --cpu-prof --import tsx bench/profileGames.ts FILE [GAMES]`: random games only, for profiling
 * and quick comparisons. Prints games per second of wall time and per second of this process's CPU
 * time (steadier when the machine is shared).
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/engine/load';
import { randomGame } from '../src/engine/sim/randomPlayer';

const file = process.argv[2] ?? 'scenarios/la-poste-ddos.json';
const total = Number(process.argv[3] ?? 50_000);
const r = loadScenario(readFileSync(file, 'utf8'), file);
if (!r.ok) throw new Error('invalid scenario');
for (let i = 0; i < 2000; i++) randomGame(r.value, -i, i); // warm-up
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let g = 0; g < total; g++) randomGame(r.value, g, g * 7 + 1);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${file}: ${Math.round(total / wall)} games/s wall, ${Math.round(total / cpuSeconds)} games/s cpu`);
