/** The ARIA live region: screen readers hear new injects and turn results. */

let region: HTMLElement | null = null;

/** Create the live region once, in the app shell. */
export function mountLiveRegion(parent: HTMLElement): HTMLElement {
  region = document.createElement('div');
  region.className = 'sr-only';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'false');
  region.dataset.testid = 'live-region';
  parent.appendChild(region);
  return region;
}

/** Announce lines of text (each becomes one message; old ones are trimmed). */
export function announce(...lines: string[]): void {
  if (!region) return;
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    region.appendChild(p);
  }
  while (region.childElementCount > 12) region.firstElementChild!.remove();
}
