/**
 * "Check this scenario": runs the analyser in a Web Worker (src/authoring/client.ts) with a
 * progress bar and a cancel button, then shows its key figures. The page stays responsive: all the
 * work is in the worker, and the panel only moves the bar when progress arrives.
 */
import { type AnalysisReport, type AnalysisTiming, type RunningAnalysis, startAnalysis } from '../../authoring';
import { fmtNumber, fmtPercent, t } from '../../i18n';
import type { App, ScenarioEntry } from '../../store';
import { fill, h, text, uid } from '../dom';
import { download } from '../files';
import { icon } from '../icons';
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
  const headingId = uid('check');
  const heading = h('h3', { class: 'check-heading', attrs: { id: headingId } });
  const intro = h('p', { class: 'hint' });
  const runsLabel = h('label', { attrs: { for: `${headingId}-runs` } });
  const runs = h('select', { class: 'input', testid: 'check-runs', attrs: { id: `${headingId}-runs` } }, RUN_CHOICES.map((n) => h('option', { attrs: { value: n } })));
  const start = h('button', { class: 'btn btn-primary', testid: 'check-start', on: { click: () => void run() } }, icon('chart'), h('span', null));
  const bar = h('progress', { class: 'check-bar', testid: 'check-progress', attrs: { max: 1, value: 0 } });
  const percent = h('span', { class: 'mono check-percent', attrs: { 'aria-hidden': 'true' } });
  const cancel = h('button', { class: 'btn btn-danger', testid: 'check-cancel', on: { click: () => stop() } }, icon('close'), h('span', null));
  const progressRow = h('div', { class: 'check-progress-row', attrs: { hidden: true } }, bar, percent, cancel);
  const status = h('p', { class: 'check-status', testid: 'check-status', attrs: { role: 'status' } });
  const body = h('div', { class: 'check-body' });
  const el = h(
    'section',
    { class: 'check-panel', testid: 'check-panel', attrs: { 'aria-labelledby': headingId } },
    heading,
    intro,
    h('div', { class: 'check-controls' }, h('div', { class: 'field' }, runsLabel, runs), start),
    progressRow,
    status,
    body,
  );

  function render(): void {
    text(heading, t('check:check.heading'));
    text(intro, t('check:check.intro'));
    text(runsLabel, t('check:check.runs'));
    [...runs.options].forEach((o, i) => text(o, fmtNumber(RUN_CHOICES[i]!, 0)));
    text(start.lastElementChild!, phase.kind === 'idle' ? t('check:check.start') : t('check:check.again'));
    text(cancel.lastElementChild!, t('check:check.cancel'));
    start.disabled = phase.kind === 'running';
    runs.disabled = phase.kind === 'running';
    progressRow.hidden = phase.kind !== 'running';
    bar.setAttribute('aria-label', t('check:check.progress'));
    if (phase.kind === 'running') {
      const share = phase.total > 0 ? phase.done / phase.total : 0;
      bar.value = share;
      text(percent, fmtPercent(share));
    }
    text(status, statusText());
    if (phase.kind === 'done') {
      const p = phase;
      fill(body, p.view.figures(p.report, p.timing, p.source, () => download(`cellule-${p.report.scenario}-best-seed${p.report.seed}.json`, JSON.stringify(p.report.best.log, null, 2) + '\n')));
    } else body.replaceChildren();
  }

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

  function set(next: Phase): void {
    phase = next;
    render();
  }

  async function run(): Promise<void> {
    if (running) return;
    set({ kind: 'running', done: 0, total: 1 });
    const source = await checkSource(entry);
    if (!source) return set({ kind: 'failed', message: entry.key });
    if (phase.kind !== 'running') return; // cancelled meanwhile
    const job = startAnalysis({ text: source.text, file: source.file, runs: Number(runs.value) }, (done, total) => {
      if (running !== job) return;
      phase = { kind: 'running', done, total };
      bar.value = total > 0 ? done / total : 0;
      text(percent, fmtPercent(bar.value));
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

  const unwatch = watch(app.store, (s) => [s.language] as const, render);
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
