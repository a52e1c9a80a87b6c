/** A team device: its own game in the live room — injects, decisions, attribution, metrics, the last report — and one lock per turn. */
import { fmtMoney, t } from '../../i18n';
import { pick, type App, type LiveStore, type LoadedScenario } from '../../store';
import type { PlayerView } from '../../workshop';
import { iconOf } from '../iconView';
import { announce } from '../live';
import { html, nothing, prose } from '../view';
import { followView } from '../workshop/follow';
import { withClock } from './countdown';
import { leaderboardTable } from './leaderboard';
import { attributionPanel, decisionsPanel, feedPanel, metricsPanel, reportPanel } from './teamPanels';

function statusLine(v: PlayerView): string {
  if (v.game.ending || v.status === 'done') return t('live:team.over');
  if (v.phase === 'setup') return t('live:team.notStarted');
  if (v.phase === 'ended') return t('live:team.ended');
  if (v.phase === 'paused') return t('live:team.paused');
  if (v.status === 'locked') return t('live:team.locked', { locked: v.locks.locked, of: v.locks.of });
  return t('live:team.open', { locked: v.locks.locked, of: v.locks.of });
}

function lockBar(v: PlayerView, loaded: LoadedScenario, live: LiveStore) {
  const sc = loaded.scenario;
  const cost = v.draft.decisions.reduce(
    (sum, id) => {
      const d = sc.decisions.find((x) => x.id === id);
      return { staff: sum.staff + (d?.cost.staff ?? 0), budget: sum.budget + (d?.cost.budget ?? 0) };
    },
    { staff: 0, budget: 0 },
  );
  const canLock = v.status === 'open' && v.phase === 'running';
  return html`<div class="live-lockbar">
    <p class="mono live-pending" data-testid="live-pending">${t('workshop:ui.seat.pending', { count: v.draft.decisions.length, staff: v.game.staffLeft - cost.staff, total: sc.resources.staff, budget: fmtMoney(v.game.budgetLeft - cost.budget) })}</p>
    <button class="btn btn-primary btn-large" data-testid="live-lock" ?disabled=${!canLock} @click=${() => live.actions.lock()}>
      ${iconOf('check')}<span>${v.status === 'locked' ? t('live:team.lockedButton') : t('live:team.lock', { turn: v.game.turn })}</span>
    </button>
  </div>`;
}

function endingBanner(id: string, loaded: LoadedScenario, lang: string) {
  const sc = loaded.scenario;
  const ending = sc.endings.find((e) => e.id === id);
  return html`<div class=${`banner banner-${ending?.outcome ?? 'neutral'}`} data-testid="live-ending">${iconOf('flag')}
    <div><p class="banner-title">${ending ? pick(ending.title, lang, sc.locales) : t('game:ending.time')}</p>${ending ? prose(pick(ending.body, lang, sc.locales)) : html`<p>${t('game:ending.timeBody')}</p>`}</div>
  </div>`;
}

export function mountTeam(root: HTMLElement, app: App, live: LiveStore): () => void {
  const { body, stop: stopClock } = withClock(root, live);
  let lastStatus = '';
  let lastTurn = 0;
  const view = followView(body, app, live, (s, lang) => [s.view, s.loaded, lang] as const, ([v, loaded, lang]) => {
    if (v?.role !== 'team' || !loaded) return html`<p class="muted live-waiting" role="status">${t('live:screen.loading')}</p>`;
    const line = statusLine(v);
    if (line !== lastStatus) {
      lastStatus = line;
      announce(line);
    }
    // A new turn starts with its injects: back to the top, where they are (a phone has scrolled down to lock).
    if (lastTurn !== 0 && v.game.turn !== lastTurn) queueMicrotask(() => window.scrollTo({ top: 0 }));
    lastTurn = v.game.turn;
    const over = v.game.ending !== null || v.status === 'done' || v.phase === 'ended';
    return html`<div class="live-team" data-testid="live-team" data-team=${v.team.id} data-status=${v.status} data-turn=${v.game.turn}>
      <header class="live-team-head">
        <div><p class="eyebrow">${t('live:team.turnOf', { turn: Math.min(v.game.turn, v.totalTurns), total: v.totalTurns })}</p>
          <h2 class="live-team-name" data-testid="live-team-name">${v.team.name}</h2></div>
        <p class="live-status" role="status" data-testid="live-status">${line}</p>
      </header>
      ${v.game.ending ? endingBanner(v.game.ending.id, loaded, lang) : nothing}
      ${v.leaderboard ? html`<section class="panel" aria-labelledby="live-board-heading"><h2 class="panel-title" id="live-board-heading">${t('live:screen.leaderboard')}</h2>${leaderboardTable(v.leaderboard, loaded, lang, v.team.id)}</section>` : nothing}
      <div class="live-team-grid">
        <section class="panel live-feed" aria-labelledby="live-feed-heading">${feedPanel(v, loaded, lang)}</section>
        ${over
          ? nothing
          : html`<section class="panel live-decisions" aria-labelledby="live-decisions-heading">
              <h2 class="panel-title" id="live-decisions-heading">${t('game:tabs.decisions')}</h2>
              ${decisionsPanel(v, loaded, live, lang)}
              <div class="live-attribution" data-testid="attribution">${attributionPanel(v, loaded, live, lang)}</div>
            </section>`}
        <aside class="panel live-side">${metricsPanel(v, loaded, lang)} ${reportPanel(v, loaded, lang)}</aside>
      </div>
      ${over ? nothing : lockBar(v, loaded, live)}
    </div>`;
  });
  return () => {
    stopClock();
    view.stop();
  };
}
