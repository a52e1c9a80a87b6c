/** The foot of the decisions column: what is chosen, what it costs, and "end turn" (or "next turn" in a replay). */
import { fmtMoney, t } from '../../i18n';
import type { App } from '../../store';
import { iconOf } from '../iconView';
import { decisionTitle } from '../names';
import { html, mountView, nothing } from '../view';

/** The end-turn bar. */
export function mountEndTurn(root: HTMLElement, app: App): () => void {
  return mountView(
    root,
    app.store,
    (s) => [s.language, s.session?.chosen, s.session?.state, s.session?.replay] as const,
    ([lang]) => {
      const s = app.store.getState().session;
      if (!s) return nothing;
      const names = s.chosen.map((id) => decisionTitle(s.loaded, id, lang));
      const replayOver = s.replay !== null && s.state.turnsPlayed >= s.replay.log.turns.length;
      const summary = names.length
        ? t('game:endTurn.chosen', { count: names.length, staff: t('common:units.staff', { count: s.pending.staff }), budget: fmtMoney(s.pending.budget) })
        : t('game:endTurn.nothing');
      return html`<p class="chosen-summary" data-testid="chosen-summary" aria-live="polite" title=${names.join(' → ')}>${summary}</p>
        <button class="btn btn-primary btn-large btn-end" data-testid="end-turn" ?disabled=${s.state.ending !== null || replayOver} @click=${() => app.actions.endTurn()}>
          ${iconOf('play')}<span>${s.replay ? t('game:endTurn.replayNext', { turn: s.state.turn }) : t('game:endTurn.button', { turn: s.state.turn })}</span>
        </button>
        <p class="hint keys-hint">${s.replay ? (replayOver ? t('game:replay.over') : '') : t('game:endTurn.keys')}</p>`;
    },
    { defer: true, label: 'end-turn' },
  );
}
