/** The hot wash: the room walks through the results step by step: scores, key moments, decisions that mattered, divergences, calibration, reference. */
import { fmtNumber, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App } from '../../store';
import type { WorkshopStore } from '../../store';
import { highlights, referenceSection, type ReportContext, reportContext } from '../../workshop';
import { h } from '../dom';
import { icon } from '../icons';
import { causeText, metricLabel } from '../names';
import { renderBlocks } from './blocks';
import { follow } from './follow';
import { mountReports } from './reports';
import { reportTranslator } from './text';

const STEPS = ['scores', 'moments', 'movers', 'divergences', 'brier', 'reference'] as const;
type Step = (typeof STEPS)[number];
const CATEGORIES = ['containment', 'communication', 'recovery', 'coordination', 'attribution'] as const;

let current: Step = 'scores';

function table(head: string[], rows: (string | HTMLElement)[][], testid: string): HTMLElement {
  return h(
    'div',
    { class: 'ws-table-wrap' },
    h('table', { class: 'ws-table', testid }, h('thead', null, h('tr', null, head.map((x) => h('th', { attrs: { scope: 'col' } }, x)))), h('tbody', null, rows.map((r) => h('tr', null, r.map((x, i) => (i === 0 ? h('th', { attrs: { scope: 'row' } }, x) : h('td', { class: typeof x === 'string' && /^[\d\s.,−—-]+$/.test(x) ? 'mono' : '' }, x))))))),
  );
}

function section(ctx: ReportContext, step: Step, lang: string): HTMLElement[] {
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
      if (hot.moments.length === 0) return [h('p', { class: 'muted' }, t('workshop:ui.hotwash.noMoments'))];
      return [
        h(
          'ol',
          { class: 'ws-moments', testid: 'ws-hw-moments' },
          hot.moments.map((m) => {
            const metric = sc.metrics.find((x) => x.id === m.metric);
            return h(
              'li',
              null,
              h('span', { class: 'ws-moment-head' }, t('workshop:ui.hotwash.moment', { team: ctx.team(m.team), turn: m.turn })),
              h('span', { class: 'ws-moment-what' }, `${metricLabel(loaded, m.metric, lang)} ${fmtValue(m.from, metric?.unit)} → ${fmtValue(m.to, metric?.unit)} (${fmtSigned(m.to - m.from)})`),
              h('span', { class: 'muted' }, causeText(loaded, m.cause, lang)),
            );
          }),
        ),
      ];
    case 'movers':
      return renderBlocks(highlights(ctx).slice(1, 2));
    case 'divergences':
      return renderBlocks(highlights(ctx).slice(3));
    case 'brier': {
      const actorName = (id: string | null) => (id ? pick(sc.actors.find((a) => a.id === id)?.name ?? id, lang, sc.locales) : '—');
      return [
        h('p', { class: 'hint' }, t('workshop:ui.hotwash.brierHint')),
        table(
          [t('workshop:ui.hotwash.team'), t('workshop:ui.hotwash.culprit'), t('workshop:ui.hotwash.brier'), t('workshop:ui.hotwash.brierIdeal')],
          hot.brier.map((b) => [ctx.team(b.team), actorName(b.culprit), b.final === null ? '—' : fmtNumber(b.final, 2), b.ideal === null ? '—' : fmtNumber(b.ideal, 2)]),
          'ws-hw-brier',
        ),
      ];
    }
    case 'reference': {
      const blocks = referenceSection(ctx);
      return blocks.length ? renderBlocks(blocks.slice(1)) : [h('p', { class: 'muted' }, t('workshop:ui.hotwash.noReference'))];
    }
  }
}

export function mountHotWash(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const files = h('div', { class: 'ws-reports ws-reports-row' });
  const stopFiles = mountReports(files, app, ws);
  let ctx: { key: unknown; value: ReportContext } | null = null;
  const render = () => {
    const { loaded, session, room } = ws.store.getState();
    if (!loaded || !session || !room) return;
    const lang = app.store.getState().language;
    if (!ctx || ctx.key !== `${lang}`  || ctx.value.room !== room) ctx = { key: lang, value: reportContext(loaded, session, room, { t: reportTranslator(lang), locale: lang }) };
    const index = STEPS.indexOf(current);
    const go = (step: Step) => {
      current = step;
      render();
      (root.querySelector('.ws-hw-title') as HTMLElement | null)?.focus();
    };
    root.replaceChildren(
      h(
        'div',
        { class: 'ws-hotwash', testid: 'ws-hotwash' },
        h('nav', { class: 'ws-steps', attrs: { 'aria-label': t('workshop:ui.hotwash.steps') } },
          h('ol', null, STEPS.map((s, i) => h('li', null, h('button', { class: s === current ? 'ws-step is-current' : 'ws-step', testid: `ws-hw-step-${s}`, attrs: { 'aria-current': s === current ? 'step' : null }, on: { click: () => go(s) } }, h('span', { class: 'mono' }, String(i + 1)), t(`workshop:ui.hotwash.${s}`)))))),
        h(
          'section',
          { class: 'ws-hw-body panel', testid: `ws-hw-section-${current}`, attrs: { 'aria-labelledby': 'ws-hw-title', tabindex: 0 } },
          h('h2', { class: 'ws-hw-title', attrs: { id: 'ws-hw-title', tabindex: -1 } }, t(`workshop:ui.hotwash.${current}Title`)),
          ...section(ctx.value, current, lang),
        ),
        h(
          'div',
          { class: 'ws-hw-nav row' },
          h('button', { class: 'btn btn-large', testid: 'ws-hw-prev', attrs: { disabled: index === 0 }, on: { click: () => go(STEPS[index - 1]!) } }, t('workshop:ui.hotwash.prev')),
          files,
          h('button', { class: 'btn btn-primary btn-large', testid: 'ws-hw-next', attrs: { disabled: index === STEPS.length - 1 }, on: { click: () => go(STEPS[index + 1]!) } }, t('workshop:ui.hotwash.next'), icon('play')),
        ),
      ),
    );
  };
  const stop = follow(app, ws, (s, lang) => [s.room, lang] as const, render);
  return () => {
    stop();
    stopFiles();
  };
}
