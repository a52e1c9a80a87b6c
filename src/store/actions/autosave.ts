/** Writing the autosave after every turn and every change of the current turn's choices. */
import type { ActionContext } from '../context';
import { discardSave, writeSave, type SaveFile, type SavedScreen } from '../saves';
import type { Session } from '../types';

/** Save the session (a replay is never saved: it would overwrite the player's own game). */
export function autosave(ctx: ActionContext, session: Session, screen: SavedScreen, withScenario = false): void {
  if (session.replay) return;
  const { state, loaded, source } = session;
  const save: SaveFile = {
    format: 'cellule/save@1',
    savedAt: ctx.deps.now().toISOString(),
    source: source.kind === 'bundled' ? { kind: 'bundled', id: source.id } : { kind: 'custom', file: source.file },
    title: loaded.scenario.title,
    turn: state.turn,
    totalTurns: session.totalTurns,
    ended: state.ending !== null,
    log: { format: 'cellule/log@1', scenario: state.scenario, scenarioHash: state.scenarioHash, seed: state.seed, turns: state.log },
    draft: { chosen: [...session.chosen], assessment: session.assessed ? { ...session.assessment } : null },
    screen,
  };
  if (session.branches.length > 0) save.branches = session.branches.map((b) => ({ label: b.label, log: b.log }));
  const text = withScenario && source.kind === 'custom' ? source.text : undefined;
  const ok = writeSave(ctx.deps.storage, save, text);
  ctx.set(ok ? { saved: save, saveProblem: null } : { saved: save, problem: { kind: 'storage' } });
}

/** The screen to save for the session: the debrief once the game is over. */
export function savedScreen(session: Session, screen: string): SavedScreen {
  if (session.state.ending) return 'debrief';
  return screen === 'briefing' ? 'briefing' : 'ops';
}

/** Forget the autosave and any problem with it. */
export function forgetSave(ctx: ActionContext): void {
  discardSave(ctx.deps.storage);
  ctx.set({ saved: null, saveProblem: null });
}
