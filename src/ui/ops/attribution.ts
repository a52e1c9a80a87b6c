/** The attribution board: the actors, the player's probabilities (always 100 % in all), the evidence found and the empty searches. */
import { fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { iconOf } from '../iconView';
import { html, mountView, nothing, prose, repeat, styleProps } from '../view';

function evidenceList(s: Session, lang: string) {
  const sc = s.loaded.scenario;
  const off = offsetOf(sc.clock.start);
  const found = s.state.searches.filter((x) => x.found);
  const empty = s.state.searches.filter((x) => !x.found);
  const at = (turn: number) => t('game:feed.at', { time: fmtTime((s.timeline[turn - 1] ?? s.clock).iso, off), turn });
  const evidence = (id: string) => sc.evidence.find((y) => y.id === id)!;
  return html`<h3 class="group-title">${iconOf('search', 'icon icon-cat')}${t('game:attribution.found', { count: found.length })}</h3>
    ${found.length
      ? html`<ul class="evidence-list" data-testid="evidence-found">
          ${found.map((x) => {
            const e = evidence(x.evidence);
            return html`<li class="evidence" data-testid=${`evidence-${x.evidence}`}>
              <h4>${pick(e.title, lang, sc.locales)}</h4>
              ${prose(pick(e.body, lang, sc.locales), 'prose evidence-body')}
              <p class="muted evidence-source">${t('game:attribution.source', { source: pick(e.source, lang, sc.locales), when: at(x.turn) })}</p>
            </li>`;
          })}
        </ul>`
      : html`<p class="muted">${t('game:attribution.noneFound')}</p>`}
    <h3 class="group-title">${iconOf('searchEmpty', 'icon icon-cat')}${t('game:attribution.empty', { count: empty.length })}</h3>
    ${empty.length
      ? html`<ul class="empty-searches" data-testid="evidence-empty">
          ${empty.map((x) => html`<li>${t('game:attribution.emptyItem', { title: pick(evidence(x.evidence).title, lang, sc.locales), when: at(x.turn) })}</li>`)}
        </ul>`
      : html`<p class="muted">${t('game:attribution.noEmpty')}</p>`}`;
}

/** The attribution board panel: a slider moved by the player keeps its focus while the others follow the store. */
export function mountAttribution(root: HTMLElement, app: App): () => void {
  return mountView(
    root,
    app.store,
    (s) => [s.language, s.session?.loaded, s.session?.state.searches, s.session?.replay, s.session?.assessment] as const,
    ([lang]) => {
      const s = app.store.getState().session;
      if (!s) return nothing;
      const sc = s.loaded.scenario;
      const sum = sc.actors.reduce((total, a) => total + (s.assessment[a.id] ?? 0), 0);
      const actor = (a: (typeof sc.actors)[number]) => {
        const id = `prob-${a.id}`;
        const v = s.assessment[a.id] ?? 0;
        return html`<li class="actor">
          <div class="actor-head"><label for=${id}>${pick(a.name, lang, sc.locales)}</label><output class="mono prob-value" for=${id}>${v} %</output></div>
          <input class="slider" id=${id} data-testid=${`probability-${a.id}`} type="range" min="0" max="100" step="1" .value=${String(v)} aria-valuetext=${`${v} %`}
            ?disabled=${s.replay !== null} @input=${(e: Event) => app.actions.setProbability(a.id, (e.target as HTMLInputElement).valueAsNumber)} />
          <span class="prob-bar" aria-hidden="true"><span class="prob-bar-fill" ${styleProps({ width: `${v}%` })}></span></span>
          <p class="actor-desc muted">${pick(a.description, lang, sc.locales)}</p>
        </li>`;
      };
      const actors = repeat(sc.actors, (a) => a.id, actor);
      return html`<h3 class="group-title">${iconOf('attribution', 'icon icon-cat')}${t('game:attribution.heading')}</h3>
        <p class="hint">${s.assessed ? t('game:attribution.hint') : t('game:attribution.hintPriors')}</p>
        <ul class="actor-list" data-testid="assessment">${actors}</ul>
        <p class="assessment-total mono" data-testid="assessment-total">${t('game:attribution.total', { sum })}</p>
        ${evidenceList(s, lang)}`;
    },
  );
}
