/**
 * The facilitator's view for the projector: controls, every team side by side, the leaderboard, the notes.
 * It re-renders declaratively from the room: team cards are keyed by team, so their focus and scroll stay.
 * The room sees this screen: the notes and each team's decisions stay hidden until the facilitator shows
 * them, and hide again whenever the view is left.
 */
import { fmtNumber, fmtValue, t } from '../../i18n';
import { pick, type App, type LoadedScenario, type WorkshopStore } from '../../store';
import { leaderboard, leaderboardVisible, seatTaken, type Room, type TeamView } from '../../workshop';
import { decisionTitle, injectTitle } from '../names';
import { band, goodness, level } from '../palette';
import { html, nothing, repeat, styleProps } from '../view';
import { Disposer } from '../watch';
import { mountControls } from './controls';
import { followView } from './follow';
import { mountReports } from './reports';

function status(room: Room, team: TeamView, index: number): string {
  if (team.state.ending) return t('workshop:ui.team.finished');
  if (room.phase === 'setup') return t('workshop:ui.team.ready');
  if (room.active === index && room.mode === 'hotseat' && !seatTaken(room)) return t('workshop:ui.team.handover', { turn: team.state.turn });
  if (room.active === index) return t('workshop:ui.team.playing', { turn: team.state.turn });
  return team.state.turn > room.turn ? t('workshop:ui.team.locked', { turn: room.turn }) : t('workshop:ui.team.waiting', { turn: team.state.turn });
}

function metrics(loaded: LoadedScenario, team: TeamView, lang: string) {
  const sc = loaded.scenario;
  const visible = sc.metrics.filter((m) => m.visible !== false);
  return repeat(visible, (m) => m.id, (m) => {
    const value = team.state.metrics[m.id] ?? m.initial;
    const b = band(goodness(value, m.min, m.max, m.good));
    return html`<li class="ws-metric band-${b}"><span class="ws-metric-label">${pick(m.label, lang, sc.locales)}</span><span class="ws-metric-value mono">${fmtValue(value, m.unit)}</span><span class="ws-gauge" aria-hidden="true"><span class="ws-gauge-fill band-${b}" ${styleProps({ width: `${(level(value, m.min, m.max) * 100).toFixed(1)}%` })}></span></span></li>`;
  });
}

function turns(loaded: LoadedScenario, team: TeamView, lang: string) {
  const played = team.state.log.map((p, i) => ({ turn: i + 1, decisions: p.decisions, released: p.released ?? [] })).reverse();
  if (played.length === 0) return html`<p class="muted">${t('workshop:ui.team.none')}</p>`;
  const names = (ids: readonly string[], title: (id: string) => string) => ids.map(title).join(' · ');
  return html`<ol class="ws-team-decisions" data-testid=${`ws-team-decisions-${team.id}`} tabindex="0" aria-label=${t('workshop:ui.team.decisions')}>${repeat(
    played,
    (p) => p.turn,
    (p) =>
      html`<li><span class="ws-turn-no mono">${t('workshop:ui.team.turnShort', { turn: p.turn })}</span> ${p.decisions.length ? names(p.decisions, (id) => decisionTitle(loaded, id, lang)) : html`<span class="muted">${t('workshop:ui.team.noDecision')}</span>`}${p.released.length ? html`<span class="badge ws-released">${t('workshop:ui.team.released', { inject: p.released.map((id) => injectTitle(loaded, id, lang)).join(', ') })}</span>` : nothing}</li>`,
  )}</ol>`;
}

function teamCard(loaded: LoadedScenario, room: Room, team: TeamView, index: number, lang: string, score: string, shown: boolean) {
  const active = room.active === index && room.phase !== 'setup' && room.phase !== 'ended';
  const queued = team.queued.map((id) => injectTitle(loaded, id, lang)).join(', ');
  return html`<article class="ws-team${active ? ' is-active' : ''}${team.state.ending ? ' is-done' : ''}" data-testid=${`ws-team-${team.id}`} aria-labelledby=${`ws-team-name-${team.id}`} tabindex="0">
    <header class="ws-team-head"><h3 class="ws-team-name" id=${`ws-team-name-${team.id}`}>${team.name}</h3><p class="ws-team-score mono" data-testid=${`ws-team-score-${team.id}`}>${score}</p></header>
    <p class="ws-team-status" data-testid=${`ws-team-status-${team.id}`}>${status(room, team, index)}</p>
    ${team.queued.length ? html`<p class="badge ws-queued" data-testid=${`ws-team-queued-${team.id}`}>${t('workshop:ui.team.queued', { inject: queued })}</p>` : nothing}
    <h4 class="ws-team-sub">${t('workshop:ui.team.decisions')}</h4>
    ${shown ? turns(loaded, team, lang) : html`<p class="muted" data-testid=${`ws-team-private-${team.id}`}>${t('workshop:ui.private.decisions', { count: team.state.log.length })}</p>`}
    <h4 class="ws-team-sub">${t('workshop:ui.team.metrics')}</h4>
    <ul class="ws-metrics">${metrics(loaded, team, lang)}</ul>
  </article>`;
}

export function mountFacilitator(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const d = new Disposer();
  const controls = document.createElement('section');
  controls.className = 'ws-controls panel';
  controls.dataset.testid = 'ws-controls';
  const files = document.createElement('div');
  files.className = 'ws-reports';
  d.add(mountReports(files, app, ws));
  d.add(mountControls(controls, app, ws));

  let shown = false;
  const view = followView(root, app, ws, (s, lang) => [s.room, s.session, lang] as const, ([room, session, lang]) => {
    const loaded = ws.store.getState().loaded;
    if (!session || !loaded || !room) return nothing;
    const rows = leaderboard(loaded, room);
    const visible = leaderboardVisible(session, room);
    const scoreOf = (id: string) => (visible ? fmtNumber(rows.find((r) => r.team === id)!.score.overall, 0) : '—');
    const nameOf = (id: string) => room.teams.find((x) => x.id === id)?.name ?? id;
    const notes = session.events.flatMap((e) => (e.type === 'note' ? [e] : [])).reverse();
    return html`<div class="ws-facilitator" data-testid="ws-facilitator">${controls}<div class="ws-room">
      <div class="ws-teams" data-testid="ws-teams" ${styleProps({ '--ws-cols': String(Math.min(room.teams.length, 4)) })}>
        ${repeat(room.teams, (x) => x.id, (x, i) => teamCard(loaded, room, x, i, lang, scoreOf(x.id), shown))}
      </div>
      <aside class="ws-side panel" tabindex="0" aria-label=${t('workshop:ui.leaderboard.heading')}>
        <h2 class="panel-title">${t('workshop:ui.leaderboard.heading')}</h2>
        ${visible
          ? html`<ol class="ws-leaderboard" data-testid="ws-leaderboard">${rows.map((r) => html`<li><span class="ws-rank mono">${r.rank}</span><span class="ws-lb-name">${r.name}</span><span class="mono ws-lb-score">${fmtNumber(r.score.overall, 0)}</span></li>`)}</ol>`
          : html`<p class="muted" data-testid="ws-leaderboard-hidden">${t('workshop:ui.leaderboard.hidden')}</p>`}
        <h2 class="panel-title">${t('workshop:ui.notes.heading')}</h2>
        <button class="btn btn-small" data-testid="ws-private" aria-pressed=${String(shown)} @click=${() => ((shown = !shown), view.refresh())}>${t(shown ? 'workshop:ui.private.hide' : 'workshop:ui.private.show')}</button>
        ${!shown
          ? html`<p class="muted" data-testid="ws-notes-private">${t('workshop:ui.private.notes', { count: notes.length })}</p>`
          : notes.length
          ? html`<ul class="ws-notes" data-testid="ws-notes">${notes.map((e) => html`<li><span class="mono muted">${t('workshop:ui.team.turnShort', { turn: e.turn })}</span> ${e.team ? `${nameOf(e.team)} — ` : ''}${e.text}</li>`)}</ul>`
          : html`<p class="muted">${t('workshop:ui.notes.none')}</p>`}
        ${files}
      </aside>
    </div></div>`;
  });
  d.add(() => view.stop());
  return () => d.dispose();
}
