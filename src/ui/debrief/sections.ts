/** The debrief's sections: score, objectives with what moved them, attribution, reference line. */
import { fmtNumber, fmtPercent, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type Objective, type ObjectiveInput, type Session } from '../../store';
import { iconOf } from '../iconView';
import { actorName, causeText, decisionTitle, evidenceTitle, flagLabel, injectTitle, metricLabel } from '../names';
import { CATEGORY_ORDER } from '../ops/decisions';
import { band } from '../palette';
import { html, nothing, prose, styleProps, type TemplateResult } from '../view';
import { traceDetails } from './trace';

/** One input of an `expr` objective's formula, as it stood when the game ended. */
function inputText(s: Session, i: ObjectiveInput, lang: string): string {
  const l = s.loaded;
  switch (i.kind) {
    case 'decision':
      return i.firstTaken === null ? t('game:debrief.input.notTaken', { name: decisionTitle(l, i.id, lang) }) : t('game:debrief.input.taken', { name: decisionTitle(l, i.id, lang), turn: i.firstTaken });
    case 'evidence':
      return t(`game:debrief.input.${i.found ? 'found' : i.searched ? 'searchedEmpty' : 'notSearched'}`, { name: evidenceTitle(l, i.id, lang) });
    case 'metric': {
      const m = l.scenario.metrics.find((x) => x.id === i.id);
      return t('game:debrief.input.metric', { name: metricLabel(l, i.id, lang), value: fmtValue(i.value, m?.unit) });
    }
    case 'flag':
      return t(`game:debrief.input.${i.value ? 'flagOn' : 'flagOff'}`, { name: flagLabel(l, i.id, lang) });
    case 'inject':
      return t('game:debrief.input.fired', { name: injectTitle(l, i.id, lang), count: i.fired });
  }
}

const bar = (value01: number) =>
  html`<span class="bar" aria-hidden="true"><span class="bar-fill band-${band(value01)}" ${styleProps({ width: `${(value01 * 100).toFixed(1)}%` })}></span></span>`;

/** The ending, the overall score and the score by category. */
export function scoreSection(s: Session, lang: string): TemplateResult {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  const ending = sc.endings.find((e) => e.id === s.state.ending?.id);
  const outcome = ending?.outcome ?? 'neutral';
  const categories = CATEGORY_ORDER.filter((c) => d.score.categories[c] !== undefined);
  return html`<section class="debrief-score panel" aria-labelledby="debrief-heading">
    <p class="eyebrow">${pick(sc.title, lang, sc.locales)}</p>
    <h2 id="debrief-heading" data-testid="ending-title" class="ending ending-${outcome}">${iconOf('flag')}${ending ? pick(ending.title, lang, sc.locales) : t('game:ending.time')}</h2>
    ${ending ? prose(pick(ending.body, lang, sc.locales)) : html`<p>${t('game:ending.timeBody', { turns: s.state.turnsPlayed })}</p>`}
    <p class="overall"><span class="overall-value mono" data-testid="score-overall">${fmtNumber(d.score.overall, 0)}</span><span class="overall-of">${t('game:debrief.outOf')}</span></p>
    <ul class="category-scores">
      ${categories.map((c) => html`<li data-testid=${`score-${c}`}>${iconOf(c, 'icon icon-cat')}<span class="cat-name">${t(`common:category.${c}`)}</span>${bar(d.score.categories[c]! / 100)}<span class="mono">${fmtNumber(d.score.categories[c]!, 0)}</span></li>`)}
    </ul>
  </section>`;
}

/** Did a change of `delta` move this objective towards its target? (Deadlines and avoids: taking counts as +1.) */
function helped(o: Objective, delta: number): boolean {
  if (o.type === 'metric') return (delta > 0) === (o.target > o.worst);
  if (o.type === 'avoid') return delta < 0;
  return delta > 0;
}

/** What an objective's score rests on, in a sentence. */
function objectiveDetail(s: Session, o: Objective, v: number, lang: string): string | null {
  const d = s.debrief!;
  const name = (id: string) => decisionTitle(s.loaded, id, lang);
  switch (o.type) {
    case 'deadline': {
      const first = s.state.firstTaken[o.decision];
      return first === undefined ? t('game:debrief.deadlineMissed', { name: name(o.decision), by: o.by }) : t('game:debrief.deadlineTaken', { name: name(o.decision), turn: first, by: o.by });
    }
    case 'avoid': {
      if (o.decision === undefined) return v > 0 ? t('game:debrief.avoidWhenKept') : t('game:debrief.avoidWhenBroken');
      const turn = s.state.firstTaken[o.decision];
      return turn === undefined ? t('game:debrief.avoidKept', { name: name(o.decision) }) : t('game:debrief.avoidTaken', { name: name(o.decision), turn });
    }
    case 'attribution': {
      const ideal = d.idealAttribution[o.id];
      return ideal === undefined ? '' : t('game:debrief.attributionIdeal', { ideal: fmtPercent(ideal) });
    }
    case 'expr': {
      const inputs = d.inputs[o.id] ?? [];
      return inputs.length ? `${t('game:debrief.input.lead')} ${inputs.map((i) => inputText(s, i, lang)).join(' · ')}` : null;
    }
    case 'metric':
      return t(`game:debrief.aggregate.${o.aggregate}`, { target: fmtNumber(o.target), worst: fmtNumber(o.worst) });
  }
}

function objective(s: Session, o: Objective, total: number, lang: string) {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  const v = d.score.objectives[o.id] ?? 0;
  const why = o.type === 'metric' ? (d.explanations[o.id] ?? []).slice(0, 8) : [];
  const detail = objectiveDetail(s, o, v, lang);
  return html`<li class="objective-result" data-testid=${`objective-${o.id}`}>
    <div class="objective-head">
      ${iconOf(o.category, 'icon icon-cat')}<strong>${pick(o.title, lang, sc.locales)}</strong>
      <span class="muted">${` · ${t(`common:category.${o.category}`)} · ${t('game:debrief.weight', { weight: fmtPercent(o.weight / total) })}`}</span>
      ${bar(v)}<span class="mono objective-score">${fmtPercent(v)}</span>
    </div>
    ${detail === null ? nothing : html`<p class="muted">${detail}</p>`}
    ${why.length
      ? html`<ul class="contributions">
          ${why.map((c) => html`<li><span class="mono ${helped(o, c.delta) ? 'better' : 'worse'}">${fmtSigned(c.delta)}</span> ${causeText(s.loaded, c.cause, lang)}${'turn' in c.cause ? html`<span class="muted">${` · ${t('game:debrief.turnShort', { turn: c.cause.turn })}`}</span>` : nothing}</li>`)}
        </ul>`
      : nothing}
    ${traceDetails(s.loaded, o.id, d.trace[o.id], o.weight / total, lang)}
  </li>`;
}

/** Every objective with its score, and what moved it. */
export function objectivesSection(s: Session, lang: string): TemplateResult {
  const sc = s.loaded.scenario;
  const total = sc.objectives.reduce((a, o) => a + o.weight, 0);
  return html`<section class="panel" aria-labelledby="objectives-heading">
    <h2 id="objectives-heading">${t('game:debrief.objectives')}</h2>
    <ol class="objective-results">${sc.objectives.map((o) => objective(s, o, total, lang))}</ol>
  </section>`;
}

/** The player's probabilities against the priors, the ideal posterior and the truth. */
export function attributionSection(s: Session, lang: string): TemplateResult | typeof nothing {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  if (sc.actors.length === 0) return nothing;
  const row = (a: (typeof sc.actors)[number]) => {
    const culprit = a.id === s.state.culprit;
    return html`<tr class=${culprit ? 'culprit' : ''}>
      <th scope="row">${actorName(s.loaded, a.id, lang)}</th>
      <td class="mono">${fmtPercent(d.priors[a.id] ?? 0)}</td><td class="mono">${fmtPercent(d.assessment[a.id] ?? 0)}</td><td class="mono">${fmtPercent(d.posterior[a.id] ?? 0)}</td>
      <td>${culprit ? html`<strong>${iconOf('target')} ${t('game:debrief.culprit')}</strong>` : '—'}</td>
    </tr>`;
  };
  return html`<section class="panel" aria-labelledby="attr-heading">
    <h2 id="attr-heading">${t('game:debrief.attribution')}</h2>
    <p class="muted">${t('game:debrief.attributionHelp')}</p>
    <table class="table" data-testid="attribution-table">
      <thead><tr><th scope="col">${t('game:debrief.actor')}</th><th scope="col">${t('game:debrief.prior')}</th><th scope="col">${t('game:debrief.yours')}</th><th scope="col">${t('game:debrief.ideal')}</th><th scope="col">${t('game:debrief.truth')}</th></tr></thead>
      <tbody>${sc.actors.map(row)}</tbody>
    </table>
  </section>`;
}

/** The scenario's reference line beside the player's, turn by turn. */
export function referenceSection(s: Session, lang: string): TemplateResult | typeof nothing {
  const ref = s.loaded.scenario.reference;
  const run = s.debrief!.reference;
  if (!ref || !run) return nothing;
  const sc = s.loaded.scenario;
  const turns = Math.max(s.state.log.length, ...ref.plays.map((p) => p.turn));
  const names = (ids: readonly string[]) => (ids.length ? ids.map((id) => decisionTitle(s.loaded, id, lang)).join(', ') : '—');
  const row = (i: number) => {
    const mine = s.state.log[i]?.decisions ?? [];
    const theirs = run.turns[i] ?? [];
    const same = mine.length === theirs.length && mine.every((x) => theirs.includes(x));
    return html`<tr class=${same ? 'same' : 'differs'}><th scope="row" class="mono">${i + 1}</th><td>${names(theirs)}</td><td>${i < s.state.log.length ? names(mine) : t('game:debrief.notPlayed')}</td></tr>`;
  };
  return html`<section class="panel" aria-labelledby="ref-heading">
    <h2 id="ref-heading">${t('game:debrief.reference')} — ${pick(ref.title, lang, sc.locales)}</h2>
    ${prose(pick(ref.note, lang, sc.locales))}
    ${run.score
      ? html`<p data-testid="reference-score">${t('game:debrief.referenceScore', { score: fmtNumber(run.score.overall, 0), yours: fmtNumber(s.debrief!.score.overall, 0) })}</p>`
      : html`<p class="muted">${t('game:debrief.referenceUnplayable')}</p>`}
    <table class="table" data-testid="reference-table">
      <thead><tr><th scope="col">${t('game:debrief.turn')}</th><th scope="col">${t('game:debrief.referenceLine')}</th><th scope="col">${t('game:debrief.yourLine')}</th></tr></thead>
      <tbody>${Array.from({ length: turns }, (_, i) => row(i))}</tbody>
    </table>
  </section>`;
}
