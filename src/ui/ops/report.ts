/** The turn report: what changed and why — each metric change with its cause, outcomes, searches, new injects. */
import { fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { h } from '../dom';
import { iconOf } from '../iconView';
import { causeText, decisionTitle, effectNote, evidenceTitle, injectTitle, metricLabel, outcomeText } from '../names';
import { band, goodness } from '../palette';
import { html, nothing, prose, render } from '../view';
import { watch } from '../watch';

function summaryTable(s: Session, lang: string) {
  const { before, report } = s.last!;
  const sc = s.loaded.scenario;
  const changed = sc.metrics.filter((m) => m.visible !== false && report.changes.some((c) => c.metric === m.id));
  if (changed.length === 0) return null;
  const row = (m: (typeof changed)[number]) => {
    const a = before.metrics[m.id] ?? m.initial;
    const b = s.state.metrics[m.id] ?? m.initial;
    const better = b === a ? 'same' : (b > a) === (m.good === 'high') ? 'better' : 'worse';
    return html`<tr class="band-${band(goodness(b, m.min, m.max, m.good))}">
      <th scope="row">${pick(m.label, lang, sc.locales)}</th><td class="mono">${fmtValue(a, m.unit)}</td><td class="mono">${fmtValue(b, m.unit)}</td><td class="mono delta ${better}">${fmtSigned(b - a)}</td>
    </tr>`;
  };
  return html`<table class="table" data-testid="report-summary">
    <thead><tr><th scope="col">${t('game:report.metric')}</th><th scope="col">${t('game:report.before')}</th><th scope="col">${t('game:report.after')}</th><th scope="col">${t('game:report.change')}</th></tr></thead>
    <tbody>${changed.map(row)}</tbody>
  </table>`;
}

function changeList(s: Session, lang: string) {
  const sc = s.loaded.scenario;
  const visible = new Set(sc.metrics.filter((m) => m.visible !== false).map((m) => m.id));
  const changes = s.last!.report.changes.filter((c) => visible.has(c.metric));
  if (changes.length === 0) return nothing;
  const item = (c: (typeof changes)[number]) => {
    const m = sc.metrics.find((x) => x.id === c.metric)!;
    const note = effectNote(s.loaded, c.cause, c.effect, lang);
    const via = c.via === 'delay' ? t('game:report.delayed', { turn: c.cause.turn }) : c.via === 'undo' ? t('game:report.undone', { turn: c.cause.turn }) : '';
    return html`<li><strong>${metricLabel(s.loaded, c.metric, lang)}</strong> <span class="mono">${`${fmtValue(c.from, m.unit)} → ${fmtValue(c.to, m.unit)} (${fmtSigned(c.to - c.from)})`}</span>
      — ${causeText(s.loaded, c.cause, lang)}${via ? html`<span class="muted"> (${via})</span>` : nothing}${note ? html`<span class="note"> ${t('game:report.note', { note })}</span>` : nothing}</li>`;
  };
  return html`<h3>${t('game:report.why')}</h3><ol class="change-list" data-testid="report-changes">${changes.map(item)}</ol>`;
}

function content(s: Session, lang: string) {
  const { report } = s.last!;
  const sc = s.loaded.scenario;
  const ending = report.ending ? sc.endings.find((e) => e.id === report.ending!.id) : null;
  const table = summaryTable(s, lang);
  return html`${report.ending
      ? html`<div class="banner banner-${ending?.outcome ?? 'neutral'}" data-testid="report-ending">${iconOf('flag')}
          <div><p class="banner-title">${ending ? pick(ending.title, lang, sc.locales) : t('game:ending.time')}</p>${ending ? prose(pick(ending.body, lang, sc.locales)) : html`<p>${t('game:ending.timeBody')}</p>`}</div>
        </div>`
      : nothing}
    <h3>${t('game:report.whatChanged')}</h3>${table ?? html`<p class="muted">${t('game:report.noChange')}</p>`}
    ${changeList(s, lang)}
    ${report.outcomes.length
      ? html`<h3>${t('game:report.outcomes')}</h3><ul class="plain-list">${report.outcomes.map((o) => html`<li><strong>${decisionTitle(s.loaded, o.decision, lang)}</strong> — ${outcomeText(s.loaded, o.decision, o.outcome, lang)}</li>`)}</ul>`
      : nothing}
    ${report.searches.length
      ? html`<h3>${t('game:report.searches')}</h3><ul class="plain-list">${report.searches.map((x) => html`<li class=${x.found ? 'found' : 'not-found'}>${iconOf(x.found ? 'search' : 'searchEmpty')} ${t(x.found ? 'game:report.found' : 'game:report.notFound', { title: evidenceTitle(s.loaded, x.evidence, lang) })}</li>`)}</ul>`
      : nothing}
    ${report.fired.length
      ? html`<h3>${t('game:report.newInjects', { count: report.fired.length })}</h3><ul class="plain-list">${report.fired.map((f) => html`<li>${injectTitle(s.loaded, f.inject, lang)}</li>`)}</ul>`
      : nothing}`;
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
    render(content(s, lang), body);
    close.firstElementChild!.textContent = s.state.ending ? t('game:report.toDebrief') : t('game:report.continue', { turn: s.state.turn });
    if (!dialog.open) dialog.showModal();
  }, { defer: true, label: 'report' });
  return () => {
    stop();
    if (dialog.open) dialog.close();
    dialog.remove();
  };
}
