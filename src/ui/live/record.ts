/**
 * The live workshop's record is its session file (`cellule/workshop@2`), fetched from the server:
 * downloaded as is, or opened in the workshop screen, whose hot wash and reports (Markdown, HTML,
 * CSV) are made from it exactly as for a hot-seat session.
 */
import type { App, LiveStore } from '../../store';
import { download } from '../files';
import { workshopOf } from '../workshop/instance';

function fileName(live: LiveStore): string {
  const { loaded, code } = live.store.getState();
  return `cellule-workshop-${loaded?.scenario.id ?? 'live'}-${code ?? ''}.cellule-workshop.json`;
}

export async function downloadSession(live: LiveStore): Promise<void> {
  download(fileName(live), await live.actions.sessionText(), 'application/json');
}

/** Open the session in the workshop screen (its hot wash, then the reports). */
export async function openHotWash(app: App, live: LiveStore): Promise<void> {
  const text = await live.actions.sessionText();
  const ws = workshopOf(app);
  if (await ws.actions.openFile(text, fileName(live))) {
    ws.actions.setView('hotwash');
    app.actions.goTo('workshop');
  }
}
