/** The studio's page: what to open and the drafts, the source, the findings. A lit-html template of the studio's state. */
import { currentLanguage, fmtLocalDateTime, fmtNumber, has, t, tDynamic } from '../../i18n';
import { guard } from 'lit-html/directives/guard.js';
import { findingText } from '../check/findingText';
import { bundledCatalog } from '../../store';
import { diagnosticSentence } from '../diagnosticSentence';
import { html, nothing, repeat, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import type { Diagnostic } from '../../store';
import { canSaveInPlace } from './saveInPlace';
import type { Finding } from './findings';
import { figuresSection } from './figuresView';
import { graphSection } from './graphView';
import { formsSection } from './partsView';
import { shortcutsHelp } from './shortcutsView';
import type { StudioState, StudioStatus } from './studioState';

const tr = { t: tDynamic, has };

/** Where a sheet's problem is and what it is: `msel.csv:3:9: …`. */
const sheetProblem = (d: Diagnostic) => `${[d.file, d.line, d.col].filter((x) => x !== undefined).join(':')}: ${diagnosticSentence(d, tr)}`;

function statusLine(s: StudioStatus | null): TemplateResult | typeof nothing {
  if (!s) return nothing;
  if (s.kind === 'msel-failed')
    return html`<div class="studio-status is-bad" data-testid="studio-status" role="alert">
      <p>${t('studio:status.mselFailed', { file: s.file, count: s.errors.length })}</p>
      <ul>${s.errors.slice(0, 5).map((d) => html`<li><code>${sheetProblem(d)}</code></li>`)}</ul>
    </div>`;
  const text =
    s.kind === 'msel-exported'
      ? t('studio:status.mselExported', { file: s.file })
      : s.kind === 'msel-blocked'
        ? t('studio:status.mselBlocked')
        : s.kind === 'msel-imported'
          ? t('studio:status.mselImported', { file: s.file, count: s.count })
          : s.kind === 'refused'
      ? t('studio:status.refused', { count: s.errors })
      : s.kind === 'unreadable'
        ? t('studio:status.unreadable', { file: s.file, detail: s.detail })
        : s.kind === 'not-kept'
          ? t('studio:status.notKept')
          : s.kind === 'saved'
            ? s.errors > 0
              ? t('studio:status.savedWithErrors', { file: s.file, count: s.errors })
              : t('studio:status.saved', { file: s.file })
            : s.errors > 0
              ? t('studio:status.downloadedWithErrors', { file: s.file, count: s.errors })
              : t('studio:status.downloaded', { file: s.file });
  const bad = s.kind === 'refused' || s.kind === 'msel-blocked' || s.kind === 'unreadable' || s.kind === 'not-kept' || ((s.kind === 'downloaded' || s.kind === 'saved') && s.errors > 0);
  return html`<p class="studio-status ${bad ? 'is-bad' : ''}" data-testid="studio-status" role=${bad ? 'alert' : 'status'}>${text}</p>`;
}

function openPanel(state: StudioState, c: StudioController, pickFile: () => void, pickSheet: () => void): TemplateResult {
  return html`<nav class="studio-open" aria-labelledby="studio-open-heading">
    <h2 id="studio-open-heading">${t('studio:open.heading')}</h2>
    <label class="studio-field"
      ><span>${t('studio:open.template')}</span>
      <select class="select" data-testid="studio-template" @change=${(e: Event) => c.chooseTemplate((e.target as HTMLSelectElement).value)}>
        ${bundledCatalog.ids().map((id) => html`<option .value=${id} .selected=${id === state.template}>${id}</option>`)}
      </select></label
    >
    <button class="btn" data-testid="studio-use-template" @click=${() => void c.openTemplate()}>${t('studio:open.useTemplate')}</button>
    <button class="btn" data-testid="studio-blank" @click=${() => void c.openBlank()}>${t('studio:open.blank')}</button>
    <button class="btn" data-testid="studio-open-file" @click=${pickFile}>${t('studio:open.file')}</button>
    <p class="hint">${t('studio:open.dropHint')}</p>
    <h2>${t('studio:msel.heading')}</h2>
    <button class="btn" data-testid="studio-msel-export" ?disabled=${!state.current} @click=${() => void c.exportMsel()}>${t('studio:msel.export')}</button>
    <button class="btn" data-testid="studio-msel-import" ?disabled=${!state.current} @click=${pickSheet}>${t('studio:msel.import')}</button>
    <h2>${t('studio:drafts.heading')}</h2>
    ${state.drafts.length === 0
      ? html`<p class="hint">${t('studio:drafts.none')}</p>`
      : html`<ul class="studio-drafts" data-testid="studio-drafts">
          ${repeat(
            state.drafts,
            (d) => d.key,
            (d) => html`<li class=${d.key === state.current?.key ? 'is-current' : ''}>
              <button class="btn btn-ghost studio-item" aria-current=${d.key === state.current?.key ? 'true' : 'false'} @click=${() => c.openDraft(d.key)}>
                <span>${d.file}</span><small>${fmtLocalDateTime(new Date(d.updatedAt).toISOString())}</small>
              </button>
              <button class="btn btn-icon" aria-label=${t('studio:drafts.remove', { file: d.file })} @click=${() => void c.removeDraft(d.key)}>×</button>
            </li>`,
          )}
        </ul>`}
  </nav>`;
}

function findingItem(f: Finding, c: StudioController, testid: string, sentence: string): TemplateResult {
  return html`<li class="studio-finding is-${f.severity}">
    <button
      class="btn btn-ghost studio-item"
      data-testid=${testid}
      @click=${() => {
        if (f.pointer) c.form.reveal(f.pointer);
        c.goTo(f.offset);
      }}
    >
      <span class="studio-finding-where">${t('studio:findings.where', { line: f.line, col: f.col })}</span>
      <span class="studio-finding-kind">${t(`studio:findings.severity.${f.severity}`)}</span>
      <span class="studio-finding-text">${sentence}</span>
      ${f.pointer ? html`<code>${f.pointer}</code>` : nothing}
    </button>
  </li>`;
}

function findingsPanel(state: StudioState, c: StudioController): TemplateResult {
  const list = state.findings;
  return html`<aside class="studio-findings" aria-labelledby="studio-findings-heading" data-testid="studio-findings">
    <h2 id="studio-findings-heading">${t('studio:findings.heading')}</h2>
    <p class="hint" role="status">
      ${list === null ? t('studio:findings.checking') : list.length === 0 ? t('studio:findings.none') : t('studio:findings.count', { count: list.length })}
    </p>
    ${list && list.length > 0 ? html`<ol class="studio-finding-list">${list.map((f) => findingItem(f, c, 'studio-finding', diagnosticSentence(f.diagnostic, tr)))}</ol>` : nothing}
    ${analysisSection(state, c)}
  </aside>`;
}

function analysisStatus(state: StudioState): string {
  const a = state.analysis;
  if (a.kind === 'running') return t('studio:analysis.running', { done: fmtNumber(a.done, 0), total: fmtNumber(a.total, 0) });
  if (a.kind === 'failed') return t('studio:analysis.failed', { message: a.message });
  if (a.kind === 'done') return a.findings.length === 0 ? t('studio:analysis.none', { runs: fmtNumber(a.report.coverage.runs, 0) }) : t('studio:analysis.count', { count: a.findings.length, runs: fmtNumber(a.report.coverage.runs, 0) });
  return state.findings?.some((f) => f.severity === 'error') ? t('studio:analysis.blocked') : t('studio:analysis.waiting');
}

function analysisSection(state: StudioState, c: StudioController): TemplateResult {
  const a = state.analysis;
  return html`<h3 class="studio-subheading">${t('studio:analysis.heading')}</h3>
    <p class="hint" data-testid="studio-analysis-status">${analysisStatus(state)}</p>
    ${a.kind === 'done' && a.findings.length > 0
      ? html`<ol class="studio-finding-list">
          ${a.findings.map((f) => findingItem(f, c, 'studio-analysis-finding', f.analysis ? findingText(f.analysis, a.report) : f.diagnostic.message))}
        </ol>`
      : nothing}
    ${figuresSection(state, c)}`;
}

/** The whole studio page; `source` is the editor's host, placed once and kept. */
export interface Pickers {
  file(): void;
  sheet(): void;
}

export function studioView(state: StudioState, c: StudioController, source: HTMLElement, pick: Pickers, home: () => void): TemplateResult {
  const current = state.current;
  // Each panel is rendered again only when the state it shows changed (a draft's forms read its whole
  // text: a new analysis's progress, a new list of drafts or a check's findings need not redo them).
  const lang = currentLanguage();
  return html`<div class="studio-bar">
      <h1 class="studio-title">${t('studio:screen.heading')}${current ? html` <small data-testid="studio-file">${current.file}</small>` : nothing}</h1>
      <div class="studio-actions">
        <label class="studio-seed"
          ><span>${t('studio:actions.seed')}</span>
          <input class="input" data-testid="studio-seed" inputmode="numeric" spellcheck="false" placeholder=${t('studio:actions.seedRandom')} .value=${state.seed} @input=${(e: Event) => c.setSeed((e.target as HTMLInputElement).value)}
        /></label>
        <button class="btn" data-testid="studio-undo" ?disabled=${!current} @click=${() => c.form.undo()}>${t('studio:forms.undo')}</button>
        <button class="btn" data-testid="studio-redo" ?disabled=${!current} @click=${() => c.form.redo()}>${t('studio:forms.redo')}</button>
        <button class="btn btn-primary" data-testid="studio-playtest" ?disabled=${!current} @click=${() => void c.playtest()}>${t('studio:actions.playtest')}</button>
        <button class="btn" data-testid="studio-playtest-tab" ?disabled=${!current} @click=${() => void c.playtestInTab()}>${t('studio:actions.playtestTab')}</button>
        ${current?.handle
          ? html`<button class="btn" data-testid="studio-save-in-place" @click=${() => void c.save()}>${t('studio:actions.save')}</button>`
          : nothing}
        <button class="btn" data-testid="studio-save" ?disabled=${!current} @click=${() => c.download()}>${t('studio:actions.download')}</button>
        ${shortcutsHelp()}
        <button class="btn" data-testid="studio-home" @click=${home}>${t('common:common.backToTitle')}</button>
      </div>
    </div>
    ${statusLine(state.status)}
    <div class="studio-body">
      ${guard([state.drafts, current?.key, state.template, lang], () => openPanel(state, c, () => (canSaveInPlace() ? void c.pickFile() : pick.file()), pick.sheet))}
      <div class="studio-center">
        ${guard([current?.text, state.form, state.completion, lang], () => (current ? formsSection(state, c) : nothing))}
        <section class="studio-source ${current ? '' : 'is-empty'}" aria-label=${t('studio:source.heading')}>
          ${current ? nothing : html`<p class="hint studio-empty">${t('studio:source.empty')}</p>`} ${source}
        </section>
        ${guard([current !== null, state.graph, state.analysis.kind, lang], () => (current ? graphSection(state, c) : nothing))}
      </div>
      ${guard([state.findings, state.analysis, lang], () => findingsPanel(state, c))}
    </div>`;
}
