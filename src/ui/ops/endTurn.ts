/** The foot of the decisions column: what is chosen, what it costs, and "end turn" (or "next turn" in a replay). */
import { fmtMoney, t } from '../../i18n';
import type { App } from '../../store';
import { h } from '../dom';
import { icon } from '../icons';
import { decisionTitle } from '../names';
import { watch } from '../watch';

/** The end-turn bar. */
export function mountEndTurn(root: HTMLElement, app: App): () => void {
  const summary = h('p', { class: 'chosen-summary', testid: 'chosen-summary', attrs: { 'aria-live': 'polite' } });
  const button = h('button', { class: 'btn btn-primary btn-large btn-end', testid: 'end-turn', on: { click: () => app.actions.endTurn() } }, icon('play'), h('span', null));
  const hint = h('p', { class: 'hint keys-hint' });
  root.replaceChildren(summary, button, hint);
  return watch(app.store, (s) => [s.language, s.session?.chosen, s.session?.state, s.session?.replay] as const, ([lang]) => {
    const s = app.store.getState().session;
    if (!s) return;
    const names = s.chosen.map((id) => decisionTitle(s.loaded, id, lang));
    summary.textContent = names.length ? t('game:endTurn.chosen', { count: names.length, staff: t('common:units.staff', { count: s.pending.staff }), budget: fmtMoney(s.pending.budget) }) : t('game:endTurn.nothing');
    summary.title = names.join(' → ');
    const replayOver = s.replay !== null && s.state.turnsPlayed >= s.replay.log.turns.length;
    button.lastElementChild!.textContent = s.replay ? t('game:endTurn.replayNext', { turn: s.state.turn }) : t('game:endTurn.button', { turn: s.state.turn });
    button.disabled = s.state.ending !== null || replayOver;
    hint.textContent = s.replay ? (replayOver ? t('game:replay.over') : '') : t('game:endTurn.keys');
  }, { defer: true, label: 'end-turn' });
}
