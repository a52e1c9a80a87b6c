/** The overview form: the scenario's id and its title in each of its languages, read from and written to the source. */
import { t } from '../../i18n';
import { html, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import { readOverview, titlePath } from './overview';

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;

/** A number field: a whole number goes to the document, anything else (half typed, empty) waits. */
function numberInput(e: Event, set: (n: number) => void): void {
  const v = valueOf(e).trim();
  if (/^\d{1,12}$/.test(v)) set(Number(v));
}

/** The form for the draft's `text`. */
export function overviewForm(text: string, c: StudioController): TemplateResult {
  const o = readOverview(text);
  const langs = '' in o.title ? [''] : o.locales.length > 0 ? o.locales : Object.keys(o.title);
  return html`<fieldset class="studio-overview" data-testid="studio-overview">
    <legend>${t('studio:overview.heading')}</legend>
    <label class="studio-field"
      ><span>${t('studio:overview.id')}</span>
      <input class="input" data-testid="studio-overview-id" spellcheck="false" .value=${o.id ?? ''} @input=${(e: Event) => c.setValue(['id'], valueOf(e))}
    /></label>
    ${langs.map(
      (lang) => html`<label class="studio-field"
        ><span>${lang === '' ? t('studio:overview.titleAll') : t('studio:overview.titleIn', { lang })}</span>
        <input class="input" data-testid=${`studio-overview-title-${lang || 'all'}`} lang=${lang || 'und'} .value=${o.title[lang] ?? ''} @input=${(e: Event) => c.setValue(titlePath(lang), valueOf(e))}
      /></label>`,
    )}
    ${(['staff', 'budget'] as const).map(
      (k) => html`<label class="studio-field"
        ><span>${t(`studio:overview.${k}`)}</span>
        <input class="input" type="number" min="0" step="1" data-testid=${`studio-overview-${k}`} .value=${o[k] === null ? '' : String(o[k])} @input=${(e: Event) => numberInput(e, (n) => c.setValue(['resources', k], n))}
      /></label>`,
    )}
  </fieldset>`;
}
