/** What went wrong, told to the facilitator: a refused action, a file that cannot be opened (located), a save the browser refused. */
import { has, t, tDynamic } from '../../i18n';
import { ASIDE_FILES, browserStorage, readAside, type App, type WorkshopProblem, type WorkshopStore } from '../../store';
import { download } from '../files';
import { h } from '../dom';
import { icon } from '../icons';
import { follow } from './follow';

const UI_CODES: Record<string, string> = { 'need-other': 'workshop:ui.error.needOther', 'need-version': 'workshop:ui.error.needVersion', unreadable: 'workshop:ui.error.unreadable' };

/** The problem's sentences, in order: what could not be opened, why, where. */
function sentences(problem: WorkshopProblem): HTMLElement[] {
  const params = problem.params ?? {};
  const ui = UI_CODES[problem.code];
  const out: HTMLElement[] = [];
  if (problem.kept) out.push(h('p', { class: 'ws-problem-lead' }, t('workshop:ui.error.kept')));
  else if (problem.file !== undefined && !ui) out.push(h('p', { class: 'ws-problem-lead' }, t('workshop:ui.error.file', { file: problem.file })));
  // A replayed event that no longer applies: which one first, then the core's reason.
  if (typeof params.event === 'number') out.push(h('p', null, t('workshop:ui.error.event', { event: params.event })));
  const key = ui ?? (has(`workshop:error.${problem.code}`) ? `workshop:error.${problem.code}` : 'workshop:error.bad-event');
  out.push(h('p', null, tDynamic(key, params)));
  if (params.reason === 'json') out.push(h('p', null, t('workshop:ui.error.json')));
  if (problem.line !== undefined) {
    out.push(
      h('p', { class: 'mono ws-where', testid: 'ws-problem-where' }, `${problem.file ?? ''}:${problem.line}:${problem.col ?? 1}`, problem.pointer ? h('span', { class: 'muted' }, ` (${problem.pointer})`) : null),
    );
  }
  if (problem.detail) out.push(h('p', { class: 'muted ws-detail' }, problem.detail));
  const aside = problem.kept ? readAside(browserStorage(), 'workshop') : null;
  if (aside !== null) out.push(h('p', null, h('button', { class: 'btn', testid: 'ws-download-aside', on: { click: () => download(ASIDE_FILES.workshop, aside) } }, t('common:aside.downloadWorkshop'))));
  return out;
}

export function mountProblem(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  return follow(app, ws, (s, lang) => [s.problem, s.unsaved, lang] as const, ([problem, unsaved]) => {
    const parts: HTMLElement[] = [];
    if (problem) {
      parts.push(
        h(
          'div',
          { class: 'ws-problem', testid: 'ws-problem', attrs: { role: 'alert' } },
          icon('alert'),
          h('div', null, sentences(problem)),
          h('button', { class: 'btn', testid: 'ws-problem-close', on: { click: () => ws.actions.dismissProblem() } }, icon('close'), h('span', { class: 'sr-only' }, t('workshop:ui.close'))),
        ),
      );
    }
    if (unsaved) parts.push(h('p', { class: 'ws-problem', attrs: { role: 'status' } }, icon('alert'), t('workshop:ui.error.unsaved')));
    root.replaceChildren(...parts);
  });
}
