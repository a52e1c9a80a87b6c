/** What went wrong, told to the facilitator: a refused action, a file that cannot be opened, a save the browser refused. */
import { has } from '../../i18n';
import type { App } from '../../store';
import type { WorkshopStore } from '../../store/workshop';
import { h } from '../dom';
import { icon } from '../icons';
import { follow } from './follow';
import { wt } from './text';

export function mountProblem(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  return follow(app, ws, (s, lang) => [s.problem, s.unsaved, lang] as const, ([problem, unsaved]) => {
    const parts: HTMLElement[] = [];
    if (problem) {
      const key = problem.code === 'scenario-missing' ? 'ui.error.scenarioMissing' : has(`workshop:error.${problem.code}`) ? `error.${problem.code}` : 'error.bad-event';
      parts.push(
        h(
          'div',
          { class: 'ws-problem', testid: 'ws-problem', attrs: { role: 'alert' } },
          icon('alert'),
          h('div', null, h('p', null, wt(key, problem.params ?? {})), problem.detail ? h('p', { class: 'muted ws-detail' }, problem.detail) : null),
          h('button', { class: 'btn', testid: 'ws-problem-close', on: { click: () => ws.actions.dismissProblem() } }, icon('close'), h('span', { class: 'sr-only' }, wt('ui.close'))),
        ),
      );
    }
    if (unsaved) parts.push(h('p', { class: 'ws-problem', attrs: { role: 'status' } }, icon('alert'), wt('ui.error.unsaved')));
    root.replaceChildren(...parts);
  });
}
