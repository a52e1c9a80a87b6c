/** The studio screen: wires its store, the source editor, the controller and the view. Loaded lazily (see mount.ts). */
import { t } from '../../i18n';
import { bundledCatalog, type App } from '../../store';
import { dropZone, fileInput } from '../files';
import { h } from '../dom';
import { followView } from '../workshop/follow';
import { studioController } from './controller';
import { createSourceEditor, type SourceEditor } from './editor';
import { createStudioStore } from './studioState';
import { studioView } from './view';
import { namesOf, symbolsOf } from './exprAssist';
import { idsOf } from './parts';
import { exprCompletion } from './sourceCompletion';
import { studioKey } from './shortcuts';
import { openShortcuts } from './shortcutsView';
import { registerStudioStrings } from '../../i18n/bundles/studio';

/** Mount the studio into `root`; returns its clean-up. */
export function mountStudioScreen(root: HTMLElement, app: App): () => void {
  registerStudioStrings();
  const store = createStudioStore(bundledCatalog.ids()[0] ?? '');
  let editor: SourceEditor | null = null;
  const c = studioController(app, store, () => editor!);
  // The names an expression may use, from the draft as of the author's last pause (its parse is the forms').
  const names = () => namesOf(symbolsOf(idsOf(store.getState().current?.text ?? '')));
  editor = createSourceEditor(t('studio:source.label'), (text, typed) => c.edited(text, typed), () => void c.save(), exprCompletion(names, (kind) => t(`studio:forms.expr.kind.${kind}`)));
  const input = fileInput('studio-file-input', (file) => void c.openFile(file));
  const sheet = fileInput('studio-msel-input', (file) => void c.importMsel(file), '.csv,text/csv');
  const page = h('div', { class: 'studio-page' });
  root.append(page, input, sheet);
  let language = app.store.getState().language;
  const view = followView(page, app, { store }, (s, lang) => [s, lang] as const, ([s, lang]) => {
    if (lang !== language) {
      editor!.setLabel(t('studio:source.label'));
      language = lang;
      // Labels follow the language; not from inside this render.
      queueMicrotask(() => void c.graph.refresh());
    }
    return studioView(s, c, editor!.host, { file: () => input.click(), sheet: () => sheet.click() }, () => app.actions.quitToTitle());
  });
  const undrop = dropZone(root, (file) => void c.openFile(file));
  const keys = (e: KeyboardEvent) => studioKey(e, c, openShortcuts) && e.preventDefault();
  root.addEventListener('keydown', keys);
  void c.start();
  return () => {
    c.stop();
    undrop();
    root.removeEventListener('keydown', keys);
    view.stop();
    editor?.destroy();
  };
}
