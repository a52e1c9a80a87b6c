/** The debrief's sections: score, objectives with what moved them, attribution, reference line. */
import { fmtNumber, fmtPercent, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type Objective, type ObjectiveInput, type Session } from '../../store';
import { h, paragraphs } from '../dom';
import { icon } from '../icons';
import { actorName, causeText, decisionTitle, evidenceTitle, flagLabel, injectTitle, metricLabel } from '../names';
import { CATEGORY_ORDER } from '../ops/decisions';
import { band } from '../palette';

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

function bar(value01: number, testid?: string): HTMLElement {
  const fill = h('span', { class: `bar-fill band-${band(value01)}` });
  fill.style.width = `${(value01 * 100).toFixed(1)}%`;
  return h('span', { class: 'bar', ...(testid ? { testid } : {}), attrs: { 'aria-hidden': 'true' } }, fill);
}

/** The ending, the overall score and the score by category. */
export function scoreSection(s: Session, lang: string): HTMLElement {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  const ending = sc.endings.find((e) => e.id === s.state.ending?.id);
  const outcome = ending?.outcome ?? 'neutral';
  return h(
    'section',
    { class: 'debrief-score panel', attrs: { 'aria-labelledby': 'debrief-heading' } },
    h('p', { class: 'eyebrow' }, pick(sc.title, lang, sc.locales)),
    h('h2', { attrs: { id: 'debrief-heading' }, testid: 'ending-title', class: `ending ending-${outcome}` }, icon('flag'), ending ? pick(ending.title, lang, sc.locales) : t('game:ending.time')),
    ending ? paragraphs(pick(ending.body, lang, sc.locales)) : h('p', null, t('game:ending.timeBody', { turns: s.state.turnsPlayed })),
    h('p', { class: 'overall' }, h('span', { class: 'overall-value mono', testid: 'score-overall' }, fmtNumber(d.score.overall, 0)), h('span', { class: 'overall-of' }, t('game:debrief.outOf'))),
    h(
      'ul',
      { class: 'category-scores' },
      CATEGORY_ORDER.filter((c) => d.score.categories[c] !== undefined).map((c) =>
        h('li', { testid: `score-${c}` }, icon(c, 'icon icon-cat'), h('span', { class: 'cat-name' }, t(`common:category.${c}`)), bar(d.score.categories[c]! / 100), h('span', { class: 'mono' }, fmtNumber(d.score.categories[c]!, 0))),
      ),
    ),
  );
}

/** Did a change of `delta` move this objective towards its target? (Deadlines and avoids: taking counts as +1.) */
function helped(o: Objective, delta: number): boolean {
  if (o.type === 'metric') return (delta > 0) === (o.target > o.worst);
  if (o.type === 'avoid') return delta < 0;
  return delta > 0;
}

/** Every objective with its score, and what moved it. */
export function objectivesSection(s: Session, lang: string): HTMLElement {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  const total = sc.objectives.reduce((a, o) => a + o.weight, 0);
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'objectives-heading' } },
    h('h2', { attrs: { id: 'objectives-heading' } }, t('game:debrief.objectives')),
    h(
      'ol',
      { class: 'objective-results' },
      sc.objectives.map((o) => {
        const v = d.score.objectives[o.id] ?? 0;
        const why = d.explanations[o.id] ?? [];
        let detail: HTMLElement | null = null;
        if (o.type === 'deadline') {
          const first = s.state.firstTaken[o.decision];
          detail = h('p', { class: 'muted' }, first === undefined ? t('game:debrief.deadlineMissed', { name: decisionTitle(s.loaded, o.decision, lang), by: o.by }) : t('game:debrief.deadlineTaken', { name: decisionTitle(s.loaded, o.decision, lang), turn: first, by: o.by }));
        } else if (o.type === 'avoid') {
          const turn = o.decision === undefined ? undefined : s.state.firstTaken[o.decision];
          detail = h(
            'p',
            { class: 'muted' },
            o.decision !== undefined
              ? turn === undefined
                ? t('game:debrief.avoidKept', { name: decisionTitle(s.loaded, o.decision, lang) })
                : t('game:debrief.avoidTaken', { name: decisionTitle(s.loaded, o.decision, lang), turn })
              : v > 0
                ? t('game:debrief.avoidWhenKept')
                : t('game:debrief.avoidWhenBroken'),
          );
        } else if (o.type === 'attribution') {
          const ideal = d.idealAttribution[o.id];
          detail = h('p', { class: 'muted' }, ideal === undefined ? '' : t('game:debrief.attributionIdeal', { ideal: fmtPercent(ideal) }));
        } else if (o.type === 'expr') {
          const inputs = d.inputs[o.id] ?? [];
          detail = inputs.length ? h('p', { class: 'muted' }, t('game:debrief.input.lead'), ' ', inputs.map((i) => inputText(s, i, lang)).join(' · ')) : null;
        } else if (o.type === 'metric') {
          detail = h('p', { class: 'muted' }, t(`game:debrief.aggregate.${o.aggregate}`, { target: fmtNumber(o.target), worst: fmtNumber(o.worst) }));
        }
        return h(
          'li',
          { class: 'objective-result', testid: `objective-${o.id}` },
          h('div', { class: 'objective-head' }, icon(o.category, 'icon icon-cat'), h('strong', null, pick(o.title, lang, sc.locales)), h('span', { class: 'muted' }, ` · ${t(`common:category.${o.category}`)} · ${t('game:debrief.weight', { weight: fmtPercent(o.weight / total) })}`), bar(v), h('span', { class: 'mono objective-score' }, fmtPercent(v))),
          detail,
          why.length && o.type === 'metric'
            ? h(
                'ul',
                { class: 'contributions' },
                why.slice(0, 8).map((c) => h('li', null, h('span', { class: `mono ${helped(o, c.delta) ? 'better' : 'worse'}` }, fmtSigned(c.delta)), ' ', causeText(s.loaded, c.cause, lang), 'turn' in c.cause ? h('span', { class: 'muted' }, ` · ${t('game:debrief.turnShort', { turn: c.cause.turn })}`) : null)),
              )
            : null,
        );
      }),
    ),
  );
}

/** The player's probabilities against the priors, the ideal posterior and the truth. */
export function attributionSection(s: Session, lang: string): HTMLElement | null {
  const d = s.debrief!;
  const sc = s.loaded.scenario;
  if (sc.actors.length === 0) return null;
  const th = (label: string) => h('th', { attrs: { scope: 'col' } }, label);
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'attr-heading' } },
    h('h2', { attrs: { id: 'attr-heading' } }, t('game:debrief.attribution')),
    h('p', { class: 'muted' }, t('game:debrief.attributionHelp')),
    h(
      'table',
      { class: 'table', testid: 'attribution-table' },
      h('thead', null, h('tr', null, th(t('game:debrief.actor')), th(t('game:debrief.prior')), th(t('game:debrief.yours')), th(t('game:debrief.ideal')), th(t('game:debrief.truth')))),
      h(
        'tbody',
        null,
        sc.actors.map((a) => {
          const culprit = a.id === s.state.culprit;
          return h(
            'tr',
            { class: culprit ? 'culprit' : '' },
            h('th', { attrs: { scope: 'row' } }, actorName(s.loaded, a.id, lang)),
            h('td', { class: 'mono' }, fmtPercent(d.priors[a.id] ?? 0)),
            h('td', { class: 'mono' }, fmtPercent(d.assessment[a.id] ?? 0)),
            h('td', { class: 'mono' }, fmtPercent(d.posterior[a.id] ?? 0)),
            h('td', null, culprit ? h('strong', null, icon('target'), ' ', t('game:debrief.culprit')) : '—'),
          );
        }),
      ),
    ),
  );
}

/** The scenario's reference line beside the player's, turn by turn. */
export function referenceSection(s: Session, lang: string): HTMLElement | null {
  const ref = s.loaded.scenario.reference;
  const run = s.debrief!.reference;
  if (!ref || !run) return null;
  const sc = s.loaded.scenario;
  const turns = Math.max(s.state.log.length, ...ref.plays.map((p) => p.turn));
  const names = (ids: readonly string[]) => (ids.length ? ids.map((id) => decisionTitle(s.loaded, id, lang)).join(', ') : '—');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'ref-heading' } },
    h('h2', { attrs: { id: 'ref-heading' } }, t('game:debrief.reference'), ' — ', pick(ref.title, lang, sc.locales)),
    paragraphs(pick(ref.note, lang, sc.locales)),
    run.score ? h('p', { testid: 'reference-score' }, t('game:debrief.referenceScore', { score: fmtNumber(run.score.overall, 0), yours: fmtNumber(s.debrief!.score.overall, 0) })) : h('p', { class: 'muted' }, t('game:debrief.referenceUnplayable')),
    h(
      'table',
      { class: 'table', testid: 'reference-table' },
      h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, t('game:debrief.turn')), h('th', { attrs: { scope: 'col' } }, t('game:debrief.referenceLine')), h('th', { attrs: { scope: 'col' } }, t('game:debrief.yourLine')))),
      h(
        'tbody',
        null,
        Array.from({ length: turns }, (_, i) => {
          const mine = s.state.log[i]?.decisions ?? [];
          const theirs = run.turns[i] ?? [];
          const same = mine.length === theirs.length && mine.every((x) => theirs.includes(x));
          return h('tr', { class: same ? 'same' : 'differs' }, h('th', { attrs: { scope: 'row' }, class: 'mono' }, String(i + 1)), h('td', null, names(theirs)), h('td', null, i < s.state.log.length ? names(mine) : t('game:debrief.notPlayed')));
        }),
      ),
    ),
  );
}
