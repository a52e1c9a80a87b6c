/** Missed chances: the three single-turn changes that would have raised the score most, each with its gain and why. */
import { fmtNumber, fmtValue, t } from '../../i18n';
import { pick, type App, type MissedChance, type Session, type SingleChange } from '../../store';
import { decisionTitle, flagLabel, metricLabel } from '../names';
import { html, type TemplateResult } from '../view';

/** A single-turn change in words (also the label of the branch it opens). */
export function changeText(s: Session, c: SingleChange, lang: string): string {
  const name = (id: string) => decisionTitle(s.loaded, id, lang);
  switch (c.kind) {
    case 'add':
    case 'remove':
      return t(`game:rewind.change.${c.kind}`, { name: name(c.decision), turn: c.turn });
    case 'swap':
      return t('game:rewind.change.swap', { name: name(c.decision), instead: name(c.instead), turn: c.turn });
    case 'assess':
      return t('game:rewind.change.assess', { turn: c.turn });
  }
}

/** The one-line why: the objectives that gained most, the main metric and flag differences. */
function whyText(s: Session, c: MissedChance, lang: string): string {
  const sc = s.loaded.scenario;
  const yes = (v: boolean) => t(v ? 'game:rewind.yes' : 'game:rewind.no');
  const parts = c.why.objectives.map((o) => {
    const obj = sc.objectives.find((x) => x.id === o.id);
    const line = t('game:rewind.whyObjective', { name: obj ? pick(obj.title, lang, sc.locales) : o.id, points: fmtNumber(o.points, 1) });
    const tr = c.why.traced;
    return tr && tr.objective === o.id ? `${line} (${t('game:rewind.whyTraced', { points: fmtNumber(tr.points, 1), decision: decisionTitle(s.loaded, tr.decision, lang) })})` : line;
  });
  const m = c.why.metric;
  if (m) {
    const unit = sc.metrics.find((x) => x.id === m.id)?.unit;
    parts.push(t('game:rewind.whyMetric', { name: metricLabel(s.loaded, m.id, lang), a: fmtValue(m.a, unit), b: fmtValue(m.b, unit) }));
  }
  const f = c.why.flag;
  if (f) parts.push(t('game:rewind.whyFlag', { name: flagLabel(s.loaded, f.id, lang), a: yes(f.a), b: yes(f.b) }));
  return parts.join(' · ');
}

/** The missed-chances panel; the search runs once the debrief opens (see rewind.ts). */
export function missedSection(app: App, s: Session, lang: string): TemplateResult {
  const m = s.missed;
  const body = (): TemplateResult => {
    if (!m || m.status === 'running') return html`<p class="muted" role="status">${t('game:rewind.searching')}</p>`;
    if (m.status === 'failed' || !m.result) return html`<p role="status">${t('game:rewind.failed')}</p>`;
    const r = m.result;
    return html`${r.chances.length
        ? html`<ol class="missed-list">
            ${r.chances.map((c, i) => {
              const change = changeText(s, c.change, lang);
              return html`<li class="missed" data-testid=${`missed-${i}`}>
                <p><span class="mono missed-gain better">${t('game:rewind.gain', { points: fmtNumber(c.gain, 1) })}</span> <strong>${change}</strong></p>
                <p class="muted">${t('game:rewind.why')} ${whyText(s, c, lang)}</p>
                <button class="btn" data-testid=${`missed-open-${i}`} @click=${() => openChance(app, i, t('game:rewind.labelMissed', { n: i + 1, change }))}>${t('game:rewind.openMissed')}</button>
              </li>`;
            })}
          </ol>`
        : html`<p data-testid="missed-none">${t('game:rewind.noneFound')}</p>`}
      <p class="muted small">${t('game:rewind.searched', { tried: r.tried, candidates: r.candidates, ms: fmtNumber(m.ms, 0) })}</p>`;
  };
  return html`<section class="panel missed-panel" aria-labelledby="missed-heading" aria-busy=${m?.status === 'running' || !m ? 'true' : 'false'} data-testid="missed">
    <h2 id="missed-heading">${t('game:rewind.missedHeading')}</h2>
    <p class="muted">${t('game:rewind.missedHelp')}</p>
    ${body()}
  </section>`;
}

function openChance(app: App, index: number, label: string): void {
  if (app.actions.openMissed(index, label)) focusComparison();
}

/** Move focus to the comparison once it has rendered, so keyboard and screen reader users land on it. */
export function focusComparison(): void {
  requestAnimationFrame(() => {
    const h = document.getElementById('compare-heading');
    h?.focus();
    h?.scrollIntoView({ block: 'start' });
  });
}

