/**
 * The projector: the room's big screen, read-only. How to join (code, QR), the turn and its timer,
 * which teams have locked (never what they chose), the injects every team got this turn, then the
 * leaderboard and the hot wash once the facilitator reveals them or ends the workshop.
 */
import { fmtNumber, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type LiveStore, type LoadedScenario } from '../../store';
import type { HotWash, ProjectorView } from '../../workshop';
import { iconOf } from '../iconView';
import type { IconName } from '../icons';
import { causeText, metricLabel } from '../names';
import { html, nothing, prose, repeat } from '../view';
import { followView } from '../workshop/follow';
import { withClock } from './countdown';
import { joinUrl } from './instance';
import { leaderboardTable } from './leaderboard';
import { qrCode } from './qr';

function hotWashSummary(hot: HotWash, loaded: LoadedScenario, lang: string) {
  const sc = loaded.scenario;
  const ending = (id: string | null) => (id ? pick(sc.endings.find((e) => e.id === id)?.title ?? id, lang, sc.locales) : t('workshop:ui.hotwash.notEnded'));
  const actor = (id: string | null) => (id ? pick(sc.actors.find((a) => a.id === id)?.name ?? id, lang, sc.locales) : '—');
  const teamName = (id: string) => hot.teams.find((x) => x.team === id)?.name ?? id;
  const sorted = [...hot.teams].sort((a, b) => b.score.overall - a.score.overall);
  return html`<section class="panel live-hotwash" aria-labelledby="live-hw-heading" data-testid="live-projector-hotwash">
    <h2 class="panel-title" id="live-hw-heading">${t('live:projector.hotWash')}</h2>
    <table class="table"><thead><tr><th scope="col">${t('workshop:ui.hotwash.team')}</th><th scope="col">${t('workshop:ui.hotwash.overall')}</th><th scope="col">${t('workshop:ui.hotwash.ending')}</th><th scope="col">${t('workshop:ui.hotwash.culprit')}</th></tr></thead>
      <tbody>${sorted.map((x) => html`<tr><th scope="row">${x.name}</th><td class="mono">${fmtNumber(x.score.overall, 1)}</td><td>${ending(x.ending)}</td><td>${actor(x.culprit)}</td></tr>`)}</tbody></table>
    ${hot.moments.length
      ? html`<h3>${t('workshop:ui.hotwash.momentsTitle')}</h3><ol class="ws-moments">${hot.moments.slice(0, 5).map((m) => {
          const unit = sc.metrics.find((x) => x.id === m.metric)?.unit;
          return html`<li><span class="ws-moment-head">${t('workshop:ui.hotwash.moment', { team: teamName(m.team), turn: m.turn })}</span>
            <span class="ws-moment-what">${metricLabel(loaded, m.metric, lang)} ${fmtValue(m.from, unit)} → ${fmtValue(m.to, unit)} (${fmtSigned(m.to - m.from)})</span>
            <span class="muted">${causeText(loaded, m.cause, lang)}</span></li>`;
        })}</ol>`
      : nothing}
  </section>`;
}

function injectCard(loaded: LoadedScenario, id: string, lang: string) {
  const sc = loaded.scenario;
  const inject = sc.injects.find((x) => x.id === id);
  const channel = inject?.channel ?? 'staff';
  return html`<li><article class="inject channel-${channel}" data-testid=${`projector-inject-${id}`}>
    <header class="inject-head">${iconOf(channel as IconName, 'icon icon-channel')}<span class="inject-channel">${t(`common:channel.${channel}`)}</span></header>
    <h3 class="inject-title">${inject ? pick(inject.title, lang, sc.locales) : id}</h3>
    ${inject ? prose(pick(inject.body, lang, sc.locales), 'prose inject-body') : nothing}
  </article></li>`;
}

export function mountProjector(root: HTMLElement, app: App, live: LiveStore): () => void {
  const { body, stop: stopClock } = withClock(root, live, 'live-clock-slot live-projector-clock');
  const view = followView(body, app, live, (s, lang) => [s.view, s.loaded, s.code, lang] as const, ([v, loaded, code, lang]) => {
    if (v?.role !== 'projector' || !loaded || !code) return html`<p class="muted live-waiting" role="status">${t('live:screen.loading')}</p>`;
    const p: ProjectorView = v;
    const sc = loaded.scenario;
    const locked = p.teams.filter((x) => x.status !== 'open').length;
    const link = joinUrl(code);
    return html`<div class="live-projector" data-testid="live-projector">
      <header class="live-projector-head">
        <div><p class="eyebrow">${pick(sc.title, lang, sc.locales)}</p>
          <h2>${p.phase === 'setup' ? t('live:projector.waiting') : p.phase === 'ended' ? t('live:projector.ended') : t('live:console.heading', { turn: Math.min(p.turn, p.totalTurns), total: p.totalTurns })}</h2></div>
        <div class="live-projector-join">
          ${qrCode(link, t('live:console.qr', { link }))}
          <div><p class="muted">${t('live:projector.join', { host: new URL(link).host })}</p><p class="live-code mono" data-testid="live-room-code">${code}</p></div>
        </div>
      </header>
      ${p.phase === 'paused' ? html`<p class="ws-paused" role="status">${t('live:team.paused')}</p>` : nothing}
      <section class="panel" aria-labelledby="live-proj-teams">
        <h2 class="panel-title" id="live-proj-teams">${t('live:console.teams', { locked, of: p.teams.length })}</h2>
        <ul class="live-team-chips" data-testid="live-projector-teams">${repeat(p.teams, (x) => x.id, (x) => html`<li class=${`live-chip is-${x.status}`} data-testid=${`projector-team-${x.id}`} data-status=${x.status}>
          ${x.status === 'open' ? iconOf('clock') : iconOf('check')}<span>${x.name}</span><span class="sr-only">${t(`live:console.status.${x.status}`)}</span></li>`)}</ul>
      </section>
      ${p.hotWash ? hotWashSummary(p.hotWash, loaded, lang) : nothing}
      ${p.leaderboard ? html`<section class="panel" aria-labelledby="live-proj-board"><h2 class="panel-title" id="live-proj-board">${t('live:screen.leaderboard')}</h2>${leaderboardTable(p.leaderboard, loaded, lang)}</section>` : nothing}
      ${p.injects.length && p.phase !== 'ended'
        ? html`<section class="panel" aria-labelledby="live-proj-injects"><h2 class="panel-title" id="live-proj-injects">${t('live:projector.injects')}</h2>
            <ul class="feed-list live-projector-injects">${p.injects.map((x) => injectCard(loaded, x.inject, lang))}</ul></section>`
        : nothing}
    </div>`;
  });
  return () => {
    stopClock();
    view.stop();
  };
}
