/** During a replay: which file, which turn, and the way to take over the game. */
import { t } from '../../i18n';
import type { App } from '../../store';
import { h } from '../dom';
import { icon } from '../icons';
import { watch } from '../watch';

/** The replay banner above the map. */
export function mountReplayBanner(root: HTMLElement, app: App): () => void {
  return watch(app.store, (s) => [s.language, s.session?.replay, s.session?.state] as const, ([, replay, state]) => {
    if (!replay || !state) return root.replaceChildren();
    root.replaceChildren(
      h(
        'div',
        { class: 'banner banner-info', testid: 'replay-banner' },
        icon('history'),
        h('p', null, t('game:replay.banner', { file: replay.file, turn: Math.min(state.turnsPlayed + 1, replay.log.turns.length), total: replay.log.turns.length })),
        state.ending ? null : h('button', { class: 'btn', testid: 'take-over', on: { click: () => app.actions.takeOver() } }, t('game:replay.takeOver')),
      ),
    );
  });
}
