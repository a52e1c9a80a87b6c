/**
 * A team device's panels, drawn from the team's view (what the server lets it see) and the
 * scenario's texts: injects, decisions with their costs and reasons, the attribution board,
 * the metrics and the last turn's report. Same classes as the solo ops room, so they look alike.
 */
import { clockAt } from '../../engine';
import { fmtMoney, fmtSigned, fmtTime, fmtValue, offsetOf, t } from '../../i18n';
import { percentsOf, pick, type Category, type LiveStore, type LoadedScenario } from '../../store';
import type { PlayerView } from '../../workshop';
import { iconOf } from '../iconView';
import type { IconName } from '../icons';
import { causeText, decisionTitle, effectNote, evidenceTitle, injectTitle, metricLabel, outcomeText, reasonText } from '../names';
import { band, goodness, level } from '../palette';
import { CATEGORY_ORDER } from '../ops/decisions';
import { html, nothing, prose, repeat, styleProps } from '../view';

export function feedPanel(v: PlayerView, loaded: LoadedScenario, lang: string) {
  const sc = loaded.scenario;
  const off = offsetOf(sc.clock.start);
  const newestFirst = [...v.game.feed].reverse();
  const card = (f: PlayerView['game']['feed'][number]) => {
    const inject = sc.injects.find((x) => x.id === f.inject);
    const channel = inject?.channel ?? 'staff';
    const isNew = f.turn === v.game.turn && !v.game.ending;
    return html`<li><article class="inject channel-${channel}${isNew ? ' inject-new' : ''}" data-testid=${`inject-${f.inject}`} data-turn=${f.turn}>
      <header class="inject-head">
        ${iconOf(channel as IconName, 'icon icon-channel')}<span class="inject-channel">${t(`common:channel.${channel}`)}</span>
        <span class="inject-time mono">${t('game:feed.at', { time: fmtTime(clockAt(loaded, f.turn).iso, off), turn: f.turn })}</span>
        ${isNew ? html`<span class="badge badge-new">${t('game:feed.new')}</span>` : nothing}
        ${f.via === 'released' ? html`<span class="badge">${t('game:feed.released')}</span>` : nothing}
      </header>
      <h3 class="inject-title">${inject ? pick(inject.title, lang, sc.locales) : f.inject}</h3>
      ${inject ? prose(pick(inject.body, lang, sc.locales), 'prose inject-body') : nothing}
    </article></li>`;
  };
  return html`<h2 class="panel-title" id="live-feed-heading">${t('game:feed.heading')}</h2>
    <ol class="feed-list" data-testid="inject-feed" aria-labelledby="live-feed-heading" reversed>
      ${newestFirst.length === 0 ? html`<li class="muted empty">${t('game:feed.empty')}</li>` : repeat(newestFirst, (f) => `${f.turn}/${f.inject}`, card)}
    </ol>`;
}

export function decisionsPanel(v: PlayerView, loaded: LoadedScenario, live: LiveStore, lang: string) {
  const sc = loaded.scenario;
  const open = v.status === 'open' && v.phase === 'running';
  const card = (id: string) => {
    const d = sc.decisions.find((x) => x.id === id)!;
    const st = v.decisions.find((x) => x.id === id)!;
    const order = v.draft.decisions.indexOf(id);
    const chosen = order !== -1;
    const blocked = !st.legal && !chosen;
    const state = chosen ? 'chosen' : blocked ? 'blocked' : 'legal';
    const toggle = () => open && (chosen || st.legal) && live.actions.toggleDecision(id);
    return html`<li class="decision is-${state}" @click=${(e: Event) => !(e.target as Element).closest('button') && toggle()}>
      <button class="decision-toggle" data-testid=${`decision-${id}`} data-state=${state} aria-pressed=${String(chosen)} aria-disabled=${blocked || !open ? 'true' : nothing}
        aria-describedby=${`live-desc-${id}`} @click=${toggle}>
        <span class="decision-key mono" aria-hidden="true">${chosen ? iconOf('check') : ''}</span>
        <span class="decision-title">${pick(d.title, lang, sc.locales)}<span class="decision-order">${chosen ? ` · ${t('game:decisions.order', { n: order + 1 })}` : ''}</span></span>
        <span class="decision-cost mono"><span class="cost-staff" title=${t('game:decisions.staffCost')}>${iconOf('person')}${d.cost.staff}</span>
          ${d.cost.budget > 0 ? html`<span class="cost-budget">${fmtMoney(d.cost.budget)}</span>` : html`<span class="cost-budget muted">${t('game:decisions.free')}</span>`}</span>
      </button>
      <p class="decision-desc" id=${`live-desc-${id}`}>${pick(d.description, lang, sc.locales)}</p>
      ${blocked ? html`<p class="decision-why">${iconOf('info')}<span>${st.reasons.map((r) => reasonText(loaded, r, lang)).join(' · ')}</span></p>` : nothing}
    </li>`;
  };
  const group = (cat: Category) => {
    // Used decisions are done for good: listed by name, as in solo play.
    const ids = sc.decisions.filter((d) => d.category === cat && v.decisions.some((x) => x.id === d.id)).map((d) => d.id);
    const used = (id: string) => v.decisions.find((x) => x.id === id)!.reasons.some((r) => r.code === 'used');
    const shown = ids.filter((id) => !used(id));
    if (ids.length === 0) return nothing;
    return html`<section class="decision-group cat-${cat}" aria-labelledby=${`live-cat-${cat}`}>
      <h3 class="group-title" id=${`live-cat-${cat}`}>${iconOf(cat, 'icon icon-cat')}${t(`common:category.${cat}`)}</h3>
      <ul class="decision-list">${repeat(shown, (id) => id, card)}</ul>
      ${shown.length < ids.length ? html`<p class="decision-done muted">${t('game:decisions.done', { names: ids.filter(used).map((id) => decisionTitle(loaded, id, lang)).join(', ') })}</p>` : nothing}
    </section>`;
  };
  return html`<div class="decision-groups" data-testid="decisions">${CATEGORY_ORDER.map(group)}</div>`;
}

export function attributionPanel(v: PlayerView, loaded: LoadedScenario, live: LiveStore, lang: string) {
  const sc = loaded.scenario;
  if (sc.actors.length === 0) return nothing;
  const percents = percentsOf(v, loaded);
  const open = v.status === 'open' && v.phase === 'running';
  const actor = (a: (typeof sc.actors)[number]) => {
    const id = `live-prob-${a.id}`;
    const p = percents[a.id] ?? 0;
    return html`<li class="actor">
      <div class="actor-head"><label for=${id}>${pick(a.name, lang, sc.locales)}</label><output class="mono prob-value" for=${id}>${p} %</output></div>
      <input class="slider" id=${id} data-testid=${`probability-${a.id}`} type="range" min="0" max="100" step="1" .value=${String(p)} aria-valuetext=${`${p} %`}
        ?disabled=${!open} @input=${(e: Event) => live.actions.setProbability(a.id, (e.target as HTMLInputElement).valueAsNumber)} />
      <span class="prob-bar" aria-hidden="true"><span class="prob-bar-fill" ${styleProps({ width: `${p}%` })}></span></span>
    </li>`;
  };
  const found = v.game.found;
  return html`<h2 class="panel-title">${iconOf('attribution', 'icon icon-cat')}${t('game:attribution.heading')}</h2>
    <p class="hint">${t('live:team.attributionHint')}</p>
    <ul class="actor-list" data-testid="assessment">${repeat(sc.actors, (a) => a.id, actor)}</ul>
    <h3 class="group-title">${iconOf('search', 'icon icon-cat')}${t('game:attribution.found', { count: found.length })}</h3>
    ${found.length
      ? html`<ul class="evidence-list">${found.map((id) => {
          const e = sc.evidence.find((x) => x.id === id);
          return e ? html`<li class="evidence"><h4>${pick(e.title, lang, sc.locales)}</h4>${prose(pick(e.body, lang, sc.locales), 'prose evidence-body')}</li>` : nothing;
        })}</ul>`
      : html`<p class="muted">${t('game:attribution.noneFound')}</p>`}`;
}

export function metricsPanel(v: PlayerView, loaded: LoadedScenario, lang: string) {
  const sc = loaded.scenario;
  const visible = sc.metrics.filter((m) => m.visible !== false && v.game.metrics[m.id] !== undefined);
  const row = (m: (typeof visible)[number]) => {
    const value = v.game.metrics[m.id]!;
    const b = band(goodness(value, m.min, m.max, m.good));
    const label = pick(m.label, lang, sc.locales);
    const shown = fmtValue(value, m.unit);
    return html`<li class="metric band-${b}" data-testid=${`metric-${m.id}`}>
      <div class="metric-head"><span class="metric-label">${label}</span><span class="metric-value mono">${shown}</span></div>
      <div class="gauge" role="meter" aria-label=${label} aria-valuemin=${m.min} aria-valuemax=${m.max} aria-valuenow=${value} aria-valuetext=${`${shown} — ${t(`common:band.${b}`)}`}>
        <div class="gauge-fill band-${b}" ${styleProps({ width: `${(level(value, m.min, m.max) * 100).toFixed(1)}%` })}></div>
      </div>
    </li>`;
  };
  return html`<h2 class="panel-title" id="live-metrics-heading">${t('game:metrics.heading')}</h2>
    <ul class="metric-list" aria-labelledby="live-metrics-heading">${repeat(visible, (m) => m.id, row)}</ul>`;
}

export function reportPanel(v: PlayerView, loaded: LoadedScenario, lang: string) {
  const r = v.report;
  if (!r) return nothing;
  const sc = loaded.scenario;
  const unit = (id: string) => sc.metrics.find((m) => m.id === id)?.unit;
  return html`<section class="live-report" data-testid="live-report" aria-labelledby="live-report-heading">
    <h2 class="panel-title" id="live-report-heading">${t('game:report.heading', { turn: r.turn })}</h2>
    ${r.changes.length === 0 ? html`<p class="muted">${t('game:report.noChange')}</p>` : nothing}
    <ol class="change-list">${r.changes.map((c) => {
      const note = effectNote(loaded, c.cause, c.effect, lang);
      return html`<li><strong>${metricLabel(loaded, c.metric, lang)}</strong> <span class="mono">${`${fmtValue(c.from, unit(c.metric))} → ${fmtValue(c.to, unit(c.metric))} (${fmtSigned(c.to - c.from)})`}</span>
        — ${causeText(loaded, c.cause, lang)}${note ? html`<span class="note"> ${t('game:report.note', { note })}</span>` : nothing}</li>`;
    })}</ol>
    ${r.outcomes.length ? html`<h3>${t('game:report.outcomes')}</h3><ul class="plain-list">${r.outcomes.map((o) => html`<li><strong>${decisionTitle(loaded, o.decision, lang)}</strong> — ${outcomeText(loaded, o.decision, o.outcome, lang)}</li>`)}</ul>` : nothing}
    ${r.searches.length ? html`<h3>${t('game:report.searches')}</h3><ul class="plain-list">${r.searches.map((x) => html`<li>${iconOf(x.found ? 'search' : 'searchEmpty')} ${t(x.found ? 'game:report.found' : 'game:report.notFound', { title: evidenceTitle(loaded, x.evidence, lang) })}</li>`)}</ul>` : nothing}
    ${r.injects.length ? html`<h3>${t('game:report.newInjects', { count: r.injects.length })}</h3><ul class="plain-list">${r.injects.map((f) => html`<li>${injectTitle(loaded, f.inject, lang)}</li>`)}</ul>` : nothing}
  </section>`;
}
