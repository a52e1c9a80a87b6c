/**
 * Workshop setup: scenario (bundled or a file of one's own), language, teams, seeds, turn timer,
 * leaderboard, releasable injects; or reopen a session file. Files are picked or dropped alike.
 * The form re-renders declaratively on every change, so the control in use keeps its focus.
 */
import { t } from '../../i18n';
import { pick, type App, type Language, type LoadedScenario, type ScenarioEntry, type WorkshopStore } from '../../store';
import { MAX_TEAMS, MIN_TEAMS } from '../../workshop';
import { dropZone, fileInput } from '../files';
import { iconOf } from '../iconView';
import { html, nothing, render, repeat, type TemplateResult } from '../view';
import { isScenarioText, readFile } from './intake';
import { newSetupForm, parseSeed, TIMER_MINUTES, type SetupForm } from './setupForm';

const FLAGSHIP = 'bundled:la-poste-ddos';
type Option = readonly [value: string, label: string];

const field = (id: string, label: string, control: TemplateResult, hint?: string) =>
  html`<div class="ws-field"><label for=${id}>${label}</label>${control}${hint ? html`<p class="hint">${hint}</p>` : nothing}</div>`;

const select = (id: string, options: readonly Option[], value: string, onChange: (v: string) => void) =>
  html`<select class="select" id=${id} data-testid=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
    ${options.map(([v, label]) => html`<option value=${v} .selected=${v === value}>${label}</option>`)}
  </select>`;

const textInput = (id: string, value: string, onInput: (v: string) => void, extra: { maxlength?: number; inputmode?: string; size?: number } = {}) =>
  html`<input class="input" id=${id} data-testid=${id} .value=${value} maxlength=${extra.maxlength ?? nothing} inputmode=${extra.inputmode ?? nothing}
    size=${extra.size ?? nothing} autocomplete="off" @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />`;

const checkbox = (id: string, checked: boolean, label: TemplateResult | string, onChange: (checked: boolean) => void) =>
  html`<input id=${id} data-testid=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>`;

/** A bundled scenario by its title; one of your own also by its file name. */
function optionLabel(x: ScenarioEntry, l: Language): string {
  const title = pick(x.loaded!.scenario.title, l, x.loaded!.scenario.locales);
  return x.source.kind === 'custom' ? t('workshop:ui.setup.customOption', { title, file: x.source.file }) : title;
}

export function mountSetup(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let entries: ScenarioEntry[] = [];
  let gone = false;
  const form: SetupForm = newSetupForm(app.store.getState().language);
  const lang = () => app.store.getState().language;
  const loadedOf = (): LoadedScenario | null => entries.find((x) => x.key === form.scenario)?.loaded ?? null;
  /** Change the form, then render it again from the form. */
  const set = (change: () => void) => () => {
    change();
    update();
  };

  /** A picked or dropped file: a scenario joins the list (selected), anything else is opened as a session. */
  const take = async (file: File) => {
    const text = await readFile(ws, file);
    if (text === null || gone) return;
    if (!isScenarioText(text)) return void (await ws.actions.openFile(text, file.name));
    const key = await ws.actions.loadScenario(text, file.name);
    if (!key || gone) return;
    ws.actions.dismissProblem();
    entries = app.store.getState().scenarios ?? entries;
    form.scenario = key;
    update();
    el.querySelector<HTMLSelectElement>('#ws-scenario')?.focus();
  };
  const input = fileInput('ws-session-file-input', (file) => void take(file));
  const scenarioInput = fileInput('ws-scenario-file-input', (file) => void take(file));
  const stopDrop = dropZone(document.body, (file) => void take(file));
  const el = document.createElement('form');
  el.className = 'ws-setup';
  el.dataset.testid = 'ws-setup';
  el.noValidate = true;
  root.replaceChildren(el, input, scenarioInput);

  const teamRow = (i: number) => {
    if (!form.edited[i]) form.names[i] = t('workshop:ui.setup.defaultTeam', { n: i + 1 });
    const nameId = `ws-team-name-${i + 1}`;
    const seedId = `ws-team-seed-${i + 1}`;
    return html`<li class="ws-team-row">
      <label class="ws-team-label" for=${nameId}>${t('workshop:ui.setup.teamName', { n: i + 1 })}</label>
      ${textInput(nameId, form.names[i]!, (v) => ((form.names[i] = v), (form.edited[i] = true)), { maxlength: 60 })}
      ${form.perTeam
        ? html`<span class="ws-team-seed"><label for=${seedId}>${t('workshop:ui.setup.seed')}</label>${textInput(seedId, form.seeds[i]!, (v) => (form.seeds[i] = v), { inputmode: 'numeric', size: 8 })}</span>`
        : nothing}
    </li>`;
  };

  const injectChoices = (loaded: LoadedScenario) => {
    const optional = loaded.scenario.injects.filter((x) => x.optional);
    if (!form.releasable.has(form.scenario)) form.releasable.set(form.scenario, new Set(optional.map((x) => x.id)));
    const chosen = form.releasable.get(form.scenario)!;
    if (optional.length === 0) return html`<p class="muted">${t('workshop:ui.setup.noOptional')}</p>`;
    const label = (x: (typeof optional)[number]) =>
      html`<strong>${pick(x.title, lang(), loaded.scenario.locales)}</strong> <span class="muted">(${t(`common:channel.${x.channel}`)})</span>`;
    return html`<ul class="ws-inject-choices">
      ${repeat(optional, (x) => x.id, (x) => html`<li>${checkbox(`ws-releasable-${x.id}`, chosen.has(x.id), label(x), (on) => (on ? chosen.add(x.id) : chosen.delete(x.id)))}</li>`)}
    </ul>`;
  };

  const radio = (id: string, checked: boolean, label: string, onPick: () => void) =>
    html`<span class="ws-radio"><input id=${id} data-testid=${id} type="radio" name="ws-seed-mode" .checked=${checked} @change=${set(onPick)} /><label for=${id}>${label}</label></span>`;

  const sessionFields = (l: Language) => {
    const usable = entries.filter((x) => x.loaded);
    const timers = TIMER_MINUTES.map((m) => [String(m), m === 0 ? t('workshop:ui.setup.timerOff') : t('workshop:ui.setup.timerMinutes', { count: m })] as const);
    return html`<fieldset class="ws-fieldset">
      <legend>${t('workshop:ui.setup.session')}</legend>
      ${field('ws-scenario', t('workshop:ui.setup.scenario'), select('ws-scenario', usable.map((x) => [x.key, optionLabel(x, l)] as const), form.scenario, (v) => set(() => (form.scenario = v))()))}
      <div class="ws-load-scenario">
        <button class="btn" type="button" data-testid="ws-load-scenario" @click=${() => scenarioInput.click()}>${iconOf('upload')}<span>${t('workshop:ui.setup.loadScenario')}</span></button>
        <p class="hint">${t('workshop:ui.setup.loadScenarioHint')}</p>
      </div>
      ${field('ws-language', t('workshop:ui.setup.language'), select('ws-language', [['en', 'English'], ['fr', 'Français']], form.locale, (v) => ((form.locale = v as Language), (form.localeChosen = true))), t('workshop:ui.setup.languageHint'))}
      ${field('ws-timer', t('workshop:ui.setup.timer'), select('ws-timer', timers, String(form.minutes), (v) => (form.minutes = Number(v))), t('workshop:ui.setup.timerHint'))}
      <div class="ws-check">${checkbox('ws-hide-leaderboard', form.hide, t('workshop:ui.setup.hideLeaderboard'), (on) => (form.hide = on))}</div>
    </fieldset>`;
  };

  const teamFields = () => {
    const counts = Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => [String(i + MIN_TEAMS), String(i + MIN_TEAMS)] as const);
    return html`<fieldset class="ws-fieldset">
      <legend>${t('workshop:ui.setup.teams')}</legend>
      ${field('ws-team-count', t('workshop:ui.setup.teamCount'), select('ws-team-count', counts, String(form.count), (v) => set(() => (form.count = Number(v)))()))}
      <div class="ws-radios" role="radiogroup" aria-label=${t('workshop:ui.setup.seedMode')}>
        ${radio('ws-seed-shared', !form.perTeam, t('workshop:ui.setup.seedShared'), () => (form.perTeam = false))}
        ${radio('ws-seed-per-team', form.perTeam, t('workshop:ui.setup.seedPerTeam'), () => (form.perTeam = true))}
      </div>
      ${form.perTeam ? nothing : field('ws-seed', t('workshop:ui.setup.seed'), textInput('ws-seed', form.seed, (v) => (form.seed = v), { inputmode: 'numeric' }), t('workshop:ui.setup.seedHint'))}
      <ol class="ws-team-list">${Array.from({ length: form.count }, (_, i) => teamRow(i))}</ol>
    </fieldset>`;
  };

  const view = () => {
    const loaded = loadedOf();
    return html`<h2 class="ws-setup-title">${t('workshop:ui.setup.heading')}</h2>
      <p class="hint">${t('workshop:ui.setup.intro')}</p>
      <div class="ws-setup-grid">
        ${sessionFields(lang())} ${teamFields()}
        <fieldset class="ws-fieldset">
          <legend>${t('workshop:ui.setup.releasable')}</legend>
          <p class="hint">${t('workshop:ui.setup.releasableHint')}</p>
          ${loaded ? injectChoices(loaded) : nothing}
        </fieldset>
      </div>
      <div class="ws-setup-actions row">
        <button class="btn btn-primary btn-large" type="submit" data-testid="ws-create" ?disabled=${!loaded}>${iconOf('play')}<span>${t('workshop:ui.setup.create')}</span></button>
        <button class="btn btn-large" type="button" data-testid="ws-create-live" ?disabled=${!loaded || creatingLive} @click=${() => void createLive()}>
          ${iconOf('customer')}<span class="btn-text"><span>${t('live:setup.create')}</span><small>${t('live:setup.createDetail')}</small></span>
        </button>
        <button class="btn btn-large" type="button" data-testid="ws-open-file" @click=${() => input.click()}>
          ${iconOf('upload')}<span class="btn-text"><span>${t('workshop:ui.setup.open')}</span><small>${t('workshop:ui.setup.openDetail')}</small></span>
        </button>
      </div>
      <p class="hint ws-drop-hint">${t('workshop:ui.setup.drop')}</p>`;
  };

  function update(): void {
    render(view(), el);
  }

  const setupOf = () => ({
    locale: form.locale,
    teams: form.names.slice(0, form.count).map((name, i) => (form.perTeam ? { name, seed: parseSeed(form.seeds[i]!) } : { name })),
    seed: form.perTeam ? 1 : parseSeed(form.seed),
    secondsPerTurn: form.minutes > 0 ? form.minutes * 60 : null,
    releasable: [...(form.releasable.get(form.scenario) ?? [])],
    hideLeaderboard: form.hide,
  });
  const useLocale = () => form.locale !== app.store.getState().language && app.actions.setLanguage(form.locale);

  el.addEventListener('submit', (e) => {
    e.preventDefault();
    const loaded = loadedOf();
    if (loaded && ws.actions.create(loaded, setupOf())) useLocale();
  });

  /** The same setup, run by the live server: this device becomes the console (the live screen says why if the server refuses). */
  let creatingLive = false;
  const createLive = async () => {
    const entry = entries.find((x) => x.key === form.scenario);
    if (!entry?.loaded || creatingLive) return;
    creatingLive = true;
    update();
    const { liveOf } = await import('../live/instance');
    const source = entry.source.kind === 'bundled' ? { bundled: entry.source.id } : { text: entry.source.text };
    useLocale();
    app.actions.openLive(null);
    await liveOf(app).actions.create(source, setupOf());
    creatingLive = false;
  };

  const stopLang = app.store.subscribe((s, prev) => {
    if (s.language === prev.language) return;
    if (!form.localeChosen) form.locale = s.language;
    update();
  });
  void app.actions.ensureScenarios().then((list) => {
    if (gone) return;
    entries = app.store.getState().scenarios ?? list;
    const usable = entries.filter((x) => x.loaded);
    // A scenario file dropped while the list was loading stays chosen.
    if (!usable.some((x) => x.key === form.scenario)) form.scenario = usable.find((x) => x.key === FLAGSHIP)?.key ?? usable[0]?.key ?? '';
    update();
    // The first field takes the focus once the list is in, unless the facilitator is already somewhere.
    const idle = document.activeElement === null || document.activeElement === document.body;
    if (idle) el.querySelector<HTMLSelectElement>('select')?.focus();
  });
  update();
  return () => {
    gone = true;
    stopLang();
    stopDrop();
  };
}
