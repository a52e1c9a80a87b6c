/** The browser-side measurements of `npm run bench:web`, each on its own page driven like a player. */
import type { Browser, Page } from 'playwright';

/**
 * Milliseconds from navigation start until the page is ready, in a fresh context, with the CPU
 * slowed `throttle` times (Chrome DevTools Protocol), and the scripts fetched by then.
 */
export async function coldLoad(browser: Browser, url: string, kind: 'app' | 'blank', throttle = 1): Promise<{ ms: number; scripts: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await ctx.newPage();
  if (throttle > 1) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });

  if (kind === 'app') {
    // The title is interactive when its "new game" button is in the document.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="new-game"]')) {
          (window as unknown as { __ready?: number }).__ready = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
  const ms = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  // The scripts asked for before the page was ready, from the page's own resource timings.
  const scripts = await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.startTime <= ${ms} && /\\.m?js$/.test(new URL(e.name).pathname)).map((e) => new URL(e.name).pathname)`) as string[];
  await ctx.close();
  return { ms, scripts };
}

/** Frames per second over `ms`, counted with requestAnimationFrame (a string: tsx would add `__name` to a named closure). */
function fps(page: Page, ms: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - start < ${ms}) requestAnimationFrame(tick);
      else resolve(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(tick);
  })`) as Promise<number>;
}

/** One turn of play: the first open decision, end the turn, wait for the report. */
async function endTurn(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await page.getByTestId('end-turn').click();
  await page.getByTestId('turn-report').waitFor({ state: 'visible' });
}

/**
 * In the flagship's ops room: fps while the new turn's injects arrive and the map animates (just after
 * closing a turn report), and the longest task seen while each turn resolves.
 */
export async function opsRoom(browser: Browser, base: string, turns: number): Promise<{ fps: number[]; longest: number[]; atLoad: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/?scenario=la-poste-ddos&lang=en&seed=5`);
  await page.getByTestId('start-game').click();
  await page.getByTestId('end-turn').waitFor();
  await page.waitForTimeout(1500); // let the first scene settle: this is about steady play, not loading
  // Loading Phaser and the engine usually makes long tasks: seeing them shows the observer works.
  const atLoad = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  const out = { fps: [] as number[], longest: [] as number[], atLoad };
  for (let i = 0; i < turns; i++) {
    await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
    await endTurn(page);
    await page.waitForTimeout(300);
    out.longest.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long)));
    await page.getByTestId('close-report').click();
    out.fps.push(await fps(page, 2000));
  }
  await ctx.close();
  return out;
}

/** JS heap (MB, after forced GC) in the ops room of game 1 and at the debrief of game `games`, in one page. */
export async function heapOverGames(browser: Browser, base: string, games: number): Promise<{ start: number; end: number; turns: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  await page.goto(`${base}/?scenario=tutorial&lang=en&seed=1`);
  await page.getByTestId('start-game').click();
  await page.getByTestId('end-turn').waitFor();
  await page.waitForTimeout(1000);
  const start = await heap();
  let turns = 0;
  for (let g = 1; g <= games; g++) {
    if (g > 1) {
      await page.getByTestId('play-again').click();
      await page.getByTestId('start-game').click();
    }
    for (;;) {
      await page.getByTestId('end-turn').or(page.getByTestId('debrief')).first().waitFor();
      if (await page.getByTestId('debrief').isVisible()) break;
      await endTurn(page);
      await page.getByTestId('close-report').click();
      turns++;
    }
  }
  await page.waitForTimeout(1000);
  const end = await heap();
  await ctx.close();
  return { start, end, turns };
}

/** Issue 16: la-poste-ddos's missed-chances search and one rewind replay, timed by the bench page in Chromium. */
export async function rewindTimes(browser: Browser, url: string): Promise<Record<string, { turns: number; missed: number; rewind: number; tried: number; candidates: number }>> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __rewind?: unknown }).__rewind !== undefined, undefined, { timeout: 120_000 });
  const out = await page.evaluate(() => (window as unknown as { __rewind: Record<string, { turns: number; missed: number; rewind: number; tried: number; candidates: number }> }).__rewind);
  await ctx.close();
  return out;
}
