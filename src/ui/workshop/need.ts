/**
 * A session whose scenario is not at hand (a custom scenario, on another machine or after its
 * text was lost): say which scenario it needs and let the facilitator pick or drop that file.
 */
import { t } from '../../i18n';
import { pick, type App } from '../../store';
import type { WorkshopStore } from '../../store';
import { dropZone, fileInput } from '../files';
import { iconOf } from '../iconView';
import { html, nothing } from '../view';
import { followView } from './follow';
import { readFile } from './intake';
import { confirmLeave } from './leave';

export function mountNeed(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const take = async (file: File) => {
    const text = await readFile(ws, file);
    if (text !== null) await ws.actions.supplyScenario(text, file.name);
  };
  const input = fileInput('ws-need-file-input', (file) => void take(file));
  const stopDrop = dropZone(document.body, (file) => void take(file));
  const view = followView(root, app, ws, (s, lang) => [s.needed, lang] as const, ([need, lang]) => {
    if (!need) return nothing;
    const title = need.title === null ? null : pick(need.title, lang);
    queueMicrotask(() => {
      if (!root.contains(document.activeElement)) root.querySelector<HTMLElement>('[data-testid="ws-need-choose"]')?.focus();
    });
    const cancel = need.kept
      ? html`<button class="btn btn-danger" data-testid="ws-need-forget" type="button" @click=${() => confirmLeave(root, app, ws)}>${t('workshop:ui.need.forget')}</button>`
      : html`<button class="btn" data-testid="ws-need-cancel" type="button" @click=${() => ws.actions.cancelNeeded()}>${t('workshop:ui.need.cancel')}</button>`;
    return html`<section class="ws-card ws-need" data-testid="ws-need" aria-labelledby="ws-need-heading">
      <p class="eyebrow">${t('workshop:ui.need.eyebrow')}</p>
      <h2 class="ws-need-heading" id="ws-need-heading">${t('workshop:ui.need.heading')}</h2>
      <p class="ws-need-body" data-testid="ws-need-scenario">${title === null ? t('workshop:ui.need.bodyNoTitle', { id: need.id }) : t('workshop:ui.need.body', { title, id: need.id })}</p>
      ${need.kept ? html`<p>${t('workshop:ui.need.kept')}</p>` : nothing}
      ${need.bundledOther ? html`<p>${t('workshop:ui.need.bundledOther')}</p>` : nothing}
      <p class="hint">${t('workshop:ui.need.ask')}</p>
      <dl class="ws-need-facts">
        ${need.file ? html`<dt>${t('workshop:ui.need.session')}</dt><dd class="mono">${need.file}</dd>` : nothing}
        <dt>${t('workshop:ui.need.fingerprint')}</dt>
        <dd class="mono" data-testid="ws-need-hash">${need.hash}</dd>
      </dl>
      <div class="row ws-need-actions">
        <button class="btn btn-primary btn-large" data-testid="ws-need-choose" type="button" @click=${() => input.click()}>${iconOf('upload')}<span>${t('workshop:ui.need.choose')}</span></button>
        <span class="hint">${t('workshop:ui.need.drop')}</span>
        ${cancel}
      </div>
      ${input}
    </section>`;
  });
  return () => {
    view.stop();
    stopDrop();
  };
}
