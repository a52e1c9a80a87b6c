/** The effects of a decision, inject or rule: a small form per effect (kind, target, value, delay, for), each change one minimal edit. */
import { t } from '../../i18n';
import { html, nothing, type TemplateResult } from '../view';
import type { JSONPath } from 'jsonc-parser';
import { EFFECT_KINDS, EFFECT_TARGET, effectKind, newEffect, parseNumber, type EffectKind, type Field } from './fields';
import type { FormContext } from './formContext';
import { exprField } from './exprField';
import { textField } from './textField';

/** An effect's note for the debrief: a `Text`, in every language. */
const NOTE: Extract<Field, { kind: 'text' }> = { kind: 'text', key: ['note'], optional: true };

const valueOf = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
const testid = (path: JSONPath) => `studio-field-${path.join('-')}`;

function effectForm(path: JSONPath, e: Record<string, unknown>, n: number, x: FormContext): TemplateResult {
  const c = x.c;
  const kind = effectKind(e);
  const target = kind ? EFFECT_TARGET[kind] : null;
  const cur = target && typeof e[target.key] === 'string' ? (e[target.key] as string) : '';
  const ids = target ? x.ids[target.of] : [];
  const options = cur !== '' && !ids.includes(cur) ? [cur, ...ids] : ids;
  const value = kind === 'add' ? e.add : kind === 'set' ? e.set : undefined;
  const whole = (key: 'delay' | 'for') => html`<label class="studio-field"
    ><span>${t(`studio:forms.effect.${key}`)}</span>
    <input class="input" type="number" min="1" step="1" data-testid=${testid([...path, key])} .value=${typeof e[key] === 'number' ? String(e[key]) : ''} @input=${(ev: Event) => {
      const raw = valueOf(ev);
      if (raw.trim() === '') return c.setValue([...path, key], undefined);
      const m = parseNumber(raw, true, 1);
      if (m !== null) c.setValue([...path, key], m);
    }}
  /></label>`;
  return html`<fieldset class="studio-effect" data-testid=${testid(path)}>
    <legend>${t('studio:forms.effect.heading', { n })}</legend>
    <label class="studio-field"
      ><span>${t('studio:forms.effect.kindLabel')}</span>
      <select class="select" data-testid=${`${testid(path)}-kind`} @change=${(ev: Event) => c.setValue(path, newEffect(valueOf(ev) as EffectKind, x.ids, e), true)}>
        ${kind ? nothing : html`<option value="" selected>?</option>`}
        ${EFFECT_KINDS.map((k) => html`<option .value=${k} .selected=${k === kind}>${t(`studio:forms.effect.kind.${k}`)}</option>`)}
      </select></label
    >
    ${target
      ? html`<label class="studio-field"
          ><span>${t('studio:forms.effect.target')}</span>
          <select class="select" data-testid=${`${testid(path)}-target`} @change=${(ev: Event) => c.setValue([...path, target.key], valueOf(ev), true)}>
            ${cur === '' ? html`<option value="" selected>${t('studio:forms.none')}</option>` : nothing}
            ${options.map((o) => html`<option .value=${o} .selected=${o === cur}>${o}</option>`)}
          </select></label
        >`
      : nothing}
    ${kind === 'add' || kind === 'set'
      ? exprField([...path, kind], value === undefined ? '' : String(value), t('studio:forms.effect.value'), x, { numeric: true, testid: `${testid(path)}-value` })
      : nothing}
    ${kind === 'flag'
      ? html`<label class="studio-field studio-check"
          ><input type="checkbox" data-testid=${`${testid(path)}-set`} .checked=${e.set === true} @change=${(ev: Event) => c.setValue([...path, 'set'], (ev.target as HTMLInputElement).checked, true)} /><span
            >${t('studio:forms.effect.flagValue')}</span
          ></label
        >`
      : nothing}
    ${whole('delay')} ${whole('for')} ${textField(NOTE, [...path, 'note'], e.note, x)}
    <button class="btn btn-ghost" data-testid=${`${testid(path)}-remove`} @click=${() => c.form.removeAt(path.slice(0, -1), path[path.length - 1] as number)}>
      ${t('studio:forms.effect.remove', { n })}
    </button>
  </fieldset>`;
}

/** The effects list at `path` (undefined: none yet, the list is created by the first). */
export function effectsEditor(path: JSONPath, effects: unknown[] | undefined, x: FormContext): TemplateResult {
  const add = () => {
    const e = newEffect(x.ids.metric.length > 0 ? 'add' : 'flag', x.ids);
    x.c.setValue(effects ? [...path, -1] : path, effects ? e : [e], true);
  };
  return html`<fieldset class="studio-effects" data-testid=${testid(path)}>
    <legend>${t('studio:forms.field.effects')}</legend>
    ${(effects ?? []).map((e, i) => effectForm([...path, i], typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {}, i + 1, x))}
    <button class="btn" data-testid=${`${testid(path)}-add`} @click=${add}>${t('studio:forms.effect.add')}</button>
  </fieldset>`;
}
