/**
 * Workshop setup: scenario (bundled or a file of one's own), language, teams, seeds, turn timer,
 * leaderboard, releasable injects; or reopen a session file. Files are picked or dropped alike.
 */
import { t } from '../../i18n';
import { pick, type App, type Language, type LoadedScenario, type ScenarioEntry } from '../../store';
import type { WorkshopStore } from '../../store';
import { MAX_TEAMS, MIN_TEAMS } from '../../workshop';
import { h } from '../dom';
import { dropZone, fileInput } from '../files';
import { icon } from '../icons';
import { isScenarioText, readFile } from './intake';

export const TIMER_MINUTES = [0, 1, 2, 3, 5, 8, 10, 15] as const;
const FLAGSHIP = 'bundled:la-poste-ddos';

const randomSeed = () => {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0]! % 999_999) + 1;
};

interface Form {
  scenario: string;
  locale: Language;
  count: number;
  names: string[];
  /** Names the facilitator typed; the others follow the screen language. */
  edited: boolean[];
  /** False until the facilitator picks the session language: it follows the screen's till then. */
  localeChosen: boolean;
  perTeam: boolean;
  seed: string;
  seeds: string[];
  minutes: number;
  hide: boolean;
  /** Releasable injects per scenario key: all offered by default. */
  releasable: Map<string, Set<string>>;
}

export function mountSetup(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let entries: ScenarioEntry[] = [];
  let gone = false;
  const form: Form = {
    scenario: '',
    locale: app.store.getState().language,
    count: 3,
    names: [],
    edited: [],
    localeChosen: false,
    perTeam: false,
    seed: String(randomSeed()),
    seeds: Array.from({ length: MAX_TEAMS }, () => String(randomSeed())),
    minutes: 0,
    hide: true,
    releasable: new Map(),
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
    render();
    (el.querySelector('#ws-scenario') as HTMLSelectElement | null)?.focus();
  };
  const input = fileInput('ws-session-file-input', (file) => void take(file));
  const scenarioInput = fileInput('ws-scenario-file-input', (file) => void take(file));
  const stopDrop = dropZone(document.body, (file) => void take(file));
  const el = h('form', { class: 'ws-setup', testid: 'ws-setup', attrs: { novalidate: true } });
  root.replaceChildren(el, input, scenarioInput);

  const loadedOf = (): LoadedScenario | null => entries.find((x) => x.key === form.scenario)?.loaded ?? null;
  const lang = () => app.store.getState().language;

  const field = (label: string, control: HTMLElement, id: string, hint?: string) =>
    h('div', { class: 'ws-field' }, h('label', { attrs: { for: id } }, label), control, hint ? h('p', { class: 'hint' }, hint) : null);

  const select = (id: string, options: [string, string][], value: string, onChange: (v: string) => void, rerender = false) => {
    const s = h('select', {
      class: 'select',
      testid: id,
      attrs: { id },
      on: {
        change: () => {
          onChange(s.value);
          if (rerender) render();
        },
      },
    });
    s.replaceChildren(...options.map(([v, l]) => h('option', { attrs: { value: v, selected: v === value } }, l)));
    return s;
  };

  const textInput = (id: string, value: string, onInput: (v: string) => void, extra: Record<string, string | number> = {}) => {
    const i = h('input', { class: 'input', testid: id, attrs: { id, value, ...extra }, on: { input: () => onInput(i.value) } });
    return i;
  };

  function teamRows(): HTMLElement {
    const rows = [];
    for (let i = 0; i < form.count; i++) {
      if (!form.edited[i]) form.names[i] = t('workshop:ui.setup.defaultTeam', { n: i + 1 });
      const nameId = `ws-team-name-${i + 1}`;
      rows.push(
        h(
          'li',
          { class: 'ws-team-row' },
          h('label', { class: 'ws-team-label', attrs: { for: nameId } }, t('workshop:ui.setup.teamName', { n: i + 1 })),
          textInput(nameId, form.names[i]!, (v) => ((form.names[i] = v), (form.edited[i] = true)), { maxlength: 60, autocomplete: 'off' }),
          form.perTeam
            ? h(
                'span',
                { class: 'ws-team-seed' },
                h('label', { attrs: { for: `ws-team-seed-${i + 1}` } }, t('workshop:ui.setup.seed')),
                textInput(`ws-team-seed-${i + 1}`, form.seeds[i]!, (v) => (form.seeds[i] = v), { inputmode: 'numeric', size: 8 }),
              )
            : null,
        ),
      );
    }
    return h('ol', { class: 'ws-team-list' }, rows);
  }

  function injectChoices(loaded: LoadedScenario): HTMLElement {
    const optional = loaded.scenario.injects.filter((x) => x.optional);
    if (!form.releasable.has(form.scenario)) form.releasable.set(form.scenario, new Set(optional.map((x) => x.id)));
    const chosen = form.releasable.get(form.scenario)!;
    if (optional.length === 0) return h('p', { class: 'muted' }, t('workshop:ui.setup.noOptional'));
    return h(
      'ul',
      { class: 'ws-inject-choices' },
      optional.map((x) => {
        const id = `ws-releasable-${x.id}`;
        const box = h('input', { testid: id, attrs: { id, type: 'checkbox', checked: chosen.has(x.id) }, on: { change: () => (box.checked ? chosen.add(x.id) : chosen.delete(x.id)) } });
        return h(
          'li',
          null,
          box,
          h('label', { attrs: { for: id } }, h('strong', null, pick(x.title, lang(), loaded.scenario.locales)), ' ', h('span', { class: 'muted' }, `(${t(`common:channel.${x.channel}`)})`)),
        );
      }),
    );
  }

  function render(): void {
    const l = lang();
    const loaded = loadedOf();
    const usable = entries.filter((x) => x.loaded);
    el.replaceChildren(
      h('h2', { class: 'ws-setup-title' }, t('workshop:ui.setup.heading')),
      h('p', { class: 'hint' }, t('workshop:ui.setup.intro')),
      h(
        'div',
        { class: 'ws-setup-grid' },
        h(
          'fieldset',
          { class: 'ws-fieldset' },
          h('legend', null, t('workshop:ui.setup.session')),
          field(t('workshop:ui.setup.scenario'), select('ws-scenario', usable.map((x) => [x.key, optionLabel(x, l)]), form.scenario, (v) => (form.scenario = v), true), 'ws-scenario'),
          h(
            'div',
            { class: 'ws-load-scenario' },
            h('button', { class: 'btn', testid: 'ws-load-scenario', attrs: { type: 'button' }, on: { click: () => scenarioInput.click() } }, icon('upload'), h('span', null, t('workshop:ui.setup.loadScenario'))),
            h('p', { class: 'hint' }, t('workshop:ui.setup.loadScenarioHint')),
          ),
          field(t('workshop:ui.setup.language'), select('ws-language', [['en', 'English'], ['fr', 'Français']], form.locale, (v) => ((form.locale = v as Language), (form.localeChosen = true))), 'ws-language', t('workshop:ui.setup.languageHint')),
          field(
            t('workshop:ui.setup.timer'),
            select('ws-timer', TIMER_MINUTES.map((m) => [String(m), m === 0 ? t('workshop:ui.setup.timerOff') : t('workshop:ui.setup.timerMinutes', { count: m })]), String(form.minutes), (v) => (form.minutes = Number(v))),
            'ws-timer',
            t('workshop:ui.setup.timerHint'),
          ),
          h(
            'div',
            { class: 'ws-check' },
            h('input', { testid: 'ws-hide-leaderboard', attrs: { id: 'ws-hide-leaderboard', type: 'checkbox', checked: form.hide }, on: { change: (e) => (form.hide = (e.target as HTMLInputElement).checked) } }),
            h('label', { attrs: { for: 'ws-hide-leaderboard' } }, t('workshop:ui.setup.hideLeaderboard')),
          ),
        ),
        h(
          'fieldset',
          { class: 'ws-fieldset' },
          h('legend', null, t('workshop:ui.setup.teams')),
          field(
            t('workshop:ui.setup.teamCount'),
            select('ws-team-count', Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => [String(i + MIN_TEAMS), String(i + MIN_TEAMS)]), String(form.count), (v) => (form.count = Number(v)), true),
            'ws-team-count',
          ),
          h(
            'div',
            { class: 'ws-radios', attrs: { role: 'radiogroup', 'aria-label': t('workshop:ui.setup.seedMode') } },
            radio('ws-seed-shared', !form.perTeam, t('workshop:ui.setup.seedShared'), () => (form.perTeam = false)),
            radio('ws-seed-per-team', form.perTeam, t('workshop:ui.setup.seedPerTeam'), () => (form.perTeam = true)),
          ),
          form.perTeam ? null : field(t('workshop:ui.setup.seed'), textInput('ws-seed', form.seed, (v) => (form.seed = v), { inputmode: 'numeric' }), 'ws-seed', t('workshop:ui.setup.seedHint')),
          teamRows(),
        ),
        h('fieldset', { class: 'ws-fieldset' }, h('legend', null, t('workshop:ui.setup.releasable')), h('p', { class: 'hint' }, t('workshop:ui.setup.releasableHint')), loaded ? injectChoices(loaded) : null),
      ),
      h(
        'div',
        { class: 'ws-setup-actions row' },
        h('button', { class: 'btn btn-primary btn-large', testid: 'ws-create', attrs: { type: 'submit', disabled: !loaded } }, icon('play'), h('span', null, t('workshop:ui.setup.create'))),
        h('button', { class: 'btn btn-large', testid: 'ws-open-file', attrs: { type: 'button' }, on: { click: () => input.click() } }, icon('upload'), h('span', { class: 'btn-text' }, h('span', null, t('workshop:ui.setup.open')), h('small', null, t('workshop:ui.setup.openDetail')))),
      ),
      h('p', { class: 'hint ws-drop-hint' }, t('workshop:ui.setup.drop')),
    );
  }

  /** A bundled scenario by its title; one of your own also by its file name. */
  function optionLabel(x: ScenarioEntry, l: Language): string {
    const title = pick(x.loaded!.scenario.title, l, x.loaded!.scenario.locales);
    return x.source.kind === 'custom' ? t('workshop:ui.setup.customOption', { title, file: x.source.file }) : title;
  }

  function radio(id: string, checked: boolean, label: string, onPick: () => void): HTMLElement {
    return h(
      'span',
      { class: 'ws-radio' },
      h('input', { testid: id, attrs: { id, type: 'radio', name: 'ws-seed-mode', checked }, on: { change: () => (onPick(), render()) } }),
      h('label', { attrs: { for: id } }, label),
    );
  }

  const parseSeed = (v: string) => (/^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN);

  el.addEventListener('submit', (e) => {
    e.preventDefault();
    const loaded = loadedOf();
    if (!loaded) return;
    const teams = form.names.slice(0, form.count).map((name, i) => (form.perTeam ? { name, seed: parseSeed(form.seeds[i]!) } : { name }));
    const ok = ws.actions.create(loaded, {
      locale: form.locale,
      teams,
      seed: form.perTeam ? 1 : parseSeed(form.seed),
      secondsPerTurn: form.minutes > 0 ? form.minutes * 60 : null,
      releasable: [...(form.releasable.get(form.scenario) ?? [])],
      hideLeaderboard: form.hide,
    });
    if (ok && form.locale !== app.store.getState().language) app.actions.setLanguage(form.locale);
  });

  const stopLang = app.store.subscribe((s, prev) => {
    if (s.language === prev.language) return;
    if (!form.localeChosen) form.locale = s.language;
    render();
  });
  void app.actions.ensureScenarios().then((list) => {
    if (gone) return;
    entries = app.store.getState().scenarios ?? list;
    const usable = entries.filter((x) => x.loaded);
    // A scenario file dropped while the list was loading stays chosen.
    if (!usable.some((x) => x.key === form.scenario)) form.scenario = usable.find((x) => x.key === FLAGSHIP)?.key ?? usable[0]?.key ?? '';
    render();
    (el.querySelector('select') as HTMLSelectElement | null)?.focus();
  });
  render();
  return () => {
    gone = true;
    stopLang();
    stopDrop();
  };
}
