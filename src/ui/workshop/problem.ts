/** What went wrong, told to the facilitator: a refused action, a file that cannot be opened (located), a save the browser refused. */
import { has, t } from '../../i18n';
import { ASIDE_FILES, browserStorage, readAside, type App } from '../../store';
import { download } from '../files';
import type { WorkshopProblem, WorkshopStore } from '../../store/workshop';
import { h } from '../dom';
import { icon } from '../icons';
import { follow } from './follow';
import { wt } from './text';

const UI_CODES: Record<string, string> = { 'need-other': 'ui.error.needOther', 'need-version': 'ui.error.needVersion', unreadable: 'ui.error.unreadable' };

/** The problem's sentences, in order: what could not be opened, why, where. */
function sentences(problem: WorkshopProblem): HTMLElement[] {
  const params = problem.params ?? {};
  const ui = UI_CODES[problem.code];
  const out: HTMLElement[] = [];
  if (problem.kept) out.push(h('p', { class: 'ws-problem-lead' }, wt('ui.error.kept')));
  else if (problem.file !== undefined && !ui) out.push(h('p', { class: 'ws-problem-lead' }, wt('ui.error.file', { file: problem.file })));
  // A replayed event that no longer applies: which one first, then the core's reason.
  if (typeof params.event === 'number') out.push(h('p', null, wt('ui.error.event', { event: params.event })));
  const key = ui ?? (has(`workshop:error.${problem.code}`) ? `error.${problem.code}` : 'error.bad-event');
  out.push(h('p', null, wt(key, params)));
  if (params.reason === 'json') out.push(h('p', null, wt('ui.error.json')));
  if (problem.line !== undefined) {
    out.push(
      h('p', { class: 'mono ws-where', testid: 'ws-problem-where' }, `${problem.file ?? ''}:${problem.line}:${problem.col ?? 1}`, problem.pointer ? h('span', { class: 'muted' }, ` (${problem.pointer})`) : null),
    );
  }
  if (problem.detail) out.push(h('p', { class: 'muted ws-detail' }, problem.detail));
  const aside = problem.kept ? readAside(browserStorage(), 'workshop') : null;
  if (aside !== null) out.push(h('p', null, h('button', { class: 'btn', testid: 'ws-download-aside', on: { click: () => download(ASIDE_FILES.workshop, aside) } }, t('aside.downloadWorkshop'))));
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
          h('button', { class: 'btn', testid: 'ws-problem-close', on: { click: () => ws.actions.dismissProblem() } }, icon('close'), h('span', { class: 'sr-only' }, wt('ui.close'))),
        ),
      );
    }
    if (unsaved) parts.push(h('p', { class: 'ws-problem', attrs: { role: 'status' } }, icon('alert'), wt('ui.error.unsaved')));
    root.replaceChildren(...parts);
  });
}
