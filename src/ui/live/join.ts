/** Joining a live workshop: type the room code (or open a link), then pick your team. */
import { t } from '../../i18n';
import { isCode, lastCode, normaliseCode, browserStorage, type App, type LiveStore } from '../../store';
import { iconOf } from '../iconView';
import { html, nothing, repeat } from '../view';
import { followView } from '../workshop/follow';
import { problemText } from './problems';

export function mountJoin(root: HTMLElement, app: App, live: LiveStore, initial: string | null): () => void {
  let typed = initial ?? '';
  const back = lastCode(browserStorage());
  const submit = (e: Event) => {
    e.preventDefault();
    const code = normaliseCode(typed);
    if (isCode(code)) void live.actions.lookUp(code);
  };
  const view = followView(root, app, live, (s, lang) => [s.lobby, s.problem, s.status, s.creating, lang] as const, ([lobby, problem, status, creating]) => {
    if (creating)
      return html`<section class="live-card" aria-labelledby="live-create-heading" data-testid="live-creating">
        <h2 id="live-create-heading">${problem ? t('live:create.failed') : t('live:create.creating')}</h2>
        ${problem ? html`<p class="live-problem" role="alert" data-testid="live-problem">${iconOf('alert')}<span>${problemText(problem.code)}</span></p><p class="hint">${t('live:create.hint')}</p>` : html`<p class="muted" role="status">${t('live:screen.loading')}</p>`}
        ${problem ? html`<div class="row"><button class="btn btn-primary" data-testid="live-back-setup" @click=${() => void live.actions.leave().then(() => app.actions.goTo('workshop'))}>${t('live:create.back')}</button></div>` : nothing}
      </section>`;
    if (lobby)
      return html`<section class="live-card" aria-labelledby="live-pick-heading" data-testid="live-lobby">
        <h2 id="live-pick-heading">${t('live:join.pick', { code: lobby.code })}</h2>
        ${lobby.teams.length === 0
          ? html`<p class="muted">${t('live:join.looking')}</p>`
          : html`<ul class="live-team-pick">${repeat(lobby.teams, (x) => x.id, (x) => html`<li><button class="btn btn-large" data-testid=${`live-pick-${x.id}`} @click=${() => void live.actions.joinTeam(lobby.code, x.id)}>${iconOf('customer')}<span>${x.name}</span></button></li>`)}</ul>`}
        <button class="btn" data-testid="live-pick-back" @click=${() => void live.actions.leave()}>${t('live:join.other')}</button>
      </section>`;
    const valid = isCode(normaliseCode(typed));
    return html`<form class="live-card" aria-labelledby="live-join-heading" data-testid="live-join" @submit=${submit} novalidate>
      <h2 id="live-join-heading">${t('live:join.heading')}</h2>
      <p class="hint">${t('live:join.intro')}</p>
      <label for="live-code">${t('live:join.code')}</label>
      <input class="input live-code-input mono" id="live-code" data-testid="live-code" .value=${typed} autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12"
        aria-describedby="live-code-hint" @input=${(e: Event) => ((typed = (e.target as HTMLInputElement).value), view.refresh())} />
      <p class="hint" id="live-code-hint">${t('live:join.codeHint')}</p>
      ${problem ? html`<p class="live-problem" role="alert" data-testid="live-problem">${iconOf('alert')}<span>${problemText(problem.code)}</span></p>` : nothing}
      <div class="row">
        <button class="btn btn-primary btn-large" type="submit" data-testid="live-join-submit" ?disabled=${!valid || status === 'connecting'}>${iconOf('play')}<span>${t('live:join.submit')}</span></button>
        ${back && back !== normaliseCode(typed) ? html`<button class="btn btn-large" type="button" data-testid="live-back-to" @click=${() => void live.actions.resume(back)}>${t('live:join.backTo', { code: back })}</button>` : nothing}
      </div>
    </form>`;
  });
  return () => view.stop();
}
