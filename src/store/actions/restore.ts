/** Continuing the autosaved game: replay its log on its scenario, restore the turn in progress. */
import { bundledFile } from '../catalog';
import type { ActionContext } from '../context';
import { loadEngine } from '../engine';
import { readSave, readSavedScenario, saveProblem, type SaveProblem } from '../saves';
import { makeSession, pruneChosen, withChosen } from '../session';
import type { SavedBranch, ScenarioSource } from '../types';
import { forgetSave } from './autosave';

/** Actions on the autosave: continue it or discard it. */
export function restoreActions(ctx: ActionContext) {
  const fail = (problem: SaveProblem): false => {
    ctx.set({ saveProblem: problem, loading: null });
    return false;
  };

  return {
    /** Restore the saved game exactly where it was; a save that cannot be used is reported, not thrown. */
    async continueSaved(): Promise<boolean> {
      const read = readSave(ctx.deps.storage);
      if (read === null) return false;
      if (!read.ok) return fail(read.errors[0]!);
      const save = read.value;
      ctx.set({ loading: { step: 'engine', progress: 0.2 } });
      const e = await loadEngine();
      ctx.set({ loading: { step: 'scenario', progress: 0.6 } });
      let source: ScenarioSource;
      let text: string | null;
      if (save.source.kind === 'bundled') {
        text = await ctx.deps.catalog.text(save.source.id);
        source = { kind: 'bundled', id: save.source.id };
      } else {
        text = readSavedScenario(ctx.deps.storage);
        source = { kind: 'custom', file: save.source.file, text: text ?? '' };
      }
      if (text === null) return fail(saveProblem('save/scenario-missing', save.log.scenario));
      const loaded = e.loadScenario(text, save.source.kind === 'bundled' ? bundledFile(save.source.id) : save.source.file);
      if (!loaded.ok) return fail(saveProblem('save/scenario-invalid', loaded.errors[0]?.message ?? ''));
      // The title only checked the log's shape; the engine checks it in full before use.
      const log = e.parseLog(JSON.stringify(save.log));
      if (!log.ok) return fail(saveProblem('save/corrupt', `log${log.errors[0]!.pointer}: ${log.errors[0]!.message}`, `/log${log.errors[0]!.pointer}`));
      const replayed = e.replay(loaded.value, log.value);
      if (!replayed.ok) return fail(saveProblem('save/replay', replayed.errors[0]!.message, '/log'));
      const branches: SavedBranch[] = [];
      for (const [i, b] of (save.branches ?? []).entries()) {
        const parsed = e.parseLog(JSON.stringify(b.log));
        if (!parsed.ok) return fail(saveProblem('save/corrupt', `branches/${i}/log${parsed.errors[0]!.pointer}: ${parsed.errors[0]!.message}`, `/branches/${i}/log${parsed.errors[0]!.pointer}`));
        const played = e.replay(loaded.value, parsed.value);
        if (!played.ok) return fail(saveProblem('save/replay', `branches/${i}: ${played.errors[0]!.message}`, `/branches/${i}/log`));
        branches.push({ label: b.label, log: parsed.value });
      }
      let session = { ...makeSession(source, loaded.value, replayed.value), branches };
      if (save.draft.assessment && session.loaded.scenario.actors.length > 0) {
        session = { ...session, assessment: { ...save.draft.assessment }, assessed: true };
      }
      session = withChosen(session, pruneChosen(session.loaded, session.state, save.draft.chosen));
      const screen = session.state.ending ? 'debrief' : save.screen === 'briefing' ? 'briefing' : 'ops';
      ctx.set({ session, screen, loading: null, saveProblem: null, problem: null });
      return true;
    },

    /** Throw the autosave away (the way out of a damaged one). */
    discardSave(): void {
      forgetSave(ctx);
    },
  };
}
