/**
 * "Check this scenario": runs the analyser in a Web Worker (src/authoring/client.ts) with a
 * progress bar and a cancel button, then shows its key figures. The page stays responsive: all the
 * work is in the worker, and the panel only moves the bar when progress arrives.
 */
import { type AnalysisReport, type AnalysisTiming, type RunningAnalysis, startAnalysis } from '../../authoring';
import { fmtNumber, fmtPercent, t } from '../../i18n';
import type { App, ScenarioEntry } from '../../store';
import { uid } from '../dom';
import { download } from '../files';
import { iconOf } from '../iconView';
import { html, nothing, render } from '../view';
import { watch } from '../watch';
import { checkSource, type CheckSource } from './source';

/** Random games the author can ask for; the analyser's default (10,000) first. */
export const RUN_CHOICES = [10_000, 1_000, 50_000] as const;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; report: AnalysisReport; timing: AnalysisTiming; source: CheckSource; view: FiguresModule }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/** The figures' view (and the source locator it uses) loads with the first result, not with the page. */
type FiguresModule = typeof import('./figures');

export interface CheckPanel {
  el: HTMLElement;
  dispose(): void;
}

/** The panel for one scenario entry; it keeps its result while the player looks at other scenarios. */
export function checkPanel(app: App, entry: ScenarioEntry): CheckPanel {
  let phase: Phase = { kind: 'idle' };
  let running: RunningAnalysis | null = null;
  let runs: number = RUN_CHOICES[0];
  const headingId = uid('check');
  const el = document.createElement('section');
  el.className = 'check-panel';
  el.dataset.testid = 'check-panel';
  el.setAttribute('aria-labelledby', headingId);

  function statusText(): string {
    switch (phase.kind) {
      case 'running':
        return t('check:check.running');
      case 'failed':
        return t('check:check.failed', { message: phase.message });
      case 'cancelled':
        return t('check:check.cancelled');
      default:
        return '';
    }
  }

  function results() {
    if (phase.kind !== 'done') return nothing;
    const p = phase;
    const save = () => download(`cellule-${p.report.scenario}-best-seed${p.report.seed}.json`, JSON.stringify(p.report.best.log, null, 2) + '\n');
    return p.view.figures(p.report, p.timing, p.source, save);
  }

  function view() {
    const busy = phase.kind === 'running';
    const share = phase.kind === 'running' && phase.total > 0 ? phase.done / phase.total : 0;
    return html`<h3 class="check-heading" id=${headingId}>${t('check:check.heading')}</h3>
      <p class="hint">${t('check:check.intro')}</p>
      <div class="check-controls">
        <div class="field">
          <label for=${`${headingId}-runs`}>${t('check:check.runs')}</label>
          <select class="input" data-testid="check-runs" id=${`${headingId}-runs`} ?disabled=${busy} @change=${(e: Event) => (runs = Number((e.target as HTMLSelectElement).value))}>
            ${RUN_CHOICES.map((n) => html`<option value=${n} .selected=${n === runs}>${fmtNumber(n, 0)}</option>`)}
          </select>
        </div>
        <button class="btn btn-primary" data-testid="check-start" ?disabled=${busy} @click=${() => void run()}>${iconOf('chart')}<span>${phase.kind === 'idle' ? t('check:check.start') : t('check:check.again')}</span></button>
      </div>
      <div class="check-progress-row" ?hidden=${!busy}>
        <progress class="check-bar" data-testid="check-progress" max="1" .value=${share} aria-label=${t('check:check.progress')}></progress>
        <span class="mono check-percent" aria-hidden="true">${busy ? fmtPercent(share) : ''}</span>
        <button class="btn btn-danger" data-testid="check-cancel" @click=${() => stop()}>${iconOf('close')}<span>${t('check:check.cancel')}</span></button>
      </div>
      <p class="check-status" data-testid="check-status" role="status">${statusText()}</p>
      <div class="check-body">${results()}</div>`;
  }

  const update = () => render(view(), el);

  function set(next: Phase): void {
    phase = next;
    update();
  }

  async function run(): Promise<void> {
    if (running) return;
    set({ kind: 'running', done: 0, total: 1 });
    const source = await checkSource(entry);
    if (!source) return set({ kind: 'failed', message: entry.key });
    if (phase.kind !== 'running') return; // cancelled meanwhile
    const job = startAnalysis({ text: source.text, file: source.file, runs }, (done, total) => {
      if (running === job) set({ kind: 'running', done, total });
    });
    running = job;
    try {
      const [{ report, timing }, view] = await Promise.all([job.result, import('./figures')]);
      if (running === job) set({ kind: 'done', report, timing, source, view });
    } catch (e) {
      if (running === job) set({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (running === job) running = null;
    }
  }

  function stop(): void {
    const job = running;
    running = null;
    job?.cancel();
    set({ kind: 'cancelled' });
  }

  const unwatch = watch(app.store, (s) => [s.language] as const, update);
  return {
    el,
    dispose() {
      unwatch();
      const job = running;
      running = null;
      job?.cancel();
    },
  };
}
