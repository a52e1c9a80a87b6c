/** The analyser's key figures as a template: findings first, then random play, best line, balance, attribution, speed. */
import { type AnalysisReport, type AnalysisTiming, locateFindings } from '../../authoring';
import { fmtNumber, fmtPercent, t, tDynamic } from '../../i18n';
import { iconOf } from '../iconView';
import { html, nothing, type TemplateResult } from '../view';
import { findingText } from './findingText';
import type { CheckSource } from './source';

/** Balance entries shown besides the findings: the few whose removal costs the best line most. */
const SHOWN_LOSSES = 3;

const section = (testid: string, title: string, body: TemplateResult) =>
  html`<section class="check-block" data-testid=${testid}><h4 class="check-block-title">${title}</h4>${body}</section>`;

function findings(report: AnalysisReport, source: CheckSource) {
  const located = locateFindings(report.findings, source.text, source.file);
  // A note (what the author declared on purpose) is listed, but it is not a point to look at.
  const n = report.findings.filter((f) => f.severity !== 'note').length;
  const notes = report.findings.length - n;
  const head = n === 0 ? t('check:check.clean') : t('check:check.findings', { count: n });
  return html`<div class="check-findings-wrap">
    <p class="check-verdict ${n ? 'check-verdict-warn' : 'check-verdict-ok'}" data-testid="check-verdict">${iconOf(n ? 'alert' : 'check')}<span>${head}</span></p>
    ${notes ? html`<p class="hint check-notes" data-testid="check-notes">${t('check:check.notes', { count: notes })}</p>` : nothing}
    ${report.findings.length
      ? html`<ul class="check-findings" data-testid="check-findings">
          ${report.findings.map(
            (f, i) => html`<li class="check-finding check-finding-${f.severity}" data-code=${f.code} data-severity=${f.severity}>
              <span>${f.severity === 'note' ? html`<strong class="check-note-label">${t('check:check.noteLabel')}</strong> ` : nothing}${findingText(f, report)}</span>
              <span class="mono where">${t('check:check.where', { line: located[i]?.line ?? 1, col: located[i]?.col ?? 1, pointer: f.pointer || '/' })}</span></li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

function randomPlay(report: AnalysisReport) {
  const o = report.distribution.overall;
  const cells = (['min', 'median', 'p90', 'max'] as const).map(
    (k) => html`<div class="check-stat"><span class="check-stat-label">${t(`check:check.random.${k}`)}</span><span class="check-stat-value mono">${fmtNumber(o[k])}</span></div>`,
  );
  return section('check-random', t('check:check.random.heading'), html`<p class="hint">${t('check:check.random.caption', { runs: fmtNumber(report.coverage.runs, 0) })}</p><div class="check-stats">${cells}</div>`);
}

function bestLine(report: AnalysisReport, action: TemplateResult) {
  const best = report.best.score.overall;
  const ref = report.reference;
  let versus: string;
  if (!ref) versus = t('check:check.best.noReference');
  else if (!ref.legal || !ref.score) versus = t('check:check.best.referenceIllegal', { seed: ref.seed });
  else {
    const r = ref.score.overall;
    const which = best > r + 0.05 ? 'beats' : best >= r - 0.05 ? 'ties' : 'below';
    versus = t(`check:check.best.${which}`, { reference: fmtNumber(r) });
  }
  const ending = report.best.ending ?? 'time';
  return section(
    'check-best',
    t('check:check.best.heading'),
    html`<p class="check-big mono" data-testid="check-best-score">${fmtNumber(best)}</p>
      <p>${t('check:check.best.ending', { ending, count: report.best.turnsPlayed })}</p>
      <p data-testid="check-best-versus">${versus}</p>
      ${action}`,
  );
}

function reachability(report: AnalysisReport) {
  return section(
    'check-reach',
    t('check:check.reach.heading'),
    html`<p>${report.unreached.length === 0 ? t('check:check.reach.all') : t('check:check.reach.unreached', { count: report.unreached.length })}</p>
      ${report.reachedBySearch.length > 0 ? html`<p class="hint">${t('check:check.reach.bySearch', { count: report.reachedBySearch.length })}</p>` : nothing}`,
  );
}

function balance(report: AnalysisReport) {
  const gap = report.best.score.overall - report.distribution.overall.median;
  const losses = [...report.dominance].sort((a, b) => b.loss - a.loss).slice(0, SHOWN_LOSSES);
  const loss = (d: (typeof losses)[number]) =>
    t(d.kind === 'decision' ? 'check:check.balance.withoutDecision' : 'check:check.balance.withoutCategory', {
      id: d.kind === 'category' ? tDynamic(`common:category.${d.id}`) : d.id,
      loss: fmtNumber(d.loss),
      without: fmtNumber(d.without),
    });
  return section(
    'check-balance',
    t('check:check.balance.heading'),
    html`<p>${t('check:check.balance.gap', { gap: fmtNumber(gap) })}</p>
      ${losses.length ? html`<ul class="check-losses">${losses.map((d) => html`<li>${loss(d)}</li>`)}</ul>` : html`<p class="hint">${t('check:check.balance.none')}</p>`}`,
  );
}

function attribution(report: AnalysisReport) {
  const a = report.attribution;
  if (!a) return section('check-attribution', t('check:check.attribution.heading'), html`<p class="hint">${t('check:check.attribution.none')}</p>`);
  return section(
    'check-attribution',
    t('check:check.attribution.heading'),
    html`<p class="check-big mono" data-testid="check-posterior">${`${fmtPercent(a.prior)} → ${fmtPercent(a.posterior)}`}</p>
      <p class="hint">${t('check:check.attribution.caption', { count: a.evidence.length })}</p>`,
  );
}

function speed(report: AnalysisReport, timing: AnalysisTiming) {
  const value = t('check:check.speed.value', { rate: fmtNumber(timing.runsPerSecond, 0), runs: fmtNumber(report.coverage.runs, 0), seconds: fmtNumber(timing.seconds) });
  return section('check-speed', t('check:check.speed.heading'), html`<p data-testid="check-rate">${value}</p>`);
}

/** The figures without the findings and the timing: random play, best line (with its own action), reach, balance, attribution. */
export function figureGrid(report: AnalysisReport, best: TemplateResult): TemplateResult {
  return html`<div class="check-grid">${randomPlay(report)} ${best} ${reachability(report)} ${balance(report)} ${attribution(report)}</div>`;
}

/** The best line's figures, with a button of the caller's (download it, watch it). */
export function bestLineSection(report: AnalysisReport, action: TemplateResult): TemplateResult {
  return bestLine(report, action);
}

/** Everything the panel shows once the analysis is done. */
export function figures(report: AnalysisReport, timing: AnalysisTiming, source: CheckSource, onDownload: () => void): TemplateResult {
  return html`<div class="check-results" data-testid="check-results">
    ${findings(report, source)}
    <div class="check-grid">${randomPlay(report)} ${bestLine(report, html`<button class="btn" data-testid="check-download-best" @click=${onDownload}>${iconOf('download')}<span>${t('check:check.best.download')}</span></button>`)} ${reachability(report)} ${balance(report)} ${attribution(report)} ${speed(report, timing)}</div>
  </div>`;
}
