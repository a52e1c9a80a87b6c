/** The facilitator's controls: start, pause, resume, end a team's turn, extend the timer, release an inject, note, reveal, end. */
import { t } from '../../i18n';
import { pick, type App } from '../../store';
import type { WorkshopStore } from '../../store';
import { allGamesOver, leaderboardVisible } from '../../workshop';
import { h } from '../dom';
import { follow } from './follow';

const EXTEND_SECONDS = 60;

export function mountControls(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let confirming = false;
  // Inputs the facilitator is typing into survive re-renders.
  const draft = { inject: '', target: 'all', note: '', noteTeam: '' };

  const render = () => {
    const { session, room, loaded } = ws.store.getState();
    if (!session || !room || !loaded) return;
    const lang = app.store.getState().language;
    const sc = loaded.scenario;
    const phase = room.phase;
    const button = (id: string, label: string, onClick: () => void, primary = false, disabled = false) =>
      h('button', { class: primary ? 'btn btn-primary' : 'btn', testid: id, attrs: { type: 'button', disabled }, on: { click: onClick } }, label);
    const flow: HTMLElement[] = [];
    if (phase === 'setup') flow.push(button('ws-start', t('workshop:ui.controls.start'), () => ws.actions.dispatch({ type: 'start' }), true));
    if (phase === 'running') flow.push(button('ws-pause', t('workshop:ui.controls.pause'), () => ws.actions.dispatch({ type: 'pause' })));
    if (phase === 'paused') flow.push(button('ws-resume', t('workshop:ui.controls.resume'), () => ws.actions.dispatch({ type: 'resume' }), true));
    if (phase === 'running' && room.active !== null) {
      flow.push(button('ws-advance', t('workshop:ui.controls.advance', { team: room.teams[room.active]!.name }), () => ws.actions.dispatch({ type: 'advance' })));
    }
    if (session.timer.secondsPerTurn !== null && (phase === 'running' || phase === 'paused')) {
      flow.push(button('ws-extend', t('workshop:ui.controls.extend', { seconds: EXTEND_SECONDS }), () => ws.actions.dispatch({ type: 'extend', seconds: EXTEND_SECONDS })));
    }
    if (phase !== 'setup' && phase !== 'ended' && !leaderboardVisible(session, room)) flow.push(button('ws-reveal', t('workshop:ui.controls.reveal'), () => ws.actions.dispatch({ type: 'reveal' })));
    if (phase !== 'ended') {
      if (!confirming) flow.push(button('ws-end', allGamesOver(room) ? t('workshop:ui.controls.endDone') : t('workshop:ui.controls.end'), () => ((confirming = true), render()), allGamesOver(room)));
      else {
        flow.push(
          h('span', { class: 'ws-confirm' }, t('workshop:ui.controls.endConfirm')),
          button('ws-end-confirm', t('workshop:ui.controls.endYes'), () => ((confirming = false), ws.actions.dispatch({ type: 'end' })), true),
          button('ws-end-cancel', t('workshop:ui.controls.endNo'), () => ((confirming = false), render())),
        );
      }
    }

    const teamOptions = room.teams.map((t) => h('option', { attrs: { value: t.id } }, t.name));
    const release: HTMLElement[] = [];
    if (session.releasable.length > 0 && phase !== 'ended') {
      if (!session.releasable.includes(draft.inject)) draft.inject = session.releasable[0]!;
      const injectSel = h('select', { class: 'select', testid: 'ws-release-inject', attrs: { id: 'ws-release-inject' }, on: { change: () => (draft.inject = injectSel.value) } },
        session.releasable.map((id) => h('option', { attrs: { value: id, selected: id === draft.inject } }, pick(sc.injects.find((x) => x.id === id)?.title ?? id, lang, sc.locales))));
      const targetSel = h('select', { class: 'select', testid: 'ws-release-team', attrs: { id: 'ws-release-team', 'aria-label': t('workshop:ui.controls.releaseTo') }, on: { change: () => (draft.target = targetSel.value) } },
        h('option', { attrs: { value: 'all' } }, t('workshop:ui.controls.allTeams')), teamOptions.map((o) => o.cloneNode(true)));
      targetSel.value = draft.target;
      release.push(
        h('label', { attrs: { for: 'ws-release-inject' } }, t('workshop:ui.controls.release')),
        injectSel,
        h('span', { attrs: { 'aria-hidden': 'true' } }, '→'),
        targetSel,
        button('ws-release', t('workshop:ui.controls.releaseButton'), () => ws.actions.dispatch({ type: 'release', inject: draft.inject, team: draft.target })),
      );
    }

    const noteInput = h('input', { class: 'input ws-note-input', testid: 'ws-note-text', attrs: { id: 'ws-note-text', value: draft.note, maxlength: 4000, autocomplete: 'off' }, on: { input: () => (draft.note = noteInput.value) } });
    const noteTeam = h('select', { class: 'select', testid: 'ws-note-team', attrs: { 'aria-label': t('workshop:ui.controls.noteAbout') }, on: { change: () => (draft.noteTeam = noteTeam.value) } },
      h('option', { attrs: { value: '' } }, t('workshop:ui.controls.wholeRoom')), teamOptions);
    noteTeam.value = draft.noteTeam;
    const addNote = (e: Event) => {
      e.preventDefault();
      if (draft.note.trim() === '') return;
      const ok = ws.actions.dispatch({ type: 'note', text: draft.note.trim(), turn: room.turn, ...(draft.noteTeam ? { team: draft.noteTeam } : {}) });
      if (ok) draft.note = '';
    };
    const note = h(
      'form',
      { class: 'ws-note row', on: { submit: addNote } },
      h('label', { attrs: { for: 'ws-note-text' } }, t('workshop:ui.controls.note')),
      noteInput,
      noteTeam,
      h('button', { class: 'btn', testid: 'ws-note-add', attrs: { type: 'submit' } }, t('workshop:ui.controls.noteAdd')),
    );
    const focused = document.activeElement?.getAttribute('data-testid');
    const rows: HTMLElement[] = [h('div', { class: 'ws-controls-row row', attrs: { role: 'group', 'aria-label': t('workshop:ui.controls.label') } }, h('span', { class: 'ws-phase badge', testid: 'ws-phase' }, t(`workshop:ui.phase.${phase}`)), flow)];
    const extra: HTMLElement[] = [];
    if (release.length) extra.push(h('div', { class: 'ws-release row' }, release));
    if (phase !== 'ended') extra.push(note);
    if (extra.length) rows.push(h('div', { class: 'ws-controls-row row' }, extra));
    root.replaceChildren(...rows);
    if (focused) (root.querySelector(`[data-testid="${focused}"]`) as HTMLElement | null)?.focus();
  };
  return follow(app, ws, (s, lang) => [s.room, s.session, lang] as const, render);
}
