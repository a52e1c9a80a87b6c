/**
 * A studio draft play-tested in a tab of its own (`?playtest=<draft key>&seed=`): the studio stays
 * open in the author's tab. The draft is read from this browser's drafts (the studio writes it
 * before opening the tab); the game checks it as any opened file, and refuses it located.
 */
import type { App } from '../../store';

export async function openPlaytest(app: App, key: string, seed: number | undefined): Promise<void> {
  const { readDraft } = await import('./drafts');
  const draft = await readDraft(key);
  if (!draft) {
    // Deleted meanwhile, or another browser's link: the studio lists the drafts there are.
    app.actions.goTo('studio');
    return;
  }
  if (!(await app.actions.loadScenarioFile(draft.text, draft.file))) return;
  const selected = app.store.getState().selected;
  if (selected !== null) await app.actions.newGame(selected, seed);
}

/** The address of a draft's play-test tab. */
export function playtestUrl(key: string, seed: number | undefined, lang: string): string {
  const q = new URLSearchParams({ playtest: key, lang });
  if (seed !== undefined) q.set('seed', String(seed));
  return `${window.location.pathname}?${q.toString()}`;
}
