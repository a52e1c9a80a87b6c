/** A `Text` field of a form: one input per language of the scenario, side by side (one for a plain string). */
import { t, tDynamic } from '../../i18n';
import { html, type TemplateResult } from '../view';
import type { JSONPath } from 'jsonc-parser';
import type { Field } from './fields';
import type { FormContext } from './formContext';
import { editsFor as editsAt } from './overview';

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
const testid = (path: JSONPath) => `studio-field-${path.join('-')}`;

/** A comma-separated list as typed: its words, trimmed, the empty ones left out. */
export const listOf = (typed: string): string[] => typed.split(',').map((s) => s.trim()).filter((s) => s !== '');
export const fieldLabel = (key: readonly string[]) => tDynamic(`studio:forms.field.${key.join('.')}`);

/** A `Text`: one input per language of the scenario, side by side (one for a plain string). */
export function textField(f: Extract<Field, { kind: 'text' }>, path: JSONPath, v: unknown, x: FormContext): TemplateResult {
  const label = fieldLabel(f.key);
  const langs = typeof v === 'string' ? [''] : x.locales.length > 0 ? [...new Set([...x.locales, ...Object.keys(typeof v === 'object' && v ? v : {})])] : [''];
  const get = (lang: string) => (lang === '' ? (typeof v === 'string' ? v : '') : typeof v === 'object' && v && typeof (v as Record<string, unknown>)[lang] === 'string' ? ((v as Record<string, unknown>)[lang] as string) : '');
  return html`<div class="studio-text-field ${f.long ? 'is-long' : ''}">
    ${langs.map((lang) => {
      const p = lang === '' ? path : [...path, lang];
      const name = lang === '' ? t('studio:forms.textAll', { label }) : t('studio:forms.textIn', { label, lang });
      const set = (e: Event) => x.c.form.change((text) => editsAt(text, p, valueOf(e)));
      return html`<label class="studio-field"
        ><span>${name}</span>
        ${f.long
          ? html`<textarea class="input" rows="3" lang=${lang || 'und'} data-testid=${testid(p)} .value=${get(lang)} @input=${set}></textarea>`
          : html`<input class="input" lang=${lang || 'und'} data-testid=${testid(p)} .value=${get(lang)} @input=${set} />`}
      </label>`;
    })}
  </div>`;
}

