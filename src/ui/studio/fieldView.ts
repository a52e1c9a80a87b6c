/** One field of a part's form, by kind: read from the item as the source has it, written back as one minimal edit. */
import { t } from '../../i18n';
import { html, nothing, type TemplateResult } from '../view';
import type { JSONPath } from 'jsonc-parser';
import { parseNumber, type Field } from './fields';
import { effectsEditor } from './effectsView';
import { fieldLabel, listOf, textField } from './textField';
import { exprField } from './exprField';
import type { FormContext } from './formContext';
import { textIn } from './parts';
import { enumLabel } from './enumLabel';


const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
const testid = (path: JSONPath) => `studio-field-${path.join('-')}`;

export { fieldLabel, listOf } from './textField';

function idSelect(path: JSONPath, current: unknown, ids: readonly string[], optional: boolean, x: FormContext, label: string, extra?: string, show: (o: string) => string = (o) => o): TemplateResult {
  const cur = typeof current === 'string' ? current : '';
  const options = [...(extra ? [extra] : []), ...ids];
  if (cur !== '' && !options.includes(cur)) options.unshift(cur);
  return html`<label class="studio-field"
    ><span>${label}</span>
    <select class="select" data-testid=${testid(path)} @change=${(e: Event) => x.c.setValue(path, valueOf(e) === '' ? undefined : valueOf(e), true)}>
      ${optional || cur === '' ? html`<option value="" .selected=${cur === ''}>${t('studio:forms.none')}</option>` : nothing}
      ${options.map((o) => html`<option .value=${o} .selected=${o === cur}>${show(o)}</option>`)}
    </select></label
  >`;
}

/** One field of the item at `base` whose value is `item`. */
export function fieldView(f: Field, base: JSONPath, item: Record<string, unknown>, x: FormContext): TemplateResult {
  const path = [...base, ...f.key];
  let v: unknown = item;
  for (const k of f.key) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  const label = fieldLabel(f.key);
  const c = x.c;
  switch (f.kind) {
    case 'text':
      return textField(f, path, v, x);
    case 'id':
    case 'string': {
      const optional = f.kind === 'string' && f.optional;
      return html`<label class="studio-field"
        ><span>${label}</span>
        <input class="input" spellcheck="false" data-testid=${testid(path)} .value=${typeof v === 'string' ? v : ''} @input=${(e: Event) => c.setValue(path, optional && valueOf(e) === '' ? undefined : valueOf(e))}
      /></label>`;
    }
    case 'int':
    case 'num': {
      const min = f.kind === 'int' ? f.min : -Infinity;
      const write = (e: Event) => {
        const raw = valueOf(e);
        if (raw.trim() === '' && f.optional) return c.setValue(path, undefined);
        const n = parseNumber(raw, f.kind === 'int', min);
        if (n !== null) c.setValue(path, n);
      };
      return html`<label class="studio-field"
        ><span>${label}</span>
        <input class="input" type="number" step=${f.kind === 'int' ? '1' : 'any'} min=${f.kind === 'int' ? String(f.min) : nothing} data-testid=${testid(path)} .value=${typeof v === 'number' ? String(v) : ''} @input=${write}
      /></label>`;
    }
    case 'uninformative': {
      const declared = typeof v === 'object' && v !== null;
      const toggle = (e: Event) => c.setValue(path, (e.target as HTMLInputElement).checked ? { reason: textIn(x.locales, () => '') } : undefined, true);
      return html`<div class="studio-uninformative">
        <label class="studio-field studio-check"
          ><input type="checkbox" data-testid=${testid([...path, 'declared'])} .checked=${declared} @change=${toggle} /><span>${fieldLabel([...f.key, 'declared'])}</span></label
        >
        ${declared ? textField({ kind: 'text', key: [...f.key, 'reason'] }, [...path, 'reason'], (v as Record<string, unknown>).reason, x) : nothing}
      </div>`;
    }
    case 'list': {
      const list = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
      const write = (e: Event) => {
        const next = listOf(valueOf(e));
        // Only a change of the list is written: typing the comma or a space after it waits for the next word.
        if (next.join('\u0000') !== list.join('\u0000')) c.setValue(path, next.length > 0 ? next : undefined);
      };
      return html`<label class="studio-field"
        ><span>${label} <small class="muted">${t('studio:forms.listHint')}</small></span>
        <input class="input" spellcheck="false" data-testid=${testid(path)} .value=${list.join(', ')} @input=${write}
      /></label>`;
    }
    case 'bool':
      return html`<label class="studio-field studio-check"
        ><input type="checkbox" data-testid=${testid(path)} .checked=${v === true} @change=${(e: Event) => c.setValue(path, (e.target as HTMLInputElement).checked, true)} /><span>${label}</span></label
      >`;
    case 'enum':
      return idSelect(path, v, f.options, f.optional ?? false, x, label, undefined, (o) => enumLabel(f.key[f.key.length - 1]!, o));
    case 'ref':
      return idSelect(path, v, x.ids[f.of], f.optional ?? false, x, label, f.extra);
    case 'refs': {
      const list = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
      const own = typeof item.id === 'string' ? item.id : '';
      const toggle = (id: string, on: boolean) => {
        const next = on ? [...list, id] : list.filter((s) => s !== id);
        c.setValue(path, next.length > 0 ? next : undefined, true);
      };
      return html`<fieldset class="studio-refs" data-testid=${testid(path)}>
        <legend>${label}</legend>
        ${x.ids[f.of].filter((id) => id !== own).map((id) => html`<label class="studio-check"><input type="checkbox" .checked=${list.includes(id)} @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} /><span>${id}</span></label>`)}
      </fieldset>`;
    }
    case 'expr':
      return exprField(path, typeof v === 'string' ? v : '', label, x, { optional: f.optional ?? false });
    case 'likelihood': {
      const rec = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
      return html`<fieldset class="studio-refs" data-testid=${testid(path)}>
        <legend>${label}</legend>
        ${x.ids.actor.map((actor) => {
          const p = [...path, actor];
          const cur = rec[actor];
          return html`<label class="studio-field"
            ><span>${t('studio:forms.likelihoodFor', { actor })}</span>
            <input class="input" type="number" step="any" min="0" max="1" data-testid=${testid(p)} .value=${typeof cur === 'number' ? String(cur) : ''} @input=${(e: Event) => {
              const n = parseNumber(valueOf(e), false, 0);
              if (n !== null && n <= 1) c.setValue(p, n);
            }}
          /></label>`;
        })}
      </fieldset>`;
    }
    case 'assessment': {
      const rec = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
      const actors = x.ids.actor;
      // Given: an even assessment to start from (each actor 1/n), then each probability typed.
      const even = Object.fromEntries(actors.map((a) => [a, Math.round((1 / Math.max(1, actors.length)) * 100) / 100]));
      return html`<fieldset class="studio-refs" data-testid=${testid(path)}>
        <legend>${label}</legend>
        <label class="studio-field studio-check"
          ><input type="checkbox" data-testid=${`${testid(path)}-given`} .checked=${rec !== null} @change=${(e: Event) => c.setValue(path, (e.target as HTMLInputElement).checked ? even : undefined, true)} /><span
            >${t('studio:forms.assessment.given')}</span
          ></label
        >
        ${rec
          ? actors.map((actor) => {
              const p = [...path, actor];
              const cur = rec[actor];
              return html`<label class="studio-field"
                ><span>${t('studio:forms.assessment.for', { actor })}</span>
                <input class="input" type="number" step="any" min="0" max="1" data-testid=${testid(p)} .value=${typeof cur === 'number' ? String(cur) : ''} @input=${(e: Event) => {
                  if (valueOf(e).trim() === '') return c.setValue(p, undefined);
                  const n = parseNumber(valueOf(e), false, 0);
                  if (n !== null) c.setValue(p, n);
                }}
              /></label>`;
            })
          : nothing}
      </fieldset>`;
    }
    case 'effects':
      return effectsEditor(path, Array.isArray(v) ? v : undefined, x);
    case 'outcomes':
      return outcomesEditor(path, Array.isArray(v) ? v : undefined, x);
  }
}

/** A decision's outcomes: each a weight (a number or an expression), a text in every language and its effects; add, remove. */
function outcomesEditor(path: JSONPath, outcomes: unknown[] | undefined, x: FormContext): TemplateResult {
  const add = () => {
    const o = { weight: 1, text: textIn(x.locales, (lng) => t('studio:forms.outcome.new', { lng })), effects: [] };
    x.c.setValue(outcomes ? [...path, -1] : path, outcomes ? o : [o], true);
  };
  return html`<fieldset class="studio-effects" data-testid=${testid(path)}>
    <legend>${fieldLabel(['outcomes'])}</legend>
    ${(outcomes ?? []).map((raw, i) => {
      const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const p = [...path, i];
      const n = i + 1;
      const remove = () => (outcomes!.length === 1 ? x.c.setValue(path, undefined, true) : x.c.form.removeAt(path, i));
      return html`<fieldset class="studio-effect" data-testid=${testid(p)}>
        <legend>${t('studio:forms.outcome.heading', { n })}</legend>
        ${exprField([...p, 'weight'], o.weight === undefined ? '' : String(o.weight), fieldLabel(['outcomeWeight']), x, { numeric: true })}
        ${textField({ kind: 'text', key: ['outcomeText'], long: true }, [...p, 'text'], o.text, x)}
        ${effectsEditor([...p, 'effects'], Array.isArray(o.effects) ? o.effects : [], x)}
        <button class="btn btn-ghost" data-testid=${`${testid(p)}-remove`} @click=${remove}>${t('studio:forms.outcome.remove', { n })}</button>
      </fieldset>`;
    })}
    <button class="btn" data-testid=${`${testid(path)}-add`} @click=${add}>${t('studio:forms.outcome.add')}</button>
  </fieldset>`;
}
