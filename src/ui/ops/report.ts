/** The turn report: what changed and why — each metric change with its cause, outcomes, searches, new injects. */
import { fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { h, paragraphs } from '../dom';
import { icon } from '../icons';
import { causeText, decisionTitle, effectNote, evidenceTitle, injectTitle, metricLabel, outcomeText } from '../names';
import { band, goodness } from '../palette';
import { watch } from '../watch';

function summaryTable(s: Session, lang: string): HTMLElement | null {
  const { before, report } = s.last!;
  const sc = s.loaded.scenario;
  const rows = sc.metrics
    .filter((m) => m.visible !== false && report.changes.some((c) => c.metric === m.id))
    .map((m) => {
      const a = before.metrics[m.id] ?? m.initial;
      const b = s.state.metrics[m.id] ?? m.initial;
      const better = b === a ? 'same' : (b > a) === (m.good === 'high') ? 'better' : 'worse';
      return h(
        'tr',
        { class: `band-${band(goodness(b, m.min, m.max, m.good))}` },
        h('th', { attrs: { scope: 'row' } }, pick(m.label, lang, sc.locales)),
        h('td', { class: 'mono' }, fmtValue(a, m.unit)),
        h('td', { class: 'mono' }, fmtValue(b, m.unit)),
        h('td', { class: `mono delta ${better}` }, fmtSigned(b - a)),
      );
    });
  if (rows.length === 0) return null;
  return h(
    'table',
    { class: 'table', testid: 'report-summary' },
    h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, t('game:report.metric')), h('th', { attrs: { scope: 'col' } }, t('game:report.before')), h('th', { attrs: { scope: 'col' } }, t('game:report.after')), h('th', { attrs: { scope: 'col' } }, t('game:report.change')))),
    h('tbody', null, rows),
  );
}

function content(s: Session, lang: string): HTMLElement[] {
  const { report } = s.last!;
  const sc = s.loaded.scenario;
  const visible = new Set(sc.metrics.filter((m) => m.visible !== false).map((m) => m.id));
  const changes = report.changes.filter((c) => visible.has(c.metric));
  const ending = report.ending ? sc.endings.find((e) => e.id === report.ending!.id) : null;
  const out: HTMLElement[] = [];
  if (report.ending) {
    out.push(
      h(
        'div',
        { class: `banner banner-${ending?.outcome ?? 'neutral'}`, testid: 'report-ending' },
        icon('flag'),
        h('div', null, h('p', { class: 'banner-title' }, ending ? pick(ending.title, lang, sc.locales) : t('game:ending.time')), ending ? paragraphs(pick(ending.body, lang, sc.locales)) : h('p', null, t('game:ending.timeBody'))),
      ),
    );
  }
  const table = summaryTable(s, lang);
  out.push(h('h3', null, t('game:report.whatChanged')), table ?? h('p', { class: 'muted' }, t('game:report.noChange')));
  if (changes.length) {
    out.push(
      h('h3', null, t('game:report.why')),
      h(
        'ol',
        { class: 'change-list', testid: 'report-changes' },
        changes.map((c) => {
          const m = sc.metrics.find((x) => x.id === c.metric)!;
          const note = effectNote(s.loaded, c.cause, c.effect, lang);
          const via = c.via === 'delay' ? t('game:report.delayed', { turn: c.cause.turn }) : c.via === 'undo' ? t('game:report.undone', { turn: c.cause.turn }) : '';
          return h(
            'li',
            null,
            h('strong', null, metricLabel(s.loaded, c.metric, lang)),
            ' ',
            h('span', { class: 'mono' }, `${fmtValue(c.from, m.unit)} → ${fmtValue(c.to, m.unit)} (${fmtSigned(c.to - c.from)})`),
            ' — ',
            causeText(s.loaded, c.cause, lang),
            via ? h('span', { class: 'muted' }, ` (${via})`) : null,
            note ? h('span', { class: 'note' }, ' ', t('game:report.note', { note })) : null,
          );
        }),
      ),
    );
  }
  if (report.outcomes.length) {
    out.push(
      h('h3', null, t('game:report.outcomes')),
      h('ul', { class: 'plain-list' }, report.outcomes.map((o) => h('li', null, h('strong', null, decisionTitle(s.loaded, o.decision, lang)), ' — ', outcomeText(s.loaded, o.decision, o.outcome, lang)))),
    );
  }
  if (report.searches.length) {
    out.push(
      h('h3', null, t('game:report.searches')),
      h('ul', { class: 'plain-list' }, report.searches.map((x) => h('li', { class: x.found ? 'found' : 'not-found' }, icon(x.found ? 'search' : 'searchEmpty'), ' ', t(x.found ? 'game:report.found' : 'game:report.notFound', { title: evidenceTitle(s.loaded, x.evidence, lang) })))),
    );
  }
  if (report.fired.length) {
    out.push(h('h3', null, t('game:report.newInjects', { count: report.fired.length })), h('ul', { class: 'plain-list' }, report.fired.map((f) => h('li', null, injectTitle(s.loaded, f.inject, lang)))));
  }
  return out;
}

/** The turn report dialog, opened after each turn. */
export function mountReport(parent: HTMLElement, app: App): () => void {
  const heading = h('h2', { attrs: { id: 'report-heading' } });
  const body = h('div', { class: 'dialog-body', attrs: { tabindex: 0 } });
  // autofocus: showModal focuses it, so Enter goes on to the next turn (and no extra layout is forced).
  const close = h('button', { class: 'btn btn-primary btn-large', testid: 'close-report', attrs: { autofocus: true }, on: { click: () => closeNow() } }, h('span', null));
  const dialog = h('dialog', { class: 'dialog report', testid: 'turn-report', attrs: { 'aria-labelledby': 'report-heading' } }, heading, body, h('div', { class: 'dialog-foot' }, close));
  // The dialog's `close` event comes a task later: settle the store now, so a key pressed right
  // after Enter (a number key, Ctrl+Enter) already reaches the next turn.
  const closeNow = () => {
    dialog.close();
    if (app.store.getState().session?.reportOpen) app.actions.closeReport();
  };
  dialog.addEventListener('close', () => {
    if (app.store.getState().session?.reportOpen) app.actions.closeReport();
  });
  parent.append(dialog);
  const stop = watch(app.store, (s) => [s.language, s.session?.reportOpen, s.session?.last] as const, ([lang, open]) => {
    const s = app.store.getState().session;
    if (!s?.last || !open) {
      if (dialog.open) dialog.close();
      return;
    }
    heading.textContent = t('game:report.heading', { turn: s.last.report.turn });
    body.replaceChildren(...content(s, lang));
    close.firstElementChild!.textContent = s.state.ending ? t('game:report.toDebrief') : t('game:report.continue', { turn: s.state.turn });
    if (!dialog.open) dialog.showModal();
  }, { defer: true, label: 'report' });
  return () => {
    stop();
    if (dialog.open) dialog.close();
    dialog.remove();
  };
}
