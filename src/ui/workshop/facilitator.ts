/** The facilitator's view for the projector: controls, every team side by side, the leaderboard, the notes. */
import { fmtNumber, fmtValue, t } from '../../i18n';
import { pick, type App, type LoadedScenario } from '../../store';
import type { WorkshopStore } from '../../store';
import { leaderboard, leaderboardVisible, type Room, type TeamView } from '../../workshop';
import { h } from '../dom';
import { decisionTitle, injectTitle } from '../names';
import { band, goodness, level } from '../palette';
import { Disposer } from '../watch';
import { mountControls } from './controls';
import { mountReports } from './reports';
import { follow } from './follow';

function status(room: Room, team: TeamView, index: number): string {
  if (team.state.ending) return t('workshop:ui.team.finished');
  if (room.phase === 'setup') return t('workshop:ui.team.ready');
  if (room.active === index) return t('workshop:ui.team.playing', { turn: team.state.turn });
  return team.state.turn > room.turn ? t('workshop:ui.team.locked', { turn: room.turn }) : t('workshop:ui.team.waiting', { turn: team.state.turn });
}

function teamCard(loaded: LoadedScenario, room: Room, team: TeamView, index: number, lang: string, showScore: boolean, score: number): HTMLElement {
  const sc = loaded.scenario;
  const metrics = sc.metrics
    .filter((m) => m.visible !== false)
    .map((m) => {
      const value = team.state.metrics[m.id] ?? m.initial;
      const b = band(goodness(value, m.min, m.max, m.good));
      const fill = h('span', { class: `ws-gauge-fill band-${b}` });
      fill.style.width = `${(level(value, m.min, m.max) * 100).toFixed(1)}%`;
      return h(
        'li',
        { class: `ws-metric band-${b}` },
        h('span', { class: 'ws-metric-label' }, pick(m.label, lang, sc.locales)),
        h('span', { class: 'ws-metric-value mono' }, fmtValue(value, m.unit)),
        h('span', { class: 'ws-gauge', attrs: { 'aria-hidden': 'true' } }, fill),
      );
    });
  const turns = team.state.log
    .map((played, i) => ({ turn: i + 1, decisions: played.decisions, released: played.released ?? [] }))
    .reverse()
    .map((p) =>
      h(
        'li',
        null,
        h('span', { class: 'ws-turn-no mono' }, t('workshop:ui.team.turnShort', { turn: p.turn })),
        ' ',
        p.decisions.length ? p.decisions.map((id) => decisionTitle(loaded, id, lang)).join(' · ') : h('span', { class: 'muted' }, t('workshop:ui.team.noDecision')),
        p.released.length ? h('span', { class: 'badge ws-released' }, t('workshop:ui.team.released', { inject: p.released.map((id) => injectTitle(loaded, id, lang)).join(', ') })) : null,
      ),
    );
  const active = room.active === index && room.phase !== 'setup' && room.phase !== 'ended';
  return h(
    'article',
    { class: `ws-team${active ? ' is-active' : ''}${team.state.ending ? ' is-done' : ''}`, testid: `ws-team-${team.id}`, attrs: { 'aria-labelledby': `ws-team-name-${team.id}`, tabindex: 0 } },
    h(
      'header',
      { class: 'ws-team-head' },
      h('h3', { class: 'ws-team-name', attrs: { id: `ws-team-name-${team.id}` } }, team.name),
      h('p', { class: 'ws-team-score mono', testid: `ws-team-score-${team.id}` }, showScore ? fmtNumber(score, 0) : '—'),
    ),
    h('p', { class: 'ws-team-status', testid: `ws-team-status-${team.id}` }, status(room, team, index)),
    team.queued.length ? h('p', { class: 'badge ws-queued', testid: `ws-team-queued-${team.id}` }, t('workshop:ui.team.queued', { inject: team.queued.map((id) => injectTitle(loaded, id, lang)).join(', ') })) : null,
    h('h4', { class: 'ws-team-sub' }, t('workshop:ui.team.decisions')),
    turns.length ? h('ol', { class: 'ws-team-decisions', testid: `ws-team-decisions-${team.id}`, attrs: { tabindex: 0, 'aria-label': t('workshop:ui.team.decisions') } }, turns) : h('p', { class: 'muted' }, t('workshop:ui.team.none')),
    h('h4', { class: 'ws-team-sub' }, t('workshop:ui.team.metrics')),
    h('ul', { class: 'ws-metrics' }, metrics),
  );
}

export function mountFacilitator(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const d = new Disposer();
  const controls = h('section', { class: 'ws-controls panel', testid: 'ws-controls' });
  const teams = h('div', { class: 'ws-teams', testid: 'ws-teams' });
  const side = h('aside', { class: 'ws-side panel', attrs: { tabindex: 0, 'aria-label': t('workshop:ui.leaderboard.heading') } });
  const files = h('div', { class: 'ws-reports' });
  d.add(mountReports(files, app, ws));
  root.replaceChildren(h('div', { class: 'ws-facilitator', testid: 'ws-facilitator' }, controls, h('div', { class: 'ws-room' }, teams, side)));
  d.add(mountControls(controls, app, ws));
  d.add(
    follow(app, ws, (s, lang) => [s.room, s.session, lang] as const, ([room, , lang]) => {
      const { session, loaded } = ws.store.getState();
      if (!session || !loaded || !room) return;
      const rows = leaderboard(loaded, room);
      const visible = leaderboardVisible(session, room);
      const scoreOf = (id: string) => rows.find((r) => r.team === id)!.score.overall;
      teams.style.setProperty('--ws-cols', String(Math.min(room.teams.length, 4)));
      teams.replaceChildren(...room.teams.map((t, i) => teamCard(loaded, room, t, i, lang, visible, scoreOf(t.id))));
      const notes = session.events.flatMap((e) =>
        e.type === 'note' ? [h('li', null, h('span', { class: 'mono muted' }, t('workshop:ui.team.turnShort', { turn: e.turn })), ' ', e.team ? `${room.teams.find((x) => x.id === e.team)?.name ?? e.team} — ` : '', e.text)] : [],
      );
      side.replaceChildren(
        h('h2', { class: 'panel-title' }, t('workshop:ui.leaderboard.heading')),
        visible
          ? h(
              'ol',
              { class: 'ws-leaderboard', testid: 'ws-leaderboard' },
              rows.map((r) => h('li', null, h('span', { class: 'ws-rank mono' }, String(r.rank)), h('span', { class: 'ws-lb-name' }, r.name), h('span', { class: 'mono ws-lb-score' }, fmtNumber(r.score.overall, 0)))),
            )
          : h('p', { class: 'muted', testid: 'ws-leaderboard-hidden' }, t('workshop:ui.leaderboard.hidden')),
        h('h2', { class: 'panel-title' }, t('workshop:ui.notes.heading')),
        notes.length ? h('ul', { class: 'ws-notes', testid: 'ws-notes' }, notes.reverse()) : h('p', { class: 'muted' }, t('workshop:ui.notes.none')),
        files,
      );
    }),
  );
  return () => d.dispose();
}
