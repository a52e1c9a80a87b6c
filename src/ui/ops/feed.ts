/** The inject feed: cards by channel, newest first, the full text readable and selectable. */
import { fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { iconOf } from '../iconView';
import type { IconName } from '../icons';
import { html, mountView, nothing, prose, repeat } from '../view';

function card(s: Session, index: number, lang: string) {
  const f = s.state.feed[index]!;
  const sc = s.loaded.scenario;
  const inject = sc.injects.find((x) => x.id === f.inject);
  const when = s.timeline[f.turn - 1] ?? s.clock;
  const isNew = f.turn === s.state.turn && !s.state.ending;
  const channel = inject?.channel ?? 'staff';
  return html`<li>
    <article class="inject channel-${channel}${isNew ? ' inject-new' : ''}" data-testid=${`inject-${f.inject}`} data-channel=${channel} data-turn=${f.turn}
      aria-labelledby=${`inject-title-${index}`}>
      <header class="inject-head">
        ${iconOf(channel as IconName, 'icon icon-channel')}
        <span class="inject-channel">${t(`common:channel.${channel}`)}</span>
        <span class="inject-time mono">${t('game:feed.at', { time: fmtTime(when.iso, offsetOf(sc.clock.start)), turn: f.turn })}</span>
        ${isNew ? html`<span class="badge badge-new">${t('game:feed.new')}</span>` : nothing}
        ${f.via === 'released' ? html`<span class="badge">${t('game:feed.released')}</span>` : nothing}
      </header>
      <h3 class="inject-title" id=${`inject-title-${index}`}>${inject ? pick(inject.title, lang, sc.locales) : f.inject}</h3>
      ${inject ? prose(pick(inject.body, lang, sc.locales), 'prose inject-body') : nothing}
    </article>
  </li>`;
}

/** The inject feed panel; cards are keyed by their place in the feed, so a new turn only adds the new ones. */
export function mountFeed(root: HTMLElement, app: App): () => void {
  return mountView(
    root,
    app.store,
    (s) => [s.language, s.session?.state.feed, s.session?.loaded] as const,
    ([lang, feed]) => {
      const s = app.store.getState().session;
      if (!s || !feed) return nothing;
      const newestFirst = feed.map((_, i) => feed.length - 1 - i);
      return html`<div class="panel-head">
          <h2 class="panel-title" id="feed-heading">${t('game:feed.heading')}</h2>
          <span class="muted panel-count">${t('game:feed.count', { count: feed.length })}</span>
        </div>
        <ol class="feed-list" data-testid="inject-feed" aria-labelledby="feed-heading" reversed>
          ${feed.length === 0 ? html`<li class="muted empty">${t('game:feed.empty')}</li>` : repeat(newestFirst, (i) => i, (i) => card(s, i, lang))}
        </ol>`;
    },
    { defer: true, label: 'feed' },
  );
}
