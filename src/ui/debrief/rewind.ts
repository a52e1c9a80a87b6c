/**
 * The debrief's rewind: pick a turn, change its decisions or assessment, choose what follows, replay;
 * then the comparison (compare.ts), the kept branches and the missed chances (missed.ts).
 */
import { t } from '../../i18n';
import { assessmentAt, rewindStatuses, type App, type BranchPolicy, type GameState, type Session, type TurnChoices } from '../../store';
import { download } from '../files';
import { iconOf } from '../iconView';
import { actorName, decisionTitle, reasonText } from '../names';
import { html, mountView, nothing, render, type TemplateResult } from '../view';
import { compareSection } from './compare';
import { focusComparison, missedSection } from './missed';

interface Draft {
  /** The game the draft belongs to: a new game resets it. */
  state: GameState | null;
  turn: number | null;
  chosen: string[];
  assessed: boolean;
  assessment: Record<string, number>;
  policy: BranchPolicy;
}

const blank = (state: GameState | null): Draft => ({ state, turn: null, chosen: [], assessed: false, assessment: {}, policy: 'keep' });

/** Keep, in order, the chosen decisions still legal given the ones kept before them (the ops room's rule). */
function prune(s: Session, turn: number, chosen: readonly string[]): string[] {
  const kept: string[] = [];
  for (const id of chosen) if (rewindStatuses(s, turn, kept).find((x) => x.id === id)?.legal) kept.push(id);
  return kept;
}

function pickTurn(s: Session, draft: Draft, turn: number): void {
  const a = assessmentAt(s, turn);
  Object.assign(draft, { turn, chosen: [...(s.state.log[turn - 1]?.decisions ?? [])], assessed: false, assessment: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Math.round(v * 100)])) });
}

function toggle(s: Session, draft: Draft, id: string): void {
  if (draft.turn === null) return;
  if (draft.chosen.includes(id)) draft.chosen = prune(s, draft.turn, draft.chosen.filter((x) => x !== id));
  else if (rewindStatuses(s, draft.turn, draft.chosen).find((x) => x.id === id)?.legal) draft.chosen = [...draft.chosen, id];
}

/** The label of a branch: what changed in its turn. */
function labelOf(s: Session, draft: Draft, lang: string): string {
  const before = s.state.log[draft.turn! - 1]?.decisions ?? [];
  const parts = [
    ...draft.chosen.filter((id) => !before.includes(id)).map((id) => `+ ${decisionTitle(s.loaded, id, lang)}`),
    ...before.filter((id) => !draft.chosen.includes(id)).map((id) => `− ${decisionTitle(s.loaded, id, lang)}`),
    ...(draft.assessed ? [t('game:rewind.assessmentChanged')] : []),
  ];
  return t('game:rewind.label', { turn: draft.turn, change: parts.length ? parts.join(', ') : t('game:rewind.unchanged') }).slice(0, 200);
}

function replay(app: App, s: Session, draft: Draft, lang: string): void {
  const turn = draft.turn;
  if (turn === null) return;
  const before = s.state.log[turn - 1];
  const choices: TurnChoices = { decisions: [...draft.chosen] };
  if (before?.released?.length) choices.released = [...before.released];
  const valid = Object.values(draft.assessment).some((v) => v > 0);
  if (draft.assessed && valid) choices.assessment = { ...draft.assessment };
  else if (before?.assessment) choices.assessment = { ...before.assessment };
  const ok = app.actions.rewind(turn, choices, draft.policy, labelOf(s, draft, lang), t('game:rewind.labelOriginal', { turn }));
  if (ok && draft.policy !== 'stop') focusComparison();
}

function turnList(s: Session, draft: Draft, redraw: () => void, lang: string): TemplateResult {
  const names = (ids: readonly string[]) => (ids.length ? ids.map((id) => decisionTitle(s.loaded, id, lang)).join(', ') : t('game:rewind.nothingDecided'));
  return html`<fieldset class="rewind-turns-box"><legend>${t('game:rewind.pickTurn')}</legend>
    <ol class="rewind-turns">
      ${s.state.log.map(
        (entry, i) => html`<li><button class="rewind-turn" data-testid=${`rewind-turn-${i + 1}`} aria-pressed=${String(draft.turn === i + 1)}
          @click=${() => (pickTurn(s, draft, i + 1), redraw())}><span class="mono">${t('game:rewind.turnRow', { turn: i + 1 })}</span> <span>${names(entry.decisions)}</span></button></li>`,
      )}
    </ol></fieldset>`;
}

function decisionsBox(s: Session, draft: Draft, redraw: () => void, lang: string): TemplateResult {
  const turn = draft.turn!;
  const statuses = rewindStatuses(s, turn, draft.chosen);
  const shown = s.loaded.scenario.decisions.filter((d) => {
    const st = statuses.find((x) => x.id === d.id);
    return draft.chosen.includes(d.id) || (st !== undefined && !st.reasons.some((r) => r.code === 'used'));
  });
  return html`<fieldset class="rewind-decisions"><legend>${t('game:rewind.decisionsOf', { turn })}</legend>
    <p class="muted">${t('game:rewind.decisionsHelp')}</p>
    <ul>
      ${shown.map((d) => {
        const st = statuses.find((x) => x.id === d.id)!;
        const chosen = draft.chosen.includes(d.id);
        const blocked = !chosen && !st.legal;
        const why = `rewind-why-${d.id}`;
        return html`<li class=${blocked ? 'is-blocked' : ''}><label>
          <input type="checkbox" data-testid=${`rewind-decision-${d.id}`} .checked=${chosen} ?disabled=${blocked} aria-describedby=${blocked ? why : nothing}
            @change=${() => (toggle(s, draft, d.id), redraw())} />
          ${decisionTitle(s.loaded, d.id, lang)}</label>
          ${blocked ? html`<span class="muted small" id=${why}>${st.reasons.map((r) => reasonText(s.loaded, r, lang)).join(' · ')}</span>` : nothing}</li>`;
      })}
    </ul></fieldset>`;
}

function assessmentBox(s: Session, draft: Draft, redraw: () => void, lang: string): TemplateResult | typeof nothing {
  const actors = s.loaded.scenario.actors;
  if (actors.length === 0) return nothing;
  return html`<fieldset class="rewind-assessment"><legend>${t('game:rewind.assessmentOf', { turn: draft.turn })}</legend>
    <label><input type="checkbox" data-testid="rewind-assess" .checked=${draft.assessed} @change=${(e: Event) => ((draft.assessed = (e.target as HTMLInputElement).checked), redraw())} /> ${t('game:rewind.changeAssessment')}</label>
    <div class="rewind-actors">
      ${actors.map(
        (a) => html`<label>${actorName(s.loaded, a.id, lang)}
          <input type="number" min="0" max="100" step="1" inputmode="numeric" data-testid=${`rewind-actor-${a.id}`} ?disabled=${!draft.assessed} .value=${String(draft.assessment[a.id] ?? 0)}
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              draft.assessment = { ...draft.assessment, [a.id]: Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0 };
              redraw();
            }} /></label>`,
      )}
    </div></fieldset>`;
}

function policyBox(s: Session, draft: Draft, redraw: () => void): TemplateResult {
  const label = { keep: () => t('game:rewind.policyKeep'), reference: () => t('game:rewind.policyReference'), stop: () => t('game:rewind.policyStop') };
  const policies: BranchPolicy[] = s.loaded.scenario.reference ? ['keep', 'reference', 'stop'] : ['keep', 'stop'];
  return html`<fieldset class="rewind-policy"><legend>${t('game:rewind.policy')}</legend>
    ${policies.map(
      (p) => html`<label><input type="radio" name="rewind-policy" value=${p} data-testid=${`rewind-policy-${p}`} .checked=${draft.policy === p}
        @change=${() => ((draft.policy = p), redraw())} /> ${label[p]()}</label>`,
    )}</fieldset>`;
}

function keptList(app: App, s: Session): TemplateResult | typeof nothing {
  if (s.branches.length === 0) return nothing;
  const file = (i: number) => `cellule-${s.state.scenario}-seed${s.state.seed}-branch${i + 1}.json`;
  return html`<h3>${t('game:rewind.kept')}</h3>
    <ul class="rewind-kept" data-testid="rewind-kept">
      ${s.branches.map(
        (b, i) => html`<li><span>${b.label}</span>
          <button class="btn" data-testid=${`kept-compare-${i}`} @click=${() => app.actions.compareBranch(i) && focusComparison()}>${t('game:rewind.compareKept')}</button>
          <button class="btn btn-icon" aria-label=${t('game:rewind.downloadKept', { label: b.label })} @click=${() => download(file(i), app.actions.exportBranchLog(i) ?? '')}>${iconOf('download')}</button></li>`,
      )}
    </ul>`;
}

function rewindSection(app: App, s: Session, draft: Draft, redraw: () => void, lang: string): TemplateResult {
  const t0 = draft.turn;
  return html`<section class="panel rewind" aria-labelledby="rewind-heading" data-testid="rewind">
    <h2 id="rewind-heading">${t('game:rewind.heading')}</h2>
    <p class="muted">${t('game:rewind.help')}</p>
    <div class="rewind-grid">
      ${turnList(s, draft, redraw, lang)}
      ${t0 === null
        ? nothing
        : html`<div class="rewind-form">
            ${decisionsBox(s, draft, redraw, lang)} ${assessmentBox(s, draft, redraw, lang)} ${policyBox(s, draft, redraw)}
            <button class="btn btn-primary" data-testid="rewind-replay" @click=${() => replay(app, s, draft, lang)}>${iconOf('again')}<span>${t(draft.policy === 'stop' ? 'game:rewind.continue' : 'game:rewind.replay', { turn: t0 })}</span></button>
          </div>`}
    </div>
    ${keptList(app, s)}
  </section>`;
}

/** Mount the rewind, comparison and missed-chances panels at the end of the debrief; starts the missed-chances search. */
export function mountRewind(screen: HTMLElement, app: App): () => void {
  const el = document.createElement('div');
  el.className = 'debrief-rewind';
  screen.append(el);
  let draft = blank(null);
  const view = (): TemplateResult | typeof nothing => {
    const { session: s, language } = app.store.getState();
    if (!s?.debrief) return nothing;
    if (draft.state !== s.state) draft = blank(s.state);
    return html`${compareSection(app, s, language)} ${rewindSection(app, s, draft, redraw, language)} ${missedSection(app, s, language)}`;
  };
  const redraw = () => render(view(), el);
  const stop = mountView(el, app.store, (st) => [st.language, st.session?.debrief, st.session?.compare, st.session?.missed, st.session?.branches] as const, view);
  void app.actions.findMissed();
  return () => {
    stop();
    el.remove();
  };
}

