/** The screen sizes people bring, and what a person on one of them would trip over. */
import type { Page } from '@playwright/test';

export const SIZES = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'phone-landscape', width: 844, height: 390, touch: true },
  { name: 'tablet', width: 768, height: 1024, touch: true },
  { name: 'laptop', width: 1366, height: 768, touch: false },
  { name: 'projector', width: 1920, height: 1080, touch: false },
] as const;

/** What a person on this screen would trip over: overflow, controls past the edge, tiny targets. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) out.push(`page ${document.documentElement.scrollWidth}px wide on a ${vw}px screen`);
    const name = (el: Element) => (el as HTMLElement).dataset.testid ?? `${el.tagName.toLowerCase()}.${el.className}`;
    for (const el of document.querySelectorAll('button, select, input, [role="tab"], a[href]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('[hidden], dialog:not([open])')) continue;
      if (el instanceof HTMLInputElement && el.type === 'file') continue;
      if (r.left < -1 || r.right > vw + 1) out.push(`${name(el)} cut off (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
      if (el.closest('.inject-body, .prose')) continue; // links inside prose are text
      // A checkbox or radio is tapped through its label too: the target is the two together.
      const box = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.labels?.[0] ? el.labels[0].getBoundingClientRect() : null;
      const height = box ? Math.max(r.bottom, box.bottom) - Math.min(r.top, box.top) : r.height;
      const width = box ? Math.max(r.right, box.right) - Math.min(r.left, box.left) : r.width;
      if (height < 43.5 || width < 43.5) out.push(`${name(el)} is ${Math.round(width)}x${Math.round(height)}`);
    }
    return out;
  });
}

/** Elements matching `selector` whose visible text runs over more than one line (a tab label that wraps) or past their box. */
export async function wrappedLabels(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.getClientRects().length === 0) continue;
      // Every visible piece of text (text read only by screen readers aside), as line boxes.
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim() || n.parentElement?.closest('.sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      // Boxes whose middles are more than half a line apart are on different lines.
      const middles = boxes.map((r) => r.top + r.height / 2).sort((a, b) => a - b);
      const half = Math.min(...boxes.map((r) => r.height)) / 2;
      const lines = middles.filter((m, i) => i === 0 || m - middles[i - 1]! > half).length;
      if (lines > 1) out.push(`${el.dataset.testid ?? el.textContent} wraps over ${lines} lines`);
      // Kept on one line by force, it must still fit.
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.dataset.testid ?? el.textContent} overflows (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    return out;
  }, selector);
}

/**
 * Metric cards that do not line up: within a card, the gauge and the trend line must span the
 * same width; across cards side by side in one row, the gauges must sit at the same height.
 */
export async function misalignedCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const cards = [...document.querySelectorAll<HTMLElement>('.metric')].filter((c) => c.getClientRects().length > 0);
    const gauges = cards.map((c) => c.querySelector('.gauge')!.getBoundingClientRect());
    cards.forEach((card, i) => {
      const g = gauges[i]!;
      const s = card.querySelector('.sparkline')!.getBoundingClientRect();
      if (Math.abs(s.left - g.left) > 1.5 || Math.abs(s.right - g.right) > 1.5) {
        out.push(`${card.dataset.testid}: trend ${Math.round(s.left)}..${Math.round(s.right)}, gauge ${Math.round(g.left)}..${Math.round(g.right)}`);
      }
      cards.forEach((other, j) => {
        if (j <= i) return;
        const sameRow = Math.abs(other.getBoundingClientRect().top - card.getBoundingClientRect().top) < 1.5;
        if (sameRow && Math.abs(gauges[j]!.top - g.top) > 1.5) out.push(`${card.dataset.testid} and ${other.dataset.testid}: gauges at ${Math.round(g.top)} and ${Math.round(gauges[j]!.top)}`);
      });
    });
    return out;
  });
}

/** Tables wider than the box that shows them (cut off, or hidden behind a sideways scroll) or than the screen. */
export async function tablesCut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll<HTMLElement>('table')) {
      if (table.getClientRects().length === 0 || table.closest('[hidden]')) continue;
      const r = table.getBoundingClientRect();
      const name = table.dataset.testid ?? table.closest<HTMLElement>('[data-testid]')?.dataset.testid ?? 'table';
      if (r.right > vw + 1 || r.left < -1) out.push(`${name} runs past the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
      for (let box = table.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX === 'visible') continue;
        if (box.scrollWidth > box.clientWidth + 1) out.push(`${name} is ${box.scrollWidth - box.clientWidth} px wider than its box`);
        break;
      }
    }
    return out;
  });
}
