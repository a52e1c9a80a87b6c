/**
 * An expression field: completion of ids, variables and functions (with their arity) in a listbox
 * under the input (the ARIA combobox pattern: Up/Down, Enter, Escape), and the compiler's error for
 * the expression, against the draft's ids, under the field as the author types.
 */
import { has, t, tDynamic } from '../../i18n';
import { diagnosticSentence } from '../diagnosticSentence';
import { html, nothing, type TemplateResult } from '../view';
import type { JSONPath } from 'jsonc-parser';
import { exprErrors, symbolsOf } from './exprAssist';
import type { FormContext } from './formContext';

const tr = { t: tDynamic, has };

/** How an expression field writes: `numeric`, a number as a number (an effect's value); `testid`, its test id. */
export interface ExprOptions {
  optional?: boolean;
  numeric?: boolean;
  testid?: string;
}

/** The field for the expression at `path`, whose text is `value`. */
export function exprField(path: JSONPath, value: string, label: string, x: FormContext, o: ExprOptions = {}): TemplateResult {
  const c = x.c;
  const key = JSON.stringify(path);
  const id = `studio-expr-${path.join('-')}`;
  const testid = o.testid ?? `studio-field-${path.join('-')}`;
  const optional = o.optional ?? false;
  const open = x.state.completion?.field === key ? x.state.completion : null;
  const errors = exprErrors(value, symbolsOf(x.ids));
  const error = errors[0] ? diagnosticSentence(errors[0], tr) : null;
  const input = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (optional && el.value.trim() === '') {
      c.form.closeNames();
      c.setValue(path, undefined);
      return;
    }
    c.form.typedExpr(path, el.value, el.selectionStart ?? el.value.length, o.numeric);
  };
  const choose = (el: HTMLInputElement, index?: number): boolean => {
    const done = c.form.acceptName(path, el.value, index, o.numeric);
    if (!done) return false;
    el.value = done.text;
    el.setSelectionRange(done.caret, done.caret);
    return true;
  };
  const keydown = (e: KeyboardEvent) => {
    const el = e.target as HTMLInputElement;
    const handled =
      e.key === 'ArrowDown' ? c.form.step(path, 1) : e.key === 'ArrowUp' ? c.form.step(path, -1) : e.key === 'Enter' ? choose(el) : e.key === 'Escape' ? c.form.closeNames() : false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  return html`<div class="studio-field studio-expr">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class="input studio-expr-input ${error ? 'is-invalid' : ''}"
      spellcheck="false"
      autocomplete="off"
      role="combobox"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`${id}-names`}
      aria-activedescendant=${open ? `${id}-name-${open.active}` : ''}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${`${id}-status`}
      data-testid=${testid}
      .value=${value}
      @input=${input}
      @keydown=${keydown}
      @blur=${() => c.form.closeNames()}
    />
    <ul id=${`${id}-names`} class="studio-names" role="listbox" aria-label=${t('studio:forms.expr.names')} ?hidden=${!open}>
      ${open
        ? open.items.map(
            (n, i) => html`<li
              id=${`${id}-name-${i}`}
              role="option"
              class=${i === open.active ? 'is-active' : ''}
              aria-selected=${i === open.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => {
                e.preventDefault();
                choose((e.currentTarget as HTMLElement).closest('.studio-expr')!.querySelector('input')!, i);
              }}
            >
              <code>${n.label}</code> <small>${t(`studio:forms.expr.kind.${n.kind}`)}</small>
            </li>`,
          )
        : nothing}
    </ul>
    <p id=${`${id}-status`} class="studio-expr-status ${error ? 'is-bad' : 'hint'}" data-testid=${`${testid}-status`} aria-live="polite">
      ${error ?? (value.trim() === '' ? t('studio:forms.expr.hint') : t('studio:forms.expr.ok'))}
    </p>
  </div>`;
}
