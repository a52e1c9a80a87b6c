/** The analyser's key figures as DOM: findings first, then random play, best line, balance, attribution, speed. */
import { type AnalysisReport, type AnalysisTiming, locateFindings } from '../../authoring';
import { fmtNumber, fmtPercent, t, tDynamic } from '../../i18n';
import { h } from '../dom';
import { icon } from '../icons';
import { findingText } from './findingText';
import type { CheckSource } from './source';

/** Balance entries shown besides the findings: the few whose removal costs the best line most. */
const SHOWN_LOSSES = 3;

function section(testid: string, title: string, ...body: HTMLElement[]): HTMLElement {
  return h('section', { class: 'check-block', testid }, h('h4', { class: 'check-block-title' }, title), ...body);
}

function findings(report: AnalysisReport, source: CheckSource): HTMLElement {
  const located = locateFindings(report.findings, source.text, source.file);
  const head = report.findings.length === 0 ? t('check:check.clean') : t('check:check.findings', { count: report.findings.length });
  return h(
    'div',
    { class: 'check-findings-wrap' },
    h('p', { class: `check-verdict ${report.findings.length ? 'check-verdict-warn' : 'check-verdict-ok'}`, testid: 'check-verdict' }, icon(report.findings.length ? 'alert' : 'check'), h('span', null, head)),
    report.findings.length
      ? h(
          'ul',
          { class: 'check-findings', testid: 'check-findings' },
          report.findings.map((f, i) =>
            h(
              'li',
              { class: 'check-finding', attrs: { 'data-code': f.code } },
              h('span', null, findingText(f, report)),
              ' ',
              h('span', { class: 'mono where' }, t('check:check.where', { line: located[i]?.line ?? 1, col: located[i]?.col ?? 1, pointer: f.pointer || '/' })),
            ),
          ),
        )
      : null,
  );
}

function randomPlay(report: AnalysisReport): HTMLElement {
  const o = report.distribution.overall;
  const cells = (['min', 'median', 'p90', 'max'] as const).map((k) => h('div', { class: 'check-stat' }, h('span', { class: 'check-stat-label' }, t(`check:check.random.${k}`)), h('span', { class: 'check-stat-value mono' }, fmtNumber(o[k]))));
  return section('check-random', t('check:check.random.heading'), h('p', { class: 'hint' }, t('check:check.random.caption', { runs: fmtNumber(report.coverage.runs, 0) })), h('div', { class: 'check-stats' }, cells));
}

function bestLine(report: AnalysisReport, onDownload: () => void): HTMLElement {
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
    h('p', { class: 'check-big mono', testid: 'check-best-score' }, fmtNumber(best)),
    h('p', null, t('check:check.best.ending', { ending, count: report.best.turnsPlayed })),
    h('p', { testid: 'check-best-versus' }, versus),
    h('button', { class: 'btn', testid: 'check-download-best', on: { click: onDownload } }, icon('download'), h('span', null, t('check:check.best.download'))),
  );
}

function reachability(report: AnalysisReport): HTMLElement {
  const lines: HTMLElement[] = [];
  if (report.unreached.length === 0) lines.push(h('p', null, t('check:check.reach.all')));
  else lines.push(h('p', null, t('check:check.reach.unreached', { count: report.unreached.length })));
  if (report.reachedBySearch.length > 0) lines.push(h('p', { class: 'hint' }, t('check:check.reach.bySearch', { count: report.reachedBySearch.length })));
  return section('check-reach', t('check:check.reach.heading'), ...lines);
}

function balance(report: AnalysisReport): HTMLElement {
  const gap = report.best.score.overall - report.distribution.overall.median;
  const losses = [...report.dominance].sort((a, b) => b.loss - a.loss).slice(0, SHOWN_LOSSES);
  return section(
    'check-balance',
    t('check:check.balance.heading'),
    h('p', null, t('check:check.balance.gap', { gap: fmtNumber(gap) })),
    losses.length
      ? h(
          'ul',
          { class: 'check-losses' },
          losses.map((d) =>
            h('li', null, t(d.kind === 'decision' ? 'check:check.balance.withoutDecision' : 'check:check.balance.withoutCategory', { id: d.kind === 'category' ? tDynamic(`common:category.${d.id}`) : d.id, loss: fmtNumber(d.loss), without: fmtNumber(d.without) })),
          ),
        )
      : h('p', { class: 'hint' }, t('check:check.balance.none')),
  );
}

function attribution(report: AnalysisReport): HTMLElement {
  const a = report.attribution;
  if (!a) return section('check-attribution', t('check:check.attribution.heading'), h('p', { class: 'hint' }, t('check:check.attribution.none')));
  return section(
    'check-attribution',
    t('check:check.attribution.heading'),
    h('p', { class: 'check-big mono', testid: 'check-posterior' }, `${fmtPercent(a.prior)} → ${fmtPercent(a.posterior)}`),
    h('p', { class: 'hint' }, t('check:check.attribution.caption', { count: a.evidence.length })),
  );
}

function speed(report: AnalysisReport, timing: AnalysisTiming): HTMLElement {
  return section(
    'check-speed',
    t('check:check.speed.heading'),
    h('p', { testid: 'check-rate' }, t('check:check.speed.value', { rate: fmtNumber(timing.runsPerSecond, 0), runs: fmtNumber(report.coverage.runs, 0), seconds: fmtNumber(timing.seconds) })),
  );
}

/** Everything the panel shows once the analysis is done. */
export function figures(report: AnalysisReport, timing: AnalysisTiming, source: CheckSource, onDownload: () => void): HTMLElement {
  return h(
    'div',
    { class: 'check-results', testid: 'check-results' },
    findings(report, source),
    h('div', { class: 'check-grid' }, randomPlay(report), bestLine(report, onDownload), reachability(report), balance(report), attribution(report), speed(report, timing)),
  );
}
