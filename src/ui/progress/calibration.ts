/** Calibration of the attribution assessments across games: Brier trend, reliability diagram, a verdict in words. */
import { fmtNumber, fmtPercent, t } from '../../i18n';
import { MIN_GAMES_FOR_VERDICT, type Calibration } from '../../store';
import { html, type TemplateResult } from '../view';
import { cardTable } from './cardTable';
import { reliabilityDiagram, seriesChart } from './charts';

function verdict(c: Calibration): string {
  const { games, confidence, hitRate, verdict: v } = c.top;
  return t(`progress:calibration.verdict.${v}`, { min: MIN_GAMES_FOR_VERDICT, count: games, confidence: fmtPercent(confidence), hitRate: fmtPercent(hitRate) });
}

function binTable(c: Calibration): TemplateResult {
  return html`<details class="progress-table">
    <summary>${t('progress:trend.table')}</summary>
    ${cardTable(
      [t('progress:calibration.colBand'), t('progress:calibration.colCount'), t('progress:calibration.colPredicted'), t('progress:calibration.colObserved')],
      c.bins.map((b) => [
        t('progress:calibration.bin', { from: fmtPercent(b.from), to: fmtPercent(b.to) }),
        String(b.count),
        b.count ? fmtPercent(b.predicted) : t('progress:calibration.binEmpty'),
        b.count ? fmtPercent(b.observed) : '—',
      ]),
    )}
  </details>`;
}

export function calibrationSection(c: Calibration): TemplateResult {
  const brier = c.brier.map((b) => b.value);
  const body = brier.length
    ? html`<p class="progress-verdict verdict-${c.top.verdict}" data-testid="calibration-verdict">${verdict(c)}</p>
        <div class="chart-grid progress-charts">
          ${seriesChart({
            testid: 'brier-trend',
            caption: t('progress:calibration.brier'),
            label: t('progress:calibration.brierLabel', { count: brier.length, first: fmtNumber(brier[0]!, 2), last: fmtNumber(brier[brier.length - 1]!, 2) }),
            values: brier,
            min: 0,
            max: 2,
            goodness: (v) => 1 - v / 2,
            digits: 2,
            hint: t('progress:calibration.brierHint'),
          })}
          ${reliabilityDiagram(c.bins, brier.length)}
        </div>
        ${binTable(c)}`
    : html`<p data-testid="calibration-none">${t('progress:calibration.none')}</p>`;
  return html`<section class="panel" aria-labelledby="calibration-heading" data-testid="progress-calibration">
    <h2 id="calibration-heading">${t('progress:calibration.heading')}</h2>
    <p>${t('progress:calibration.intro')}</p>
    ${body}
  </section>`;
}
