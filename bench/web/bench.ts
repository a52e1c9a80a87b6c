/**
 * `npm run bench:web`: the production build in headless Chromium, against the targets.
 * Run by scripts/bench-web.sh after both builds (the product in dist/, the blank Phaser page
 * beside node_modules/.cache). Timings on a shared 2-core machine are noisy: medians, and say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { coldLoad, heapOverGames, opsRoom, rewindTimes } from './measures';
import { serve } from './server';
import { fixed as f, printTable, verdict } from './table';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const BLANK = join(ROOT, 'node_modules', '.cache', 'bench-web', 'blank');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GAMES = Number(process.env.BENCH_GAMES ?? 20);
/** The slow laptop: the CPU four times slower (Chrome DevTools Protocol). */
const THROTTLE = 4;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The entry script named by dist/index.html, gzipped (level 9), in kB. */
function firstScriptKb(): { name: string; kb: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const src = html.match(/<script[^>]*type="module"[^>]*src="([^"]+)"/)?.[1];
  if (!src) throw new Error('no module script in dist/index.html');
  const bytes = readFileSync(join(DIST, src.replace(/^\.?\//, '')));
  return { name: src, kb: gzipSync(bytes, { level: 9 }).length / 1024 };
}

const server = await serve({ '/blank/': BLANK, '/': DIST });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
try {
  const app: number[] = [];
  const blank: number[] = [];
  const appSlow: number[] = [];
  const blankSlow: number[] = [];
  let shipped: string[] = [];
  // Interleaved, so a burst of load from other work on the machine hits both pages alike.
  for (let i = 0; i < RUNS; i++) {
    const first = await coldLoad(browser, `${server.url}/`, 'app');
    app.push(first.ms);
    shipped = first.scripts;
    blank.push((await coldLoad(browser, `${server.url}/blank/blank-phaser.html`, 'blank')).ms);
    appSlow.push((await coldLoad(browser, `${server.url}/`, 'app', THROTTLE)).ms);
    blankSlow.push((await coldLoad(browser, `${server.url}/blank/blank-phaser.html`, 'blank', THROTTLE)).ms);
  }
  const shippedKb = shipped.reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path.replace(/^\//, ''))), { level: 9 }).length / 1024, 0);
  const script = firstScriptKb();
  const ops = await opsRoom(browser, server.url, 5);
  const heap = await heapOverGames(browser, server.url, GAMES);
  const rewind = await rewindTimes(browser, `${server.url}/blank/rewind-bench.html`);

  const appMs = median(app);
  const blankMs = median(blank);
  const ratio = appMs / blankMs;
  const slowMs = median(appSlow);
  const blankSlowMs = median(blankSlow);
  const fpsMin = Math.min(...ops.fps);
  const longest = Math.max(...ops.longest);
  const growth = heap.end - heap.start;
  const rows: string[][] = [
    ['Cold load to interactive title (median)', `${f(appMs)} ms`, '≤ 1000 ms', verdict(appMs <= 1000), `${RUNS} fresh contexts: ${app.map((x) => f(x)).join(', ')}`],
    ['Blank Phaser 4 page, same run (median)', `${f(blankMs)} ms`, '—', '—', blank.map((x) => f(x)).join(', ')],
    ['Title vs blank Phaser', `${f(ratio, 2)}×`, '≤ 0.7× (issue 17; was ≤ 1.3×)', verdict(ratio <= 0.7), ''],
    [`Cold load to interactive title, CPU ${THROTTLE}× slower (median)`, `${f(slowMs)} ms`, '≤ 1500 ms', verdict(slowMs <= 1500), appSlow.map((x) => f(x)).join(', ')],
    [`Blank Phaser 4 page, CPU ${THROTTLE}× slower (median)`, `${f(blankSlowMs)} ms`, '—', '—', `title vs blank, throttled: ${f(slowMs / blankSlowMs, 2)}×`],
    ['JavaScript fetched before the title is interactive, gzipped', `${f(shippedKb, 1)} kB`, '—', '—', `${shipped.length} scripts: ${shipped.map((x) => x.split('/').pop()).join(', ')}`],
    ['First script, gzipped', `${f(script.kb, 1)} kB`, '≤ 100 kB', verdict(script.kb <= 100), script.name],
    ['Ops room fps, injects arriving + map animating (worst of 5 turns)', f(fpsMin, 1), '≥ 55', verdict(fpsMin >= 55), `flagship; per turn: ${ops.fps.map((x) => f(x, 1)).join(', ')}`],
    ['Longest task while a turn resolves (worst of 5)', `${f(longest)} ms`, '≤ 50 ms', verdict(longest <= 50), `per turn: ${ops.longest.map((x) => f(x)).join(', ')} (0 = none); longest while the ops room loaded: ${f(ops.atLoad)} ms`],
    [`JS heap after ${GAMES} games in one page vs game 1`, `${growth >= 0 ? '+' : ''}${f(growth, 1)} MB`, '≤ 10 MB', verdict(growth <= 10), `${f(heap.start, 1)} → ${f(heap.end, 1)} MB after GC; ${heap.turns} turns`],
    ...Object.entries(rewind).flatMap(([game, r]) => [
      [`Missed-chances search, la-poste-ddos (${game} game, median of 5)`, `${f(r.missed)} ms`, '≤ 300 ms', verdict(r.missed <= 300), `${r.turns} turns; ${r.tried} of ${r.candidates} single-turn changes replayed; page thread (the product runs it in a worker)`],
      [`Rewind replay from turn 3, la-poste-ddos (${game} game, median of 15)`, `${f(r.rewind, 1)} ms`, '≤ 300 ms', verdict(r.rewind <= 300), 'branchFrom, later turns kept where legal'],
    ]),
  ];
  printTable('Measure', rows, 'Headless Chromium (software rendering) on a shared 2-core machine: repeat before trusting a single run.');
} finally {
  await browser.close();
  await server.close();
}
