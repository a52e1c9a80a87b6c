/** Playing: new game, choosing, the attribution board, ending a turn, replaying a log turn by turn. */
import { setPercent } from '../assessment';
import type { ActionContext } from '../context';
import { engine } from '../engine';
import { choicesOf, logOf, makeSession, pruneChosen, withChosen, withState } from '../session';
import type { ScenarioEntry, Session } from '../types';
import { autosave, savedScreen } from './autosave';
import { recordGame } from './progress';

/** Actions of a game in progress: start, choose, assess, end turn, report, replay steps. */
export function gameActions(ctx: ActionContext) {
  const current = (): Session | null => ctx.get().session;
  const playable = (): Session | null => {
    const s = current();
    return s && !s.replay && !s.state.ending ? s : null;
  };
  const update = (session: Session) => {
    ctx.set({ session });
    autosave(ctx, session, savedScreen(session, ctx.get().screen));
  };

  /** Start a game of a loaded scenario with a seed (random if not given); opens the briefing. */
  function startGame(entry: Pick<ScenarioEntry, 'source' | 'loaded'>, seed?: number): boolean {
    if (!entry.loaded) return false;
    const state = engine().createGame(entry.loaded, seed ?? ctx.deps.randomSeed());
    const session = makeSession(entry.source, entry.loaded, state);
    ctx.set({ session, screen: 'briefing', problem: null });
    autosave(ctx, session, 'briefing', true);
    return true;
  }

  return {
    startGame,

    /** Leave the briefing for the ops room. */
    startPlay(): void {
      const s = current();
      if (!s) return;
      ctx.set({ screen: s.state.ending ? 'debrief' : 'ops' });
      if (!s.replay) autosave(ctx, s, savedScreen(s, 'ops'));
    },

    /** Choose a legal decision for this turn, or drop a chosen one (and any that no longer fit after it). */
    toggleDecision(id: string): boolean {
      const s = playable();
      if (!s) return false;
      if (s.chosen.includes(id)) {
        update(withChosen(s, pruneChosen(s.loaded, s.state, s.chosen.filter((x) => x !== id))));
        return true;
      }
      if (!s.statuses.find((x) => x.id === id)?.legal) return false;
      update(withChosen(s, [...s.chosen, id]));
      return true;
    },

    /** Set the player's probability for one actor; the others share the rest, the total stays 100 %. */
    setProbability(actor: string, percent: number): void {
      const s = playable();
      if (!s) return;
      const ids = s.loaded.scenario.actors.map((a) => a.id);
      update({ ...s, assessment: setPercent(s.assessment, ids, actor, percent), assessed: true });
    },

    /** Resolve the turn with the chosen decisions; the report opens. False (and a problem) if refused. */
    endTurn(): boolean {
      const s = current();
      if (!s || s.state.ending) return false;
      if (s.replay && s.state.turnsPlayed >= s.replay.log.turns.length) return false;
      const r = engine().playTurn(s.loaded, s.state, choicesOf(s));
      if (!r.ok) {
        ctx.set({ problem: { kind: 'play', error: r.errors[0]! } });
        return false;
      }
      const next = withState({ ...s, last: { before: s.state, report: r.value.report }, reportOpen: true }, r.value.state);
      ctx.set({ session: next, problem: null });
      autosave(ctx, next, savedScreen(next, 'ops'));
      void recordGame(ctx, next);
      return true;
    },

    /** Close the turn report; once the game is over, go to the debrief. */
    closeReport(): void {
      const s = current();
      if (!s) return;
      const session = { ...s, reportOpen: false };
      ctx.set({ session, screen: s.state.ending ? 'debrief' : ctx.get().screen });
    },

    /** Open the last turn's report again. */
    openReport(): void {
      const s = current();
      if (s?.last) ctx.set({ session: { ...s, reportOpen: true } });
    },

    /** Stop replaying an imported log and play on from here as one's own game. */
    takeOver(): void {
      const s = current();
      if (!s?.replay || s.state.ending) return;
      const session = withChosen({ ...s, replay: null }, []);
      ctx.set({ session });
      autosave(ctx, session, 'ops', true);
    },

    /** The play log `cellule/log@1` of the game so far, as the text of a file. */
    exportLog(): string | null {
      const s = current();
      return s ? JSON.stringify(logOf(s), null, 2) + '\n' : null;
    },

    /** The same scenario again with a new seed. */
    playAgain(): boolean {
      const s = current();
      return s ? startGame({ source: s.source, loaded: s.loaded }) : false;
    },
  };
}
