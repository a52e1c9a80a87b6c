/** Rewind and compare: branches of a finished game, the comparison the debrief shows, the missed chances. */
import type { BranchPolicy, TurnChoices } from '../../engine';
import { sourceFile } from '../catalog';
import type { ActionContext } from '../context';
import { engine } from '../engine';
import { runMissed } from '../missed';
import { MAX_BRANCHES } from '../saves';
import { logOf, makeSession } from '../session';
import type { SavedBranch, Session } from '../types';
import { autosave } from './autosave';

/** Keep a branch with the game: the newest last, the oldest dropped past MAX_BRANCHES. */
function kept(branches: readonly SavedBranch[], branch: SavedBranch): SavedBranch[] {
  return [...branches, branch].slice(-MAX_BRANCHES);
}

/** Actions of the debrief's rewind, comparison and missed chances. */
export function rewindActions(ctx: ActionContext) {
  // A replayed log's game can be rewound too (its autosave is skipped, as for every replay).
  const ended = (): Session | null => {
    const s = ctx.get().session;
    return s?.state.ending ? s : null;
  };
  const update = (session: Session) => {
    ctx.set({ session });
    autosave(ctx, session, 'debrief');
  };

  /**
   * Play the game again from `turn` with `choices` instead, later turns per `policy`, and compare.
   * With 'stop' a new game goes on from there (the game so far kept as a branch, labelled `keptLabel`).
   */
  function rewind(turn: number, choices: TurnChoices, policy: BranchPolicy, label: string, keptLabel = label): boolean {
    const s = ended();
    if (!s) return false;
    const e = engine();
    const r = e.branchFrom(s.loaded, logOf(s), turn, choices, policy);
    if (!r.ok) {
      ctx.set({ problem: { kind: 'play', error: r.errors[0]! } });
      return false;
    }
    if (policy === 'stop') {
      const next: Session = { ...makeSession(s.source, s.loaded, r.value.state), branches: kept(s.branches, { label: keptLabel, log: logOf(s) }) };
      ctx.set({ session: next, screen: 'ops', problem: null });
      autosave(ctx, next, 'ops', true);
      return true;
    }
    update({ ...s, branches: kept(s.branches, { label, log: r.value.log }), compare: { label, branch: r.value } });
    return true;
  }

  return {
    rewind,

    /** Compare the game with one of its kept branches again. */
    compareBranch(index: number): boolean {
      const s = ended();
      const b = s?.branches[index];
      if (!s || !b) return false;
      const e = engine();
      const played = e.replay(s.loaded, b.log);
      if (!played.ok) return false;
      const state = played.value;
      const branch = { policy: 'keep' as const, turn: 0, log: b.log, state, score: e.score(s.loaded, state), dropped: [], divergence: e.divergence(s.state, state) };
      branch.turn = branch.divergence?.turn ?? 0;
      ctx.set({ session: { ...s, compare: { label: b.label, branch } } });
      return true;
    },

    /** Open missed chance `index` as a branch in the comparison. */
    openMissed(index: number, label: string): boolean {
      const c = ended()?.missed?.result?.chances[index];
      return c ? rewind(c.change.turn, c.choices, 'keep', label) : false;
    },

    closeComparison(): void {
      const s = ctx.get().session;
      if (s?.compare) ctx.set({ session: { ...s, compare: null } });
    },

    /** The compared branch's play log `cellule/log@1`, as the text of a file. */
    exportBranchLog(index?: number): string | null {
      const s = ctx.get().session;
      const log = index === undefined ? s?.compare?.branch.log : s?.branches[index]?.log;
      return log ? JSON.stringify(log, null, 2) + '\n' : null;
    },

    /** Search the game's missed chances once (off the page's thread where possible). */
    async findMissed(): Promise<void> {
      const s = ended();
      if (!s || s.missed) return;
      ctx.set({ session: { ...s, missed: { status: 'running', result: null, ms: 0, where: 'page' } } });
      const run = await runMissed(s.loaded, await sourceFile(ctx.deps.catalog, s.source), logOf(s));
      const now = ctx.get().session;
      // The player may have left or rewound meanwhile: the result belongs to that game only.
      if (!now || now.state !== s.state) return;
      ctx.set({ session: { ...now, missed: { status: run.result ? 'done' : 'failed', result: run.result, ms: run.ms, where: run.where } } });
    },
  };
}
