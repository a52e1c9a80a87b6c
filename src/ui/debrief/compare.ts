/** The comparison: the game beside a branch: scores by category, where they part and why, dropped decisions, both curves. */
import { fmtNumber, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type Comparison, type Divergence, type DroppedChoice, type Session } from '../../store';
import { download } from '../files';
import { iconOf } from '../iconView';
import { decisionTitle, evidenceTitle, flagLabel, injectTitle, metricLabel, reasonText } from '../names';
import { CATEGORY_ORDER } from '../ops/decisions';
import { html, nothing, svg, type TemplateResult } from '../view';

const W = 560;
const H = 160;
const PAD = { l: 44, r: 12, t: 10, b: 24 };

/** One metric, both games: the game a solid line, the branch dashed (told apart without colour; the legend says so). */
function pairChart(s: Session, c: Comparison, id: string, lang: string): TemplateResult {
  const m = s.loaded.scenario.metrics.find((x) => x.id === id)!;
  const series = (h: Session['state']['history']) => [m.initial, ...h.map((r) => r.metrics[id] ?? m.initial)];
  const a = series(s.state.history);
  const b = series(c.branch.state.history);
  const n = Math.max(1, a.length - 1, b.length - 1);
  const x = (turn: number) => PAD.l + (turn / n) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (Math.min(m.max, Math.max(m.min, v)) - m.min) / (m.max - m.min || 1)) * (H - PAD.t - PAD.b);
  const points = (vs: number[]) => vs.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const label = metricLabel(s.loaded, id, lang);
  const fa = a[a.length - 1]!;
  const fb = b[b.length - 1]!;
  const ticks = Array.from({ length: n + 1 }, (_, i) => i).filter((i) => n <= 12 || i % Math.ceil(n / 12) === 0);
  const turn = c.branch.divergence?.turn;
  return html`<figure class="chart-card compare-chart" data-testid=${`compare-chart-${id}`}>
    <figcaption><strong>${label}</strong> <span class="mono muted">${`${fmtValue(fa, m.unit)} · ${fmtValue(fb, m.unit)}`}</span></figcaption>
    <svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${t('game:rewind.chartLabel', { label, from: fmtValue(a[0]!, m.unit), to: fmtValue(fa, m.unit), branch: fmtValue(fb, m.unit) })}>
      ${svg`<line class="chart-axis" x1=${PAD.l} x2=${PAD.l} y1=${PAD.t} y2=${H - PAD.b}></line>
        <line class="chart-axis" x1=${PAD.l} x2=${W - PAD.r} y1=${H - PAD.b} y2=${H - PAD.b}></line>
        <text class="chart-tick" x=${PAD.l - 6} y=${PAD.t + 4} text-anchor="end">${fmtNumber(m.max, 0)}</text>
        <text class="chart-tick" x=${PAD.l - 6} y=${H - PAD.b} text-anchor="end">${fmtNumber(m.min, 0)}</text>
        ${ticks.map((i) => svg`<text class="chart-tick" x=${x(i)} y=${H - 6} text-anchor="middle">${i === 0 ? t('game:debrief.start') : String(i)}</text>`)}
        ${turn === undefined ? nothing : svg`<line class="chart-marker-line" x1=${x(turn)} x2=${x(turn)} y1=${PAD.t} y2=${H - PAD.b}></line>`}
        <polyline class="pair-line pair-game" points=${points(a)}></polyline>
        <polyline class="pair-line pair-branch" points=${points(b)}></polyline>`}
    </svg>
  </figure>`;
}

const legend = () =>
  html`<p class="pair-legend" data-testid="compare-legend">
    <span><svg class="legend-swatch" viewBox="0 0 36 8" aria-hidden="true">${svg`<line class="pair-line pair-game" x1="0" x2="36" y1="4" y2="4"></line>`}</svg>${t('game:rewind.legendGame')}</span>
    <span><svg class="legend-swatch" viewBox="0 0 36 8" aria-hidden="true">${svg`<line class="pair-line pair-branch" x1="0" x2="36" y1="4" y2="4"></line>`}</svg>${t('game:rewind.legendBranch')}</span>
  </p>`;

function scores(s: Session, c: Comparison): TemplateResult {
  const a = s.debrief!.score;
  const b = c.branch.score;
  const row = (name: string, va: number, vb: number, testid: string) =>
    html`<tr data-testid=${testid}><th scope="row">${name}</th><td class="mono">${fmtNumber(va, 0)}</td><td class="mono">${fmtNumber(vb, 0)}</td>
      <td class="mono ${vb > va ? 'better' : vb < va ? 'worse' : ''}">${fmtSigned(vb - va)}</td></tr>`;
  return html`<table class="table compare-scores" data-testid="compare-scores">
    <thead><tr><th scope="col"></th><th scope="col">${t('game:rewind.game')}</th><th scope="col">${t('game:rewind.branch')}</th><th scope="col">${t('game:rewind.difference')}</th></tr></thead>
    <tbody>
      ${row(t('game:rewind.overall'), a.overall, b.overall, 'compare-overall')}
      ${CATEGORY_ORDER.filter((cat) => a.categories[cat] !== undefined).map((cat) => row(t(`common:category.${cat}`), a.categories[cat]!, b.categories[cat] ?? 0, `compare-${cat}`))}
    </tbody>
  </table>`;
}

/** The world differences of one turn, as sentences. */
function worldLines(s: Session, d: NonNullable<Divergence['world']>, lang: string): string[] {
  const l = s.loaded;
  const yes = (v: boolean) => t(v ? 'game:rewind.yes' : 'game:rewind.no');
  const unit = (id: string) => l.scenario.metrics.find((m) => m.id === id)?.unit;
  const shown = d.metrics.filter((m) => l.scenario.metrics.find((x) => x.id === m.id)?.visible !== false);
  const ending = (id: string | null) => (id === null ? t('game:rewind.noEnding') : id === 'time' ? t('game:ending.time') : pick(l.scenario.endings.find((e) => e.id === id)?.title ?? id, lang, l.scenario.locales));
  return [
    ...shown.slice(0, 4).map((m) => t('game:rewind.metricDiff', { name: metricLabel(l, m.id, lang), a: fmtValue(m.a, unit(m.id)), b: fmtValue(m.b, unit(m.id)) })),
    ...d.flags.slice(0, 3).map((f) => t('game:rewind.flagDiff', { name: flagLabel(l, f.id, lang), a: yes(f.a), b: yes(f.b) })),
    ...d.injects.slice(0, 3).map((i) => t('game:rewind.injectDiff', { name: injectTitle(l, i.id, lang), a: i.a, b: i.b })),
    ...d.evidence.slice(0, 3).map((e) => t('game:rewind.evidenceDiff', { name: evidenceTitle(l, e.id, lang), a: t(e.a ? 'game:rewind.found' : 'game:rewind.notFound'), b: t(e.b ? 'game:rewind.found' : 'game:rewind.notFound') })),
    ...(d.ending ? [t('game:rewind.endingDiff', { a: ending(d.ending.a), b: ending(d.ending.b) })] : []),
  ];
}

function divergenceText(s: Session, c: Comparison, lang: string): TemplateResult {
  const d = c.branch.divergence;
  if (!d) return html`<p data-testid="compare-divergence">${t('game:rewind.sameGame')}</p>`;
  const names = (ids: string[]) => ids.map((id) => decisionTitle(s.loaded, id, lang)).join(', ');
  const lines = d.world ? worldLines(s, d.world, lang) : [];
  return html`<div data-testid="compare-divergence">
    <p><strong>${t('game:rewind.divergence', { turn: d.turn })}</strong>
      ${d.added.length ? ` ${t('game:rewind.added', { names: names(d.added) })}` : ''}${d.removed.length ? ` ${t('game:rewind.removed', { names: names(d.removed) })}` : ''}${d.assessment ? ` ${t('game:rewind.assessmentChanged')}` : ''}</p>
    ${d.world ? html`<p>${t('game:rewind.firstEffect', { turn: d.world.turn })}</p><ul class="compare-diffs">${lines.map((x) => html`<li>${x}</li>`)}</ul>` : html`<p class="muted">${t('game:rewind.noEffect')}</p>`}
  </div>`;
}

function droppedText(s: Session, x: DroppedChoice, lang: string): string {
  if (x.kind === 'release') return t('game:rewind.droppedRelease', { name: injectTitle(s.loaded, x.id, lang) });
  if (x.kind === 'assessment') return t('game:rewind.droppedAssessment');
  return `${decisionTitle(s.loaded, x.id, lang)}: ${x.reasons.map((r) => reasonText(s.loaded, r, lang)).join(' · ')}`;
}

/** The comparison panel, or nothing when no branch is open. */
export function compareSection(app: App, s: Session, lang: string): TemplateResult | typeof nothing {
  const c = s.compare;
  if (!c || !s.debrief) return nothing;
  const shown = s.loaded.scenario.metrics.filter((m) => m.visible !== false);
  const file = `cellule-${s.state.scenario}-seed${s.state.seed}-branch-t${c.branch.turn}.json`;
  return html`<section class="panel compare" aria-labelledby="compare-heading" data-testid="compare">
    <h2 id="compare-heading" tabindex="-1">${t('game:rewind.compareHeading', { label: c.label })}</h2>
    ${scores(s, c)}
    ${divergenceText(s, c, lang)}
    <h3>${t('game:rewind.dropped')}</h3>
    ${c.branch.dropped.length
      ? html`<ul class="compare-dropped" data-testid="compare-dropped">${c.branch.dropped.map((x) => html`<li><span class="mono">${t('game:debrief.turnShort', { turn: x.turn })}</span> ${droppedText(s, x, lang)}</li>`)}</ul>`
      : html`<p class="muted" data-testid="compare-dropped">${t('game:rewind.droppedNone')}</p>`}
    <h3>${t('game:rewind.chartsHeading')}</h3>
    ${legend()}
    <div class="chart-grid">${shown.map((m) => pairChart(s, c, m.id, lang))}</div>
    <div class="row">
      <button class="btn" data-testid="compare-download" @click=${() => download(file, app.actions.exportBranchLog() ?? '')}>${iconOf('download')}<span>${t('game:rewind.download')}</span></button>
      <button class="btn btn-ghost" data-testid="compare-close" @click=${() => app.actions.closeComparison()}>${t('game:rewind.close')}</button>
    </div>
  </section>`;
}
