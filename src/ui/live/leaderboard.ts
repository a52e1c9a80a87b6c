/** The leaderboard once the facilitator reveals it: rank, team, score, how far each got. */
import { fmtNumber, t } from '../../i18n';
import { pick, type LoadedScenario } from '../../store';

import type { PublicRow } from '../../workshop';
import { html } from '../view';

export function leaderboardTable(rows: PublicRow[], loaded: LoadedScenario, lang: string, own: string | null = null) {
  const ending = (id: string | null) => {
    const e = id ? loaded.scenario.endings.find((x) => x.id === id) : null;
    return e ? pick(e.title, lang, loaded.scenario.locales) : '';
  };
  return html`<table class="table live-leaderboard" data-testid="live-leaderboard">
    <thead><tr><th scope="col">${t('live:board.rank')}</th><th scope="col">${t('live:board.team')}</th><th scope="col">${t('live:board.score')}</th><th scope="col">${t('live:board.turns')}</th><th scope="col">${t('live:board.ending')}</th></tr></thead>
    <tbody>${rows.map((r) => html`<tr class=${r.team === own ? 'is-own' : ''}><td class="mono">${r.rank}</td><th scope="row">${r.name}</th><td class="mono">${fmtNumber(r.overall)}</td><td class="mono">${r.turnsPlayed}</td><td>${ending(r.ending)}</td></tr>`)}</tbody>
  </table>`;
}
