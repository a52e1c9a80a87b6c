/** The loading bar: engine, scenarios, graphics — thin, at the top, never blocking the page. */
import { t } from '../i18n';
import type { App } from '../store';
import { h } from './dom';
import { watch } from './watch';

/** The thin loading bar at the top of the page. */
export function mountLoading(root: HTMLElement, app: App): () => void {
  const fill = h('span', { class: 'loading-fill' });
  const label = h('span', { class: 'loading-label' });
  const bar = h('div', { class: 'loading', testid: 'loading', attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 } }, fill, label);
  root.append(bar);
  return watch(app.store, (s) => [s.language, s.loading?.step, s.loading?.progress] as const, ([, step, progress]) => {
    bar.hidden = step === undefined;
    if (step === undefined) return;
    const pct = Math.round((progress ?? 0) * 100);
    fill.style.width = `${pct}%`;
    label.textContent = t(`common:loading.${step}`);
    bar.setAttribute('aria-valuenow', String(pct));
    bar.setAttribute('aria-label', label.textContent);
  });
}
