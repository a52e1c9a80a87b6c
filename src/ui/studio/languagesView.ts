/** The scenario's languages in the overview: each with what is left to translate, removed after a confirmation; a language added by its code. */
import { t } from '../../i18n';
import { html, nothing, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import { isLanguageCode, localesIn, untranslatedCount } from './languages';
import type { StudioState } from './studioState';

/** The languages' fieldset for the draft's `text`. */
export function languagesForm(text: string, state: StudioState, c: StudioController): TemplateResult {
  const locales = localesIn(text);
  const asked = state.form.removing;
  const add = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    const code = input.value.trim();
    if (!isLanguageCode(code) || locales.includes(code)) {
      c.form.languageProblem(code === '' ? null : locales.includes(code) ? 'already' : 'code');
      return;
    }
    input.value = '';
    c.form.addLanguage(code);
  };
  const problem = state.form.languageProblem;
  return html`<fieldset class="studio-item-form studio-languages" data-testid="studio-languages">
    <legend>${t('studio:forms.languages.heading')}</legend>
    <ul class="studio-language-list">
      ${locales.map((lang) => {
        const left = untranslatedCount(text, lang);
        return html`<li data-testid=${`studio-language-${lang}`}>
          <code lang="und">${lang}</code>
          <span class="hint">${left > 0 ? t('studio:forms.languages.untranslated', { count: left, mark: `[TODO ${lang}]` }) : ''}</span>
          ${asked === lang
            ? html`<span class="studio-confirm" role="group" aria-label=${t('studio:forms.languages.confirm', { lang })}>
                <span role="alert">${t('studio:forms.languages.confirm', { lang })}</span>
                <button class="btn btn-danger" data-testid="studio-language-remove-yes" @click=${() => c.form.removeLanguage(lang)}>${t('studio:forms.languages.removeYes', { lang })}</button>
                <button class="btn" data-testid="studio-language-remove-no" @click=${() => c.form.askRemoveLanguage(null)}>${t('studio:forms.languages.removeNo')}</button>
              </span>`
            : html`<button class="btn btn-ghost" data-testid="studio-language-remove" ?disabled=${locales.length < 2} aria-label=${t('studio:forms.languages.remove', { lang })} @click=${() => c.form.askRemoveLanguage(lang)}>
                ${t('studio:forms.languages.removeShort')}
              </button>`}
        </li>`;
      })}
    </ul>
    <form class="row studio-language-add" @submit=${add}>
      <label class="studio-field"
        ><span>${t('studio:forms.languages.code')}</span>
        <input class="input" name="code" data-testid="studio-language-code" spellcheck="false" autocomplete="off" aria-describedby="studio-language-hint" placeholder="de" size="8"
      /></label>
      <button class="btn" type="submit" data-testid="studio-language-add">${t('studio:forms.languages.add')}</button>
    </form>
    <p class="hint" id="studio-language-hint" role=${problem ? 'alert' : nothing}>
      ${problem ? t(`studio:forms.languages.problem.${problem}`) : t('studio:forms.languages.hint')}
    </p>
  </fieldset>`;
}
