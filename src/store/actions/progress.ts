/** The learner's progress: each finished solo game is recorded; the progress screen reads, imports, exports and clears. */
import type { ActionContext } from '../context';
import { parseHistoryFile } from '../history/check';
import { recordOf } from '../history/record';
import { EMPTY_PROGRESS, HISTORY_FORMAT, MAX_GAMES, type HistoryFile, type ProgressState } from '../history/types';
import type { Session } from '../types';


const progressOf = (ctx: ActionContext): ProgressState => ctx.get().progress ?? EMPTY_PROGRESS;

/** Keep a finished game in the history (never an imported log replayed to its end: that game is not the learner's). */
export async function recordGame(ctx: ActionContext, session: Session): Promise<void> {
  if (!session.state.ending || session.replay) return;
  const history = ctx.deps.history;
  if (!(await history.put([recordOf(session.loaded, session.state, ctx.deps.now())]))) return;
  await trim(ctx);
  if (ctx.get().progress) await reload(ctx);
}

/** Past MAX_GAMES, the oldest games are forgotten. */
async function trim(ctx: ActionContext): Promise<void> {
  const { games } = await ctx.deps.history.list();
  if (games.length > MAX_GAMES) await ctx.deps.history.remove(games.slice(0, games.length - MAX_GAMES).map((g) => g.id));
}

async function reload(ctx: ActionContext): Promise<void> {
  const { games, skipped } = await ctx.deps.history.list();
  ctx.set({ progress: { ...progressOf(ctx), games, skipped } });
}

export function progressActions(ctx: ActionContext) {
  return {
    /** The progress screen, its games read from the browser. */
    async openProgress(): Promise<void> {
      ctx.set({ screen: 'progress', progress: { ...EMPTY_PROGRESS } });
      await reload(ctx);
    },

    /** Show this scenario's trend. */
    selectProgressScenario(scenario: string): void {
      ctx.set({ progress: { ...progressOf(ctx), scenario } });
    },

    /** The history as a file `cellule/history@1`. */
    exportHistory(): string {
      const file: HistoryFile = { format: HISTORY_FORMAT, exportedAt: ctx.deps.now().toISOString(), games: progressOf(ctx).games ?? [] };
      return JSON.stringify(file, null, 2) + '\n';
    },

    /** Add the games of an exported file (checked in full first; a game already kept is not doubled). */
    async importHistory(file: string, text: string): Promise<boolean> {
      const read = parseHistoryFile(text);
      if (!read.ok) {
        ctx.set({ progress: { ...progressOf(ctx), notice: { kind: 'import-failed', file, problem: read.problem } } });
        return false;
      }
      const known = new Set((await ctx.deps.history.list()).games.map((g) => g.id));
      const fresh = read.games.filter((g) => !known.has(g.id));
      const stored = fresh.length === 0 || (await ctx.deps.history.put(fresh));
      await trim(ctx);
      await reload(ctx);
      ctx.set({ progress: { ...progressOf(ctx), notice: stored ? { kind: 'imported', file, added: fresh.length, already: read.games.length - fresh.length } : { kind: 'refused' } } });
      return stored;
    },

    /** Forget every game of the history. */
    async clearHistory(): Promise<void> {
      const ok = await ctx.deps.history.clear();
      await reload(ctx);
      ctx.set({ progress: { ...progressOf(ctx), scenario: null, notice: ok ? { kind: 'cleared' } : { kind: 'refused' } } });
    },

    /** A picked file could not be read as text (encoding, size): said on the screen. */
    historyFileUnreadable(file: string, detail: string): void {
      ctx.set({ progress: { ...progressOf(ctx), notice: { kind: 'unreadable', file, detail } } });
    },

    /** Close the screen's message. */
    dismissProgressNotice(): void {
      ctx.set({ progress: { ...progressOf(ctx), notice: null } });
    },
  };
}
