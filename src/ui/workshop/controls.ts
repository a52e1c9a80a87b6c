/**
 * The facilitator's controls: start, pause, resume, end a team's turn, extend the timer, release an inject, note, reveal, end.
 * They re-render declaratively from the room, so the note being typed and the selects in use keep their focus and values.
 */
import { t } from '../../i18n';
import { pick, type App, type WorkshopStore } from '../../store';
import { allGamesOver, leaderboardVisible, type Room } from '../../workshop';
import { html, liveValue, nothing, repeat, type TemplateResult } from '../view';
import { followView } from './follow';

const EXTEND_SECONDS = 60;

const button = (id: string, label: string, onClick: () => void, primary = false, disabled = false) =>
  html`<button class=${primary ? 'btn btn-primary' : 'btn'} data-testid=${id} type="button" ?disabled=${disabled} @click=${onClick}>${label}</button>`;

const teamOptions = (room: Room, chosen: string) => repeat(room.teams, (x) => x.id, (x) => html`<option value=${x.id} .selected=${x.id === chosen}>${x.name}</option>`);

export function mountControls(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let confirming = false;
  // What the facilitator is choosing or typing: the source of the fields' values on every render.
  const draft = { inject: '', target: 'all', note: '', noteTeam: '' };
  const dispatch = ws.actions.dispatch;
  const valueOf = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const confirm = (on: boolean) => {
    confirming = on;
    view.refresh();
  };

  const flow = (room: Room): (TemplateResult | typeof nothing)[] => {
    const session = ws.store.getState().session!;
    const phase = room.phase;
    const live = phase === 'running' || phase === 'paused';
    const done = allGamesOver(room);
    const end =
      phase === 'ended'
        ? nothing
        : !confirming
          ? button('ws-end', done ? t('workshop:ui.controls.endDone') : t('workshop:ui.controls.end'), () => confirm(true), done)
          : html`<span class="ws-confirm">${t('workshop:ui.controls.endConfirm')}</span>
              ${button('ws-end-confirm', t('workshop:ui.controls.endYes'), () => ((confirming = false), dispatch({ type: 'end' })), true)}
              ${button('ws-end-cancel', t('workshop:ui.controls.endNo'), () => confirm(false))}`;
    return [
      phase === 'setup' ? button('ws-start', t('workshop:ui.controls.start'), () => dispatch({ type: 'start' }), true) : nothing,
      phase === 'running' ? button('ws-pause', t('workshop:ui.controls.pause'), () => dispatch({ type: 'pause' })) : nothing,
      phase === 'paused' ? button('ws-resume', t('workshop:ui.controls.resume'), () => dispatch({ type: 'resume' }), true) : nothing,
      phase === 'running' && room.active !== null
        ? button('ws-advance', t('workshop:ui.controls.advance', { team: room.teams[room.active]!.name }), () => dispatch({ type: 'advance' }))
        : nothing,
      session.timer.secondsPerTurn !== null && live
        ? button('ws-extend', t('workshop:ui.controls.extend', { seconds: EXTEND_SECONDS }), () => dispatch({ type: 'extend', seconds: EXTEND_SECONDS }))
        : nothing,
      phase !== 'setup' && phase !== 'ended' && !leaderboardVisible(session, room) ? button('ws-reveal', t('workshop:ui.controls.reveal'), () => dispatch({ type: 'reveal' })) : nothing,
      end,
    ];
  };

  const release = (room: Room, lang: string) => {
    const { session, loaded } = ws.store.getState();
    const sc = loaded!.scenario;
    const releasable = session!.releasable;
    if (releasable.length === 0 || room.phase === 'ended') return nothing;
    if (!releasable.includes(draft.inject)) draft.inject = releasable[0]!;
    const title = (id: string) => pick(sc.injects.find((x) => x.id === id)?.title ?? id, lang, sc.locales);
    return html`<div class="ws-release row">
      <label for="ws-release-inject">${t('workshop:ui.controls.release')}</label>
      <select class="select" data-testid="ws-release-inject" id="ws-release-inject" @change=${(e: Event) => (draft.inject = valueOf(e))}>
        ${repeat(releasable, (id) => id, (id) => html`<option value=${id} .selected=${id === draft.inject}>${title(id)}</option>`)}
      </select>
      <span aria-hidden="true">→</span>
      <select class="select" data-testid="ws-release-team" id="ws-release-team" aria-label=${t('workshop:ui.controls.releaseTo')} @change=${(e: Event) => (draft.target = valueOf(e))}>
        <option value="all" .selected=${draft.target === 'all'}>${t('workshop:ui.controls.allTeams')}</option>
        ${teamOptions(room, draft.target)}
      </select>
      ${button('ws-release', t('workshop:ui.controls.releaseButton'), () => dispatch({ type: 'release', inject: draft.inject, team: draft.target }))}
    </div>`;
  };

  const note = (room: Room) => {
    const add = (e: Event) => {
      e.preventDefault();
      if (draft.note.trim() === '') return;
      if (!dispatch({ type: 'note', text: draft.note.trim(), turn: room.turn, ...(draft.noteTeam ? { team: draft.noteTeam } : {}) })) return;
      draft.note = '';
      view.refresh();
    };
    return html`<form class="ws-note row" @submit=${add}>
      <label for="ws-note-text">${t('workshop:ui.controls.note')}</label>
      <input class="input ws-note-input" data-testid="ws-note-text" id="ws-note-text" .value=${liveValue(draft.note)} maxlength="4000" autocomplete="off"
        @input=${(e: Event) => (draft.note = valueOf(e))} />
      <select class="select" data-testid="ws-note-team" aria-label=${t('workshop:ui.controls.noteAbout')} @change=${(e: Event) => (draft.noteTeam = valueOf(e))}>
        <option value="" .selected=${draft.noteTeam === ''}>${t('workshop:ui.controls.wholeRoom')}</option>
        ${teamOptions(room, draft.noteTeam)}
      </select>
      <button class="btn" data-testid="ws-note-add" type="submit">${t('workshop:ui.controls.noteAdd')}</button>
    </form>`;
  };

  const view = followView(root, app, ws, (s, lang) => [s.room, s.session, lang] as const, ([room, session, lang]) => {
    if (!session || !room || !ws.store.getState().loaded) return nothing;
    const phase = room.phase;
    const extra = [release(room, lang), phase !== 'ended' ? note(room) : nothing];
    return html`<div class="ws-controls-row row" role="group" aria-label=${t('workshop:ui.controls.label')}>
        <span class="ws-phase badge" data-testid="ws-phase">${t(`workshop:ui.phase.${phase}`)}</span>${flow(room)}
      </div>
      ${extra.some((x) => x !== nothing) ? html`<div class="ws-controls-row row">${extra}</div>` : nothing}`;
  });
  return () => view.stop();
}
