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
