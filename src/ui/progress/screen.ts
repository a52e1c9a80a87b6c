/** The learner's progress: score trends per scenario and category, and attribution calibration, from the games kept in this browser. */
import { t } from '../../i18n';
import { byScenario, calibrationOf, EMPTY_PROGRESS, type App, type ProgressNotice, type ProgressState } from '../../store';
import { download, FileTextError, fileInput, readText } from '../files';
import { iconOf } from '../iconView';
import type { View } from '../screens/view';
import { html, nothing, render, type TemplateResult } from '../view';
import { watch } from '../watch';
import { calibrationSection } from './calibration';
import { trendSection } from './trend';
import { registerProgressStrings } from '../../i18n/bundles/progress';

function noticeText(n: ProgressNotice): string {
  switch (n.kind) {
    case 'imported':
      return t('progress:notice.imported', { file: n.file, added: n.added, already: n.already });
    case 'import-failed': {
      const where = n.problem.pointer ? ` ${t('progress:notice.where', { pointer: n.problem.pointer })}` : '';
      return t('progress:notice.importFailed', { file: n.file, problem: t(`progress:notice.problem.${n.problem.code}`, { detail: n.problem.detail }) + where });
    }
    case 'unreadable':
      return t('progress:notice.unreadable', { file: n.file, detail: n.detail });
    case 'cleared':
      return t('progress:notice.cleared');
    case 'refused':
      return t('progress:notice.refused');
  }
}

function notice(app: App, n: ProgressNotice | null): TemplateResult | typeof nothing {
  if (!n) return nothing;
  const bad = n.kind === 'import-failed' || n.kind === 'refused' || n.kind === 'unreadable';
  return html`<div class="banner ${bad ? 'banner-error' : 'banner-info'} progress-notice" role=${bad ? 'alert' : 'status'} data-testid="progress-notice">
    <p>${noticeText(n)}</p>
    <button class="btn btn-ghost" @click=${() => app.actions.dismissProgressNotice()}>${t('progress:notice.dismiss')}</button>
  </div>`;
}

async function importFile(app: App, file: File): Promise<void> {
  try {
    await app.actions.importHistory(file.name, await readText(file));
  } catch (e) {
    app.actions.historyFileUnreadable(file.name, e instanceof FileTextError || e instanceof Error ? e.message : String(e));
  }
}

export const mountProgressScreen: View = (root, app) => {
  registerProgressStrings();
  const body = document.createElement('div');
  body.className = 'progress-body';
  const input = fileInput('progress-import-input', (file) => void importFile(app, file));
  root.append(body, input);
  let confirming = false;

  const actions = (p: ProgressState, count: number): TemplateResult => {
    const exportFile = () => download(`cellule-history-${new Date().toISOString().slice(0, 10)}.json`, app.actions.exportHistory());
    const clear = async () => {
      confirming = false;
      await app.actions.clearHistory();
    };
    return html`<div class="row progress-actions">
        <button class="btn" data-testid="progress-export" title=${t('progress:actions.exportTitle')} ?disabled=${!count} @click=${exportFile}>${iconOf('download')}<span>${t('progress:actions.export')}</span></button>
        <button class="btn" data-testid="progress-import" title=${t('progress:actions.importTitle')} @click=${() => input.click()}>${iconOf('upload')}<span>${t('progress:actions.import')}</span></button>
        <button class="btn" data-testid="progress-clear" title=${t('progress:actions.clearTitle')} ?disabled=${!count || confirming} @click=${() => ((confirming = true), paint())}>${iconOf('close')}<span>${t('progress:actions.clear')}</span></button>
        <button class="btn btn-ghost" data-testid="back" @click=${() => app.actions.quitToTitle()}>${iconOf('home')}<span>${t('progress:actions.back')}</span></button>
      </div>
      ${confirming && p.games
        ? html`<div class="banner banner-error progress-notice" role="alertdialog" aria-labelledby="clear-question" data-testid="progress-clear-confirm">
            <p id="clear-question">${t('progress:actions.clearConfirm', { count })}</p>
            <div class="row">
              <button class="btn btn-danger" data-testid="progress-clear-yes" @click=${() => void clear()}>${t('progress:actions.clearYes')}</button>
              <button class="btn" data-testid="progress-clear-no" @click=${() => ((confirming = false), paint())}>${t('progress:actions.clearNo')}</button>
            </div>
          </div>`
        : nothing}`;
  };

  const content = (p: ProgressState, lang: string): TemplateResult => {
    if (p.games === null) return html`<p class="muted" data-testid="progress-loading">${t('progress:head.loading')}</p>`;
    if (p.games.length === 0)
      return html`<section class="panel" data-testid="progress-empty"><h2>${t('progress:empty.heading')}</h2><p>${t('progress:empty.body')}</p>
        <button class="btn btn-primary" data-testid="progress-play" @click=${() => void app.actions.openScenarios()}>${iconOf('flag')}<span>${t('progress:empty.play')}</span></button></section>`;
    return html`${trendSection(app, byScenario(p.games), p, lang)} ${calibrationSection(calibrationOf(p.games))}`;
  };

  const paint = () => {
    const { language, progress } = app.store.getState();
    const p = progress ?? EMPTY_PROGRESS;
    const count = p.games?.length ?? 0;
    render(
      html`<header class="progress-head">
          <h1 data-testid="progress-heading" tabindex="-1">${iconOf('chart')}<span>${t('progress:head.heading')}</span></h1>
          <p>${t('progress:head.intro')} ${p.games ? html`<strong data-testid="progress-count">${t('progress:head.count', { count })}</strong>` : nothing}
            ${p.skipped ? t('progress:head.skipped', { count: p.skipped }) : nothing}</p>
          ${actions(p, count)}
        </header>
        ${notice(app, p.notice)} ${content(p, language)}`,
      body,
    );
  };
  const stop = watch(app.store, (s) => [s.language, s.progress] as const, paint);
  queueMicrotask(() => root.querySelector<HTMLElement>('h1')?.focus());
  return stop;
};
