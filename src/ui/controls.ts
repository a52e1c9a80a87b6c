/** Header controls present on every screen: language switch and mute. */
import { changeLanguage, t } from '../i18n';
import { LANGUAGES, type App } from '../store';
import { h } from './dom';
import { icon } from './icons';
import { setMuted } from './sound';
import { watch } from './watch';

/** Language switch and mute, in the header. */
export function mountControls(root: HTMLElement, app: App): () => void {
  const langButtons = LANGUAGES.map((lang) =>
    h('button', { class: 'btn btn-toggle', testid: `lang-${lang}`, attrs: { lang }, on: { click: () => app.actions.setLanguage(lang) } }, lang.toUpperCase()),
  );
  const langGroup = h('div', { class: 'segmented', attrs: { role: 'group' } }, icon('languages'), ...langButtons);
  const mute = h('button', { class: 'btn btn-icon', testid: 'mute', on: { click: () => app.actions.setMuted(!app.store.getState().settings.muted) } });
  root.append(langGroup, mute);
  return watch(app.store, (s) => [s.language, s.settings.muted] as const, ([language, muted]) => {
    changeLanguage(language);
    setMuted(muted);
    langGroup.setAttribute('aria-label', t('common:controls.language'));
    langButtons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(LANGUAGES[i] === language));
      // The accessible name starts with the visible "EN"/"FR", as speech-input users say what they see.
      b.setAttribute('aria-label', `${LANGUAGES[i]!.toUpperCase()} – ${t(`common:controls.lang.${LANGUAGES[i]!}`)}`);
      b.title = t(`common:controls.lang.${LANGUAGES[i]!}`);
    });
    mute.replaceChildren(icon(muted ? 'volumeOff' : 'volumeOn'));
    mute.setAttribute('aria-pressed', String(muted));
    mute.setAttribute('aria-label', t('common:controls.mute'));
    mute.title = muted ? t('common:controls.unmuteTitle') : t('common:controls.muteTitle');
  });
}
