/**
 * The facilitator's console for a live workshop: how to join (code, link, QR), who is in the room,
 * the controls (start, pause, resume, end the turn now, extend, release, notes, reveal, end), every
 * team's state, and at the end the hot wash and reports, made from the session file as in the hot seat.
 */
import { fmtNumber, t } from '../../i18n';
import { pick, type App, type LiveStore, type LoadedScenario } from '../../store';
import type { FacilitatorView } from '../../workshop';
import { iconOf } from '../iconView';
import { decisionTitle, injectTitle } from '../names';
import { html, liveValue, nothing, repeat } from '../view';
import { followView } from '../workshop/follow';
import { withClock } from './countdown';
import { consoleUrl, joinUrl, projectorUrl } from './instance';
import { openHotWash, downloadSession } from './record';
import { qrCode } from './qr';

const EXTEND_SECONDS = 60;
/** Addresses only this machine reaches: a join link made from them is useless to the room's phones. */
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

const button = (id: string, label: string, onClick: () => void, primary = false, disabled = false) =>
  html`<button class=${primary ? 'btn btn-primary' : 'btn'} data-testid=${id} type="button" ?disabled=${disabled} @click=${onClick}>${label}</button>`;

function joinPanel(code: string, key: string | null) {
  const link = joinUrl(code);
  return html`<section class="panel live-join-panel" aria-labelledby="live-code-heading" data-testid="live-join-panel">
    <h2 class="panel-title" id="live-code-heading">${t('live:console.howToJoin')}</h2>
    <p class="live-code mono" data-testid="live-room-code" aria-label=${t('live:console.codeLabel', { code: code.split('').join(' ') })}>${code}</p>
    ${qrCode(link, t('live:console.qr', { link }))}
    <p class="live-link"><a href=${link} target="_blank" rel="noopener" data-testid="live-join-link">${link}</a></p>
    ${LOOPBACK.test(window.location.hostname) ? html`<p class="live-warning" role="note" data-testid="live-loopback">${iconOf('alert')}<span>${t('live:console.loopback', { host: window.location.hostname })}</span></p>` : nothing}
    <p><a class="btn" href=${projectorUrl(code)} target="_blank" rel="noopener" data-testid="live-projector-link">${iconOf('eye')}<span>${t('live:console.projector')}</span></a></p>
    ${key
      ? html`<details class="live-move"><summary>${t('live:console.move')}</summary>
          <p class="hint">${t('live:console.moveHint')}</p>
          <p class="live-link mono"><a href=${consoleUrl(code, key)} data-testid="live-console-link">${t('live:console.moveLink')}</a></p>
        </details>`
      : nothing}
  </section>`;
}

function teamRow(v: FacilitatorView, team: FacilitatorView['teams'][number], loaded: LoadedScenario, lang: string) {
  const devices = v.devices?.teams[team.id] ?? 0;
  const last = team.log.at(-1);
  const status = team.ending ? t('live:console.status.done') : t(`live:console.status.${team.status}`);
  return html`<tr data-testid=${`live-team-${team.id}`} data-status=${team.status}>
    <th scope="row">${team.name}</th>
    <td data-testid=${`live-devices-${team.id}`}>${devices === 0 ? html`<span class="muted">${t('live:console.noDevice')}</span>` : t('live:console.devices', { count: devices })}</td>
    <td>${status}${team.queued.length ? html` <span class="badge">${t('workshop:ui.team.queued', { inject: team.queued.map((id) => injectTitle(loaded, id, lang)).join(', ') })}</span>` : nothing}</td>
    <td class="mono">${team.turnsPlayed}</td>
    <td class="mono">${fmtNumber(team.score.overall, 0)}</td>
    <td>${last ? (last.decisions.length ? last.decisions.map((id) => decisionTitle(loaded, id, lang)).join(' · ') : html`<span class="muted">${t('workshop:ui.team.noDecision')}</span>`) : nothing}</td>
  </tr>`;
}

export function mountConsole(root: HTMLElement, app: App, live: LiveStore): () => void {
  const { body, stop: stopClock } = withClock(root, live);
  const draft = { inject: '', target: 'all', note: '', noteTeam: '' };
  let confirming = false;
  let busy = false;
  const control = live.actions.control;
  const valueOf = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const confirm = (on: boolean) => {
    confirming = on;
    view.refresh();
  };

  const controls = (v: FacilitatorView) => {
    const running = v.phase === 'running' || v.phase === 'paused';
    return html`<div class="ws-controls-row row" role="group" aria-label=${t('workshop:ui.controls.label')}>
      <span class="ws-phase badge" data-testid="live-phase">${t(`workshop:ui.phase.${v.phase}`)}</span>
      ${v.phase === 'setup' ? button('live-start', t('workshop:ui.controls.start'), () => control({ type: 'start' }), true) : nothing}
      ${v.phase === 'running' ? button('live-pause', t('workshop:ui.controls.pause'), () => control({ type: 'pause' })) : nothing}
      ${v.phase === 'paused' ? button('live-resume', t('workshop:ui.controls.resume'), () => control({ type: 'resume' }), true) : nothing}
      ${v.phase === 'running' ? button('live-advance', t('live:console.advance', { turn: v.turn }), () => control({ type: 'advance' })) : nothing}
      ${v.timer.enabled && running ? button('live-extend', t('workshop:ui.controls.extend', { seconds: EXTEND_SECONDS }), () => control({ type: 'extend', seconds: EXTEND_SECONDS })) : nothing}
      ${v.phase !== 'setup' && v.phase !== 'ended' && !v.revealed ? button('live-reveal', t('workshop:ui.controls.reveal'), () => control({ type: 'reveal' })) : nothing}
      ${v.phase === 'ended'
        ? nothing
        : confirming
          ? html`<span class="ws-confirm">${t('workshop:ui.controls.endConfirm')}</span>
              ${button('live-end-confirm', t('workshop:ui.controls.endYes'), () => ((confirming = false), control({ type: 'end' })), true)}
              ${button('live-end-cancel', t('workshop:ui.controls.endNo'), () => confirm(false))}`
          : button('live-end', t('workshop:ui.controls.end'), () => confirm(true))}
    </div>`;
  };

  const release = (v: FacilitatorView, loaded: LoadedScenario, lang: string) => {
    if (v.releasable.length === 0 || v.phase === 'ended') return nothing;
    if (!v.releasable.includes(draft.inject)) draft.inject = v.releasable[0]!;
    const sc = loaded.scenario;
    const title = (id: string) => pick(sc.injects.find((x) => x.id === id)?.title ?? id, lang, sc.locales);
    return html`<div class="ws-release row">
      <label for="live-release-inject">${t('workshop:ui.controls.release')}</label>
      <select class="select" data-testid="live-release-inject" id="live-release-inject" @change=${(e: Event) => (draft.inject = valueOf(e))}>
        ${repeat(v.releasable, (id) => id, (id) => html`<option value=${id} .selected=${id === draft.inject}>${title(id)}</option>`)}
      </select>
      <span aria-hidden="true">→</span>
      <select class="select" data-testid="live-release-team" aria-label=${t('workshop:ui.controls.releaseTo')} @change=${(e: Event) => (draft.target = valueOf(e))}>
        <option value="all" .selected=${draft.target === 'all'}>${t('workshop:ui.controls.allTeams')}</option>
        ${repeat(v.teams, (x) => x.id, (x) => html`<option value=${x.id} .selected=${x.id === draft.target}>${x.name}</option>`)}
      </select>
      ${button('live-release', t('workshop:ui.controls.releaseButton'), () => control({ type: 'release', inject: draft.inject, team: draft.target }))}
    </div>`;
  };

  const note = (v: FacilitatorView) => {
    const add = (e: Event) => {
      e.preventDefault();
      const text = draft.note.trim();
      if (text === '') return;
      control({ type: 'note', text, ...(draft.noteTeam ? { team: draft.noteTeam } : {}) });
      draft.note = '';
      view.refresh();
    };
    return html`<form class="ws-note row" @submit=${add}>
      <label for="live-note-text">${t('workshop:ui.controls.note')}</label>
      <input class="input ws-note-input" data-testid="live-note-text" id="live-note-text" .value=${liveValue(draft.note)} maxlength="4000" autocomplete="off" @input=${(e: Event) => (draft.note = valueOf(e))} />
      <select class="select" data-testid="live-note-team" aria-label=${t('workshop:ui.controls.noteAbout')} @change=${(e: Event) => (draft.noteTeam = valueOf(e))}>
        <option value="" .selected=${draft.noteTeam === ''}>${t('workshop:ui.controls.wholeRoom')}</option>
        ${repeat(v.teams, (x) => x.id, (x) => html`<option value=${x.id} .selected=${x.id === draft.noteTeam}>${x.name}</option>`)}
      </select>
      <button class="btn" data-testid="live-note-add" type="submit">${t('workshop:ui.controls.noteAdd')}</button>
    </form>`;
  };

  const record = (v: FacilitatorView) => {
    const run = (job: () => Promise<unknown>) => async () => {
      busy = true;
      view.refresh();
      await job().catch(() => undefined);
      busy = false;
      view.refresh();
    };
    return html`<section class="panel live-record" aria-labelledby="live-record-heading">
      <h2 class="panel-title" id="live-record-heading">${t('live:console.record')}</h2>
      <p class="hint">${v.phase === 'ended' ? t('live:console.recordEnded') : t('live:console.recordHint')}</p>
      <div class="row">
        ${v.phase === 'ended' ? html`<button class="btn btn-primary" data-testid="live-hotwash" ?disabled=${busy} @click=${run(() => openHotWash(app, live))}>${iconOf('flag')}<span>${t('live:console.hotWash')}</span></button>` : nothing}
        <button class="btn" data-testid="live-session" ?disabled=${busy} @click=${run(() => downloadSession(live))}>${iconOf('download')}<span>${t('workshop:ui.reports.session')}</span></button>
      </div>
    </section>`;
  };

  const view = followView(body, app, live, (s, lang) => [s.view, s.loaded, s.key, lang] as const, ([v, loaded, key, lang]) => {
    const code = live.store.getState().code;
    if (v?.role !== 'facilitator' || !loaded || !code) return html`<p class="muted live-waiting" role="status">${t('live:screen.loading')}</p>`;
    const sc = loaded.scenario;
    const notes = [...v.notes].reverse();
    const nameOf = (id: string) => v.teams.find((x) => x.id === id)?.name ?? id;
    return html`<div class="live-console" data-testid="live-console">
      <header class="live-console-head">
        <div><p class="eyebrow">${pick(sc.title, lang, sc.locales)}</p><h2>${t('live:console.heading', { turn: Math.min(v.turn, v.totalTurns), total: v.totalTurns })}</h2></div>
        <p class="muted" data-testid="live-room-devices">${t('live:console.projectors', { count: v.devices?.projectors ?? 0 })}</p>
      </header>
      <div class="live-console-grid">
        ${joinPanel(code, key)}
        <div class="live-console-main">
          <section class="ws-controls panel" data-testid="live-controls">${controls(v)}<div class="ws-controls-row row">${release(v, loaded, lang)}${v.phase !== 'ended' ? note(v) : nothing}</div></section>
          <section class="panel" aria-labelledby="live-teams-heading">
            <h2 class="panel-title" id="live-teams-heading">${t('live:console.teams', { locked: v.teams.filter((x) => x.status !== 'open').length, of: v.teams.length })}</h2>
            <div class="table-scroll"><table class="table live-teams" data-testid="live-teams">
              <thead><tr><th scope="col">${t('live:board.team')}</th><th scope="col">${t('live:console.devicesHead')}</th><th scope="col">${t('live:console.statusHead')}</th><th scope="col">${t('live:board.turns')}</th><th scope="col">${t('live:board.score')}</th><th scope="col">${t('live:console.lastHead')}</th></tr></thead>
              <tbody>${repeat(v.teams, (x) => x.id, (x) => teamRow(v, x, loaded, lang))}</tbody>
            </table></div>
          </section>
          ${notes.length
            ? html`<section class="panel" aria-labelledby="live-notes-heading"><h2 class="panel-title" id="live-notes-heading">${t('workshop:ui.notes.heading')}</h2>
                <ul class="ws-notes" data-testid="live-notes">${notes.map((n) => html`<li><span class="mono">${t('workshop:ui.team.turnShort', { turn: n.turn })}</span> ${n.team ? html`<strong>${nameOf(n.team)}</strong> ` : nothing}${n.text}</li>`)}</ul></section>`
            : nothing}
          ${record(v)}
        </div>
      </div>
    </div>`;
  });
  return () => {
    stopClock();
    view.stop();
  };
}
