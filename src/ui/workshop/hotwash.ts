/**
 * The hot wash: the room walks through the results step by step: scores, key moments, decisions that mattered, divergences, calibration, reference.
 * Steps re-render declaratively: the step buttons and the report buttons stay the same elements.
 */
import { fmtNumber, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App } from '../../store';
import type { WorkshopStore } from '../../store';
import { highlights, missedSection, referenceSection, type ReportContext, reportContext } from '../../workshop';
import type { TeamsMissed } from '../../store';
import { iconOf } from '../iconView';
import { causeText, metricLabel } from '../names';
import { html, nothing, type TemplateResult } from '../view';
import { renderBlocks } from './blocks';
import { followView } from './follow';
import { mountReports } from './reports';
import { reportTranslator } from './text';

const STEPS = ['scores', 'moments', 'movers', 'divergences', 'brier', 'reference', 'missed'] as const;
type Step = (typeof STEPS)[number];
const CATEGORIES = ['containment', 'communication', 'recovery', 'coordination', 'attribution'] as const;

let current: Step = 'scores';

const NUMERIC = /^[\d\s.,−—-]+$/;

/** A table whose cells carry their column's name, so a phone can show each row as a card (small.css); roles keep it a table then. */
function table(head: string[], rows: string[][], testid: string): TemplateResult {
  const cell = (x: string, i: number) =>
    i === 0 ? html`<th scope="row" role="rowheader">${x}</th>` : html`<td role="cell" class=${NUMERIC.test(x) ? 'mono' : nothing} data-label=${head[i] ?? ''}>${x}</td>`;
  return html`<div class="ws-table-wrap"><table class="ws-table" role="table" data-testid=${testid}><thead role="rowgroup"><tr role="row">${head.map((x) => html`<th scope="col" role="columnheader">${x}</th>`)}</tr></thead><tbody role="rowgroup">${rows.map((r) => html`<tr role="row">${r.map(cell)}</tr>`)}</tbody></table></div>`;
}

function section(ctx: ReportContext, step: Step, lang: string, missed: TeamsMissed | null): TemplateResult[] {
  const { hot, loaded } = ctx;
  const sc = loaded.scenario;
  switch (step) {
    case 'scores': {
      const cats = CATEGORIES.filter((c) => hot.teams.some((t) => t.score.categories[c] !== undefined));
      const sorted = [...hot.teams].sort((a, b) => b.score.overall - a.score.overall);
      return [
        table(
          [t('workshop:ui.hotwash.team'), t('workshop:ui.hotwash.overall'), ...cats.map((c) => ctx.t(`category.${c}`)), t('workshop:ui.hotwash.ending')],
          sorted.map((team) => [team.name, fmtNumber(team.score.overall, 1), ...cats.map((c) => (team.score.categories[c] === undefined ? '—' : fmtNumber(team.score.categories[c]!, 0))), team.ending ? ctx.ending(team.ending) : t('workshop:ui.hotwash.notEnded')]),
          'ws-hw-scores',
        ),
      ];
    }
    case 'moments':
      if (hot.moments.length === 0) return [html`<p class="muted">${t('workshop:ui.hotwash.noMoments')}</p>`];
      return [
        html`<ol class="ws-moments" data-testid="ws-hw-moments">${hot.moments.map((m) => {
          const unit = sc.metrics.find((x) => x.id === m.metric)?.unit;
          const what = `${metricLabel(loaded, m.metric, lang)} ${fmtValue(m.from, unit)} → ${fmtValue(m.to, unit)} (${fmtSigned(m.to - m.from)})`;
          return html`<li><span class="ws-moment-head">${t('workshop:ui.hotwash.moment', { team: ctx.team(m.team), turn: m.turn })}</span><span class="ws-moment-what">${what}</span><span class="muted">${causeText(loaded, m.cause, lang)}</span></li>`;
        })}</ol>`,
      ];
    case 'movers':
      return renderBlocks(highlights(ctx).slice(1, 2));
    case 'divergences':
      return renderBlocks(highlights(ctx).slice(3));
    case 'brier': {
      const actorName = (id: string | null) => (id ? pick(sc.actors.find((a) => a.id === id)?.name ?? id, lang, sc.locales) : '—');
      return [
        html`<p class="hint">${t('workshop:ui.hotwash.brierHint')}</p>`,
        table(
          [t('workshop:ui.hotwash.team'), t('workshop:ui.hotwash.culprit'), t('workshop:ui.hotwash.brier'), t('workshop:ui.hotwash.brierIdeal')],
          hot.brier.map((b) => [ctx.team(b.team), actorName(b.culprit), b.final === null ? '—' : fmtNumber(b.final, 2), b.ideal === null ? '—' : fmtNumber(b.ideal, 2)]),
          'ws-hw-brier',
        ),
      ];
    }
    case 'reference': {
      const blocks = referenceSection(ctx);
      return blocks.length ? renderBlocks(blocks.slice(1)) : [html`<p class="muted">${t('workshop:ui.hotwash.noReference')}</p>`];
    }
    case 'missed':
      // The search runs in a worker from the moment the hot wash opens; the step waits for it.
      return missed === null ? [html`<p class="muted" role="status" data-testid="ws-hw-missed-searching">${t('workshop:ui.hotwash.missedSearching')}</p>`] : renderBlocks(missedSection({ ...ctx, missed }).slice(1));
  }
}

export function mountHotWash(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const files = document.createElement('div');
  files.className = 'ws-reports ws-reports-row';
  const stopFiles = mountReports(files, app, ws);
  let ctx: { key: unknown; value: ReportContext } | null = null;
  let missed: { room: unknown; value: TeamsMissed } | null = null;
  let asked: unknown = null;
  /** Each team's missed chances, searched in a worker once per room (the reports reuse it). */
  const search = (room: unknown) => {
    if (asked === room) return;
    asked = room;
    void ws.actions.missedForReport()?.then((value) => {
      missed = { room, value };
      if (ws.store.getState().room === room) view.refresh();
    });
  };
  const go = (step: Step) => {
    current = step;
    view.refresh();
    root.querySelector<HTMLElement>('.ws-hw-title')?.focus();
  };
  const view = followView(root, app, ws, (s, lang) => [s.room, lang] as const, ([room, lang]) => {
    const { loaded, session } = ws.store.getState();
    if (!loaded || !session || !room) return nothing;
    if (!ctx || ctx.key !== lang || ctx.value.room !== room) ctx = { key: lang, value: reportContext(loaded, session, room, { t: reportTranslator(lang), locale: lang }) };
    search(room);
    const index = STEPS.indexOf(current);
    const step = (s: Step, i: number) =>
      html`<li><button class=${s === current ? 'ws-step is-current' : 'ws-step'} data-testid=${`ws-hw-step-${s}`} aria-current=${s === current ? 'step' : nothing} @click=${() => go(s)}><span class="mono">${i + 1}</span>${t(`workshop:ui.hotwash.${s}`)}</button></li>`;
    return html`<div class="ws-hotwash" data-testid="ws-hotwash">
      <nav class="ws-steps" aria-label=${t('workshop:ui.hotwash.steps')}><ol>${STEPS.map(step)}</ol></nav>
      <section class="ws-hw-body panel" data-testid=${`ws-hw-section-${current}`} aria-labelledby="ws-hw-title" tabindex="0">
        <h2 class="ws-hw-title" id="ws-hw-title" tabindex="-1">${t(`workshop:ui.hotwash.${current}Title`)}</h2>
        ${section(ctx.value, current, lang, missed?.room === room ? missed.value : null)}
      </section>
      <div class="ws-hw-nav row">
        <button class="btn btn-large" data-testid="ws-hw-prev" ?disabled=${index === 0} @click=${() => go(STEPS[index - 1]!)}>${t('workshop:ui.hotwash.prev')}</button>
        ${files}
        <button class="btn btn-primary btn-large" data-testid="ws-hw-next" ?disabled=${index === STEPS.length - 1} @click=${() => go(STEPS[index + 1]!)}>${t('workshop:ui.hotwash.next')}${iconOf('play')}</button>
      </div>
    </div>`;
  });
  return () => {
    view.stop();
    stopFiles();
  };
}
