/** The reports, built from the session log in the browser and downloaded as files. */
import { t } from '../../i18n';
import { aarHtml, aarMarkdown, decisionsCsv } from '../../workshop';
import type { App } from '../../store';
import type { WorkshopStore } from '../../store';
import { download } from '../files';
import { iconOf } from '../iconView';
import { html, nothing } from '../view';
import { followView } from './follow';
import { reportTranslator } from './text';

type Kind = 'md' | 'html' | 'csv' | 'session';

/** `cellule-<what>-<scenario>-<yyyy-mm-dd>` from the session's creation date. */
function fileName(ws: WorkshopStore, what: string, ext: string): string {
  const s = ws.store.getState().session!;
  return `cellule-${what}-${s.scenario}-${s.createdAt.slice(0, 10)}.${ext}`;
}

/** The session file's name; also for a session still waiting for its scenario (then its own file name). */
export function sessionFileName(ws: WorkshopStore): string {
  const { session, needed } = ws.store.getState();
  if (session) return fileName(ws, 'workshop', 'cellule-workshop.json');
  return needed?.file ?? `cellule-workshop-${needed?.id ?? 'session'}.cellule-workshop.json`;
}

/**
 * Build and download one report in the app's current language. The After-Action Reports wait for
 * each team's missed chances, searched in a worker (once per room: a second report is at once).
 */
export async function downloadReport(app: App, ws: WorkshopStore, kind: Kind): Promise<void> {
  const { loaded, session, room } = ws.store.getState();
  if (!loaded || !session || !room) return;
  const lang = app.store.getState().language;
  if (kind === 'md' || kind === 'html') {
    const options = { t: reportTranslator(lang), locale: lang, missed: await ws.actions.missedForReport()! };
    if (kind === 'md') download(fileName(ws, 'aar', 'md'), aarMarkdown(loaded, session, room, options), 'text/markdown;charset=utf-8');
    else download(fileName(ws, 'aar', 'html'), aarHtml(loaded, session, room, options), 'text/html;charset=utf-8');
  } else if (kind === 'csv') download(fileName(ws, 'decisions', 'csv'), '\ufeff' + decisionsCsv(loaded, room, reportTranslator(lang), lang), 'text/csv;charset=utf-8');
  else download(sessionFileName(ws), ws.actions.sessionText() ?? '', 'application/json');
}

/** The bar's report buttons; while a report waits for the search, its button is busy and says so. */
export function mountReports(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let busy: Kind | null = null;
  const press = async (kind: Kind) => {
    if (busy) return;
    busy = kind;
    view.refresh();
    try {
      await downloadReport(app, ws, kind);
    } finally {
      busy = null;
      view.refresh();
    }
  };
  const button = (kind: Kind, label: string) =>
    html`<button class="btn btn-small" data-testid=${`ws-report-${kind}`} aria-busy=${busy === kind ? 'true' : 'false'} ?disabled=${busy !== null} @click=${() => void press(kind)}>${iconOf('download')}<span>${busy === kind ? t('workshop:ui.reports.preparing') : label}</span></button>`;
  const view = followView(root, app, ws, (s, lang) => [s.session === null, lang] as const, ([none]) =>
    none
      ? nothing
      : html`<h2 class="panel-title ws-reports-label">${t('workshop:ui.reports.label')}</h2>${button('md', t('workshop:ui.reports.markdown'))}${button('html', t('workshop:ui.reports.html'))}${button('csv', t('workshop:ui.reports.csv'))}${button('session', t('workshop:ui.reports.session'))}`,
  );
  return () => view.stop();
}
