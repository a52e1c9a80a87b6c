/** axe-core as every browser test runs it: after animations settle, so colours are read at rest. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERIOUS = ['serious', 'critical'];

/** Waits until no CSS animation or transition is running (a fade-in read mid-way fails colour contrast). */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    // An endless animation (a spinner) never finishes: wait only for those that end.
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    return Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });
}

interface AxeOptions {
  /** Only this part of the page. */
  include?: string;
  /** Only rules with these tags (default: every rule). */
  tags?: string[];
  /** Impacts that count (default: serious and critical). */
  impacts?: string[];
}

/** The violations that count, as readable lines: `rule (impact): targets`. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await settleAnimations(page);
  let builder = new AxeBuilder({ page });
  if (options.tags) builder = builder.withTags(options.tags);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const impacts = options.impacts ?? SERIOUS;
  return violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}
