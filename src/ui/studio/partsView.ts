/** The forms above the source: a picker of the scenario's parts, and for a list part its items (add, remove, move) and the chosen item's form. */
import { currentLanguage, t } from '../../i18n';
import { html, nothing, repeat, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import { GENERAL_FIELDS, REFERENCE_FIELDS, OBJECTIVE_TYPES, fieldsOf, retypedObjective, type ObjectiveType } from './fields';
import { fieldView } from './fieldView';
import type { FormContext } from './formContext';
import { overviewForm } from './overviewView';
import { languagesForm } from './languagesView';
import { docOf, idsOf, itemsOf, listPath, localesOf, PARTS, type ListPart, type Part } from './parts';
import type { StudioState } from './studioState';
import { enumLabel } from './enumLabel';

/** A title in the author's language (else the first there is). */
function titleIn(title: unknown): string {
  if (typeof title === 'string') return title;
  if (typeof title !== 'object' || title === null) return '';
  const r = title as Record<string, unknown>;
  const v = r[currentLanguage()] ?? Object.values(r)[0];
  return typeof v === 'string' ? v : '';
}

function objectiveType(item: Record<string, unknown>, index: number, x: FormContext): TemplateResult {
  return html`<label class="studio-field"
    ><span>${t('studio:forms.field.type')}</span>
    <select class="select" data-testid="studio-field-objectives-type" @change=${(e: Event) => x.c.setValue(['objectives', index], retypedObjective(item, (e.target as HTMLSelectElement).value as ObjectiveType, x.ids), true)}>
      ${OBJECTIVE_TYPES.map((ty) => html`<option .value=${ty} .selected=${ty === item.type}>${enumLabel('type', ty)}</option>`)}
    </select></label
  >`;
}

function listForm(part: ListPart, state: StudioState, x: FormContext): TemplateResult {
  const c = x.c;
  const text = state.current?.text ?? '';
  const items = itemsOf(text, part);
  const index = Math.min(state.form.index, Math.max(0, items.length - 1));
  const chosen = items[index];
  const base = [...listPath(part), index];
  const name = (id: string) => id || t('studio:forms.list.unnamed');
  return html`<div class="studio-part-body">
    <div class="studio-items">
      <h3 class="studio-subheading" id="studio-items-heading">${t('studio:forms.list.heading', { part: t(`studio:forms.parts.${part}`) })}</h3>
      ${items.length === 0 ? html`<p class="hint">${t('studio:forms.list.empty')}</p>` : nothing}
      <ol class="studio-item-list" aria-labelledby="studio-items-heading" data-testid="studio-items">
        ${repeat(
          items,
          (_, i) => i,
          (it, i) => html`<li class=${i === index ? 'is-current' : ''}>
            <button class="btn btn-ghost studio-item" aria-current=${i === index ? 'true' : 'false'} data-testid="studio-item" @click=${() => c.form.chooseItem(i)}>
              <code>${name(it.id)}</code> <span>${titleIn(it.title)}</span>
            </button>
            <button class="btn btn-icon" aria-label=${t('studio:forms.list.up', { id: name(it.id) })} ?disabled=${i === 0} @click=${() => c.form.move(part, i, -1)}>↑</button>
            <button class="btn btn-icon" aria-label=${t('studio:forms.list.down', { id: name(it.id) })} ?disabled=${i === items.length - 1} @click=${() => c.form.move(part, i, 1)}>↓</button>
            <button class="btn btn-icon" data-testid="studio-item-remove" aria-label=${t('studio:forms.list.remove', { id: name(it.id) })} @click=${() => c.form.remove(part, i)}>×</button>
          </li>`,
        )}
      </ol>
      <button class="btn" data-testid="studio-item-add" @click=${() => c.form.add(part)}>${t('studio:forms.list.add')}</button>
    </div>
    <div class="studio-part-forms">
    ${part === 'plays' && typeof docOf(text).at(['reference']) === 'object'
      ? html`<fieldset class="studio-item-form" data-testid="studio-reference">
          <legend>${t('studio:forms.parts.plays')}</legend>
          ${REFERENCE_FIELDS.map((f) => fieldView(f, ['reference'], docOf(text).at(['reference']) as Record<string, unknown>, x))}
        </fieldset>`
      : nothing}
    ${chosen
      ? html`<fieldset class="studio-item-form" data-testid="studio-item-form">
          <legend>${t('studio:forms.list.item', { id: name(chosen.id) })}</legend>
          ${part === 'objectives' ? objectiveType(chosen.value, index, x) : nothing}
          ${fieldsOf(part, chosen.value).map((f) => fieldView(f, base, chosen.value, x))}
        </fieldset>`
      : nothing}
    </div>
  </div>`;
}

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on the Mac) in a form undo and redo in the source's history, not the field's own. */
function shortcuts(e: KeyboardEvent, c: StudioController): void {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) c.form.undo();
  else if ((key === 'z' && e.shiftKey) || key === 'y') c.form.redo();
  else return;
  e.preventDefault();
}

/** The part picker and the chosen part's form, for the draft in `state`. */
export function formsSection(state: StudioState, c: StudioController): TemplateResult {
  const text = state.current?.text ?? '';
  const part = state.form.part;
  const x: FormContext = { c, state, locales: localesOf(text), ids: idsOf(text) };
  const root = docOf(text).at([]);
  const general = typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
  return html`<section class="studio-forms" aria-label=${t('studio:forms.part')} data-testid="studio-forms" @keydown=${(e: KeyboardEvent) => shortcuts(e, c)}>
    <label class="studio-field studio-part-picker"
      ><span>${t('studio:forms.part')}</span>
      <select class="select" data-testid="studio-part" @change=${(e: Event) => c.form.choosePart((e.target as HTMLSelectElement).value as Part)}>
        ${PARTS.map((p) => html`<option .value=${p} .selected=${p === part}>${t(`studio:forms.parts.${p}`)}</option>`)}
      </select></label
    >
    ${part === 'overview'
      ? html`${overviewForm(text, c)} ${languagesForm(text, state, c)}
          <fieldset class="studio-item-form" data-testid="studio-general">
            <legend>${t('studio:forms.general')}</legend>
            ${GENERAL_FIELDS.map((f) => fieldView(f, [], general, x))}
          </fieldset>`
      : listForm(part, state, x)}
  </section>`;
}
