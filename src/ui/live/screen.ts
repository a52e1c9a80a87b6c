/**
 * The live screen: the join form (and the team pick), then the view of this device's role —
 * team, console or projector — with a line saying when the connection is coming back or lost.
 */
import { t } from '../../i18n';
import type { App, LiveLink, LiveRole } from '../../store';
import { h } from '../dom';
import { iconOf } from '../iconView';
import { html, nothing } from '../view';
import { Disposer } from '../watch';
import { followView } from '../workshop/follow';
import { mountConsole } from './console';
import { liveOf } from './instance';
import { mountJoin } from './join';
import { mountProjector } from './projector';
import { problemText } from './problems';
import { mountTeam } from './team';
import { registerWorkshopStrings } from '../../i18n/bundles/workshop';

const ROLES: Record<LiveRole, typeof mountTeam> = { team: mountTeam, facilitator: mountConsole, projector: mountProjector };

export function mountLiveScreen(root: HTMLElement, app: App, link: LiveLink | null): () => void {
  registerWorkshopStrings();
  const d = new Disposer();
  const live = liveOf(app);
  const bar = h('div', { class: 'live-bar' });
  const body = h('div', { class: 'live-body' });
  root.replaceChildren(bar, body);

  const barView = followView(bar, app, live, (s, lang) => [s.status, s.role, s.problem, s.refusal, lang] as const, ([status, role, problem, refusal]) => {
    const leave = html`<button class="btn" data-testid="live-leave" @click=${() => void live.actions.leave().then(() => app.actions.quitToTitle())}>${iconOf('home')}<span>${t('live:screen.leave')}</span></button>`;
    const connection =
      status === 'reconnecting'
        ? html`<p class="live-connection is-reconnecting" role="status" data-testid="live-connection">${t('live:connection.reconnecting')}</p>`
        : role && status === 'closed'
          ? html`<p class="live-connection is-lost" role="alert" data-testid="live-connection">${problem ? problemText(problem.code) : t('live:connection.lost')}
              <button class="btn" data-testid="live-retry" @click=${() => void live.actions.resume(live.store.getState().code ?? '')}>${t('live:connection.retry')}</button></p>`
          : nothing;
    const refused = refusal
      ? html`<p class="live-refusal" role="alert" data-testid="live-refusal">${problemText(refusal.code)}<button class="btn btn-small" @click=${() => live.actions.dismissRefusal()}>${t('common:common.dismiss')}</button></p>`
      : nothing;
    return html`<div class="live-bar-row row">${leave}${connection}</div>${refused}`;
  });
  d.add(() => barView.stop());

  let unmount: (() => void) | null = null;
  let shown: LiveRole | 'join' | null = null;
  const pick = () => {
    const role = live.store.getState().role;
    const want = role ?? 'join';
    if (want === shown) return;
    unmount?.();
    shown = want;
    unmount = role ? ROLES[role](body, app, live) : mountJoin(body, app, live, link?.code ?? null);
  };
  pick();
  d.add(live.store.subscribe(pick));
  d.add(() => unmount?.());

  // A link opens straight into its room: a console with its key, a projector, a team device that kept its seat.
  const code = link?.code ?? null;
  const state = live.store.getState();
  if (code && state.code !== code) {
    if (link?.as === 'console' && link.key) void live.actions.adopt(code, link.key);
    else if (link?.as === 'projector') void live.actions.watch(code);
    else void live.actions.resume(code).then((ok) => ok || live.actions.lookUp(code));
  }
  return () => d.dispose();
}
