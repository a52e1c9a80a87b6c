/** What went wrong, told to the facilitator: a refused action, a file that cannot be opened (located), a save the browser refused. */
import { has, t, tDynamic } from '../../i18n';
import { ASIDE_FILES, browserStorage, readAside, type App, type WorkshopProblem, type WorkshopStore } from '../../store';
import { download } from '../files';
import { iconOf } from '../iconView';
import { html, nothing, type TemplateResult } from '../view';
import { followView } from './follow';

const UI_CODES: Record<string, string> = { 'need-other': 'workshop:ui.error.needOther', 'need-version': 'workshop:ui.error.needVersion', unreadable: 'workshop:ui.error.unreadable' };

/** The problem's sentences, in order: what could not be opened, why, where. */
function sentences(problem: WorkshopProblem): TemplateResult[] {
  const params = problem.params ?? {};
  const ui = UI_CODES[problem.code];
  const out: TemplateResult[] = [];
  if (problem.kept) out.push(html`<p class="ws-problem-lead">${t('workshop:ui.error.kept')}</p>`);
  else if (problem.file !== undefined && !ui) out.push(html`<p class="ws-problem-lead">${t('workshop:ui.error.file', { file: problem.file })}</p>`);
  // A replayed event that no longer applies: which one first, then the core's reason.
  if (typeof params.event === 'number') out.push(html`<p>${t('workshop:ui.error.event', { event: params.event })}</p>`);
  const key = ui ?? (has(`workshop:error.${problem.code}`) ? `workshop:error.${problem.code}` : 'workshop:error.bad-event');
  out.push(html`<p>${tDynamic(key, params)}</p>`);
  if (params.reason === 'json') out.push(html`<p>${t('workshop:ui.error.json')}</p>`);
  if (problem.line !== undefined) {
    const pointer = problem.pointer ? html`<span class="muted">${` (${problem.pointer})`}</span>` : nothing;
    out.push(html`<p class="mono ws-where" data-testid="ws-problem-where">${`${problem.file ?? ''}:${problem.line}:${problem.col ?? 1}`}${pointer}</p>`);
  }
  if (problem.detail) out.push(html`<p class="muted ws-detail">${problem.detail}</p>`);
  const aside = problem.kept ? readAside(browserStorage(), 'workshop') : null;
  if (aside !== null) out.push(html`<p><button class="btn" data-testid="ws-download-aside" @click=${() => download(ASIDE_FILES.workshop, aside)}>${t('common:aside.downloadWorkshop')}</button></p>`);
  return out;
}

export function mountProblem(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const view = followView(root, app, ws, (s, lang) => [s.problem, s.unsaved, lang] as const, ([problem, unsaved]) => {
    const shown = problem
      ? html`<div class="ws-problem" data-testid="ws-problem" role="alert">${iconOf('alert')}<div>${sentences(problem)}</div><button class="btn" data-testid="ws-problem-close" @click=${() => ws.actions.dismissProblem()}>${iconOf('close')}<span class="sr-only">${t('workshop:ui.close')}</span></button></div>`
      : nothing;
    return html`${shown}${unsaved ? html`<p class="ws-problem" role="status">${iconOf('alert')}${t('workshop:ui.error.unsaved')}</p>` : nothing}`;
  });
  return () => view.stop();
}
