/** The inject feed: cards by channel, newest first, the full text readable and selectable. */
import { fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { h, paragraphs } from '../dom';
import { icon, type IconName } from '../icons';
import { watch } from '../watch';

function card(s: Session, index: number, lang: string): HTMLElement {
  const f = s.state.feed[index]!;
  const sc = s.loaded.scenario;
  const inject = sc.injects.find((x) => x.id === f.inject);
  const when = s.timeline[f.turn - 1] ?? s.clock;
  const isNew = f.turn === s.state.turn && !s.state.ending;
  const channel = inject?.channel ?? 'staff';
  return h(
    'li',
    null,
    h(
      'article',
      { class: `inject channel-${channel}${isNew ? ' inject-new' : ''}`, testid: `inject-${f.inject}`, attrs: { 'data-channel': channel, 'data-turn': f.turn, 'aria-labelledby': `inject-title-${index}` } },
      h(
        'header',
        { class: 'inject-head' },
        icon(channel as IconName, 'icon icon-channel'),
        h('span', { class: 'inject-channel' }, t(`common:channel.${channel}`)),
        h('span', { class: 'inject-time mono' }, t('game:feed.at', { time: fmtTime(when.iso, offsetOf(sc.clock.start)), turn: f.turn })),
        isNew ? h('span', { class: 'badge badge-new' }, t('game:feed.new')) : null,
        f.via === 'released' ? h('span', { class: 'badge' }, t('game:feed.released')) : null,
      ),
      h('h3', { class: 'inject-title', attrs: { id: `inject-title-${index}` } }, inject ? pick(inject.title, lang, sc.locales) : f.inject),
      inject ? paragraphs(pick(inject.body, lang, sc.locales), 'prose inject-body') : null,
    ),
  );
}

/** The inject feed panel. */
export function mountFeed(root: HTMLElement, app: App): () => void {
  const heading = h('h2', { class: 'panel-title', attrs: { id: 'feed-heading' } });
  const count = h('span', { class: 'muted panel-count' });
  const list = h('ol', { class: 'feed-list', testid: 'inject-feed', attrs: { 'aria-labelledby': 'feed-heading', reversed: true } });
  root.replaceChildren(h('div', { class: 'panel-head' }, heading, count), list);
  let shown: { lang: string; loaded: unknown; count: number } = { lang: '', loaded: null, count: 0 };
  return watch(app.store, (s) => [s.language, s.session?.state.feed] as const, ([lang, feed]) => {
    const s = app.store.getState().session;
    if (!s || !feed) return;
    heading.textContent = t('game:feed.heading');
    count.textContent = t('game:feed.count', { count: feed.length });
    const cards: HTMLElement[] = [];
    // Same game and language, more messages: only the new cards are built, the older ones lose their "new" mark.
    const grow = shown.lang === lang && shown.loaded === s.loaded && feed.length >= shown.count && shown.count > 0;
    const from = grow ? shown.count : 0;
    for (let i = feed.length - 1; i >= from; i--) cards.push(card(s, i, lang));
    if (grow) {
      for (const old of list.querySelectorAll('.inject-new')) {
        const turn = Number((old as HTMLElement).dataset.turn);
        if (turn !== s.state.turn || s.state.ending) {
          old.classList.remove('inject-new');
          old.querySelector('.badge-new')?.remove();
        }
      }
      list.prepend(...cards);
    } else {
      list.replaceChildren(...cards);
      if (cards.length === 0) list.append(h('li', { class: 'muted empty' }, t('game:feed.empty')));
    }
    if (grow && cards.length > 0) list.querySelector('.empty')?.remove();
    shown = { lang, loaded: s.loaded, count: feed.length };
  }, { defer: true, label: 'feed' });
}
