/** What the studio's controls do: open, edit (checked and kept, debounced), save, play-test. */
import { has, t, tDynamic } from '../../i18n';
import { diagnosticSentence } from '../diagnosticSentence';
import { bundledCatalog, type App } from '../../store';
import { download, FileTextError, readText } from '../files';
import { liveAnalyser } from './analysis';
import { graphControl } from './graphControl';
import { formControl } from './formControl';
import { startChecker, type Checker } from './checker';
import { blankScenario, type BlankWords } from './blank';
import { fileNameFor, newDraftKey, seedOf, type Draft } from './draft';
import { deleteDraft, listDrafts, writeDraft } from './drafts';
import type { SourceEditor } from './editor';
import { findingsOf, marksOf, playable } from './findings';
import { minimalChange } from './diff';
import { playtestUrl } from './playtestTab';
import { applyMsel, mselFileName, mselOf } from './msel';
import { editsFor } from './overview';
import { pickScenarioFile, writeInPlace } from './saveInPlace';
import type { JSONPath } from 'jsonc-parser';
import type { StudioStore } from './studioState';

/** How long the author may pause before the draft is checked and kept. */
export const CHECK_DELAY_MS = 250;

const BLANK_KEYS = ['title', 'summary', 'briefing', 'phase', 'metric', 'actor', 'actorDescription', 'inject', 'injectBody', 'decision', 'decisionDescription', 'objective'] as const;

function blankWords(lng: 'en' | 'fr'): BlankWords {
  const words = {} as BlankWords;
  for (const k of BLANK_KEYS) words[k] = t(`studio:blank.${k}`, { lng });
  return words;
}

export type StudioController = ReturnType<typeof studioController>;

/** The studio's actions over its store, the source editor and the app. */
export function studioController(app: App, store: StudioStore, editor: () => SourceEditor) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The draft as typed in the source, not yet in the store (see `edited`). */
  let typing: Draft | null = null;
  /** The typed draft into the store now; the current draft. */
  const flushTyping = (): Draft | null => {
    if (typing) store.setState({ current: typing });
    typing = null;
    return store.getState().current;
  };
  let generation = 0;
  let salt = 0;
  const graph = graphControl(store, editor, () => app.store.getState().language);
  const analyser = liveAnalyser((analysis) => {
    store.setState({ analysis });
    void graph.refresh();
  });

  let checker: Checker | null = null;

  async function check(draft: Draft): Promise<void> {
    const mine = ++generation;
    const start = performance.now();
    const r = await (checker ??= startChecker()).check(draft.text, draft.file);
    if (!r || mine !== generation) return; // a later edit is being checked
    // Read by `npm run bench:studio`: the check's round trip through its worker, and its time inside.
    const end = performance.now();
    performance.measure('cellule:studio-check', { start, end });
    performance.measure('cellule:studio-check-worker', { start: end - r.took, end });
    const findings = findingsOf(draft.text, r.diagnostics);
    store.setState({ findings });
    editor().mark(draft.text, marksOf(draft.text, findings, (f) => diagnosticSentence(f.diagnostic, { t: tDynamic, has })));
    if (r.ok) analyser.start(draft.text, draft.file);
    else analyser.stop();
  }

  /** Check now if an edit waits, then whether the draft can be played; if not, say why. */
  async function checkedPlayable(current: Draft): Promise<boolean> {
    if (timer || store.getState().findings === null) {
      if (timer) clearTimeout(timer);
      timer = null;
      await check(flushTyping() ?? current);
    }
    const findings = store.getState().findings ?? [];
    if (playable(findings)) return true;
    store.setState({ status: { kind: 'refused', errors: findings.filter((f) => f.severity === 'error').length } });
    return false;
  }

  async function keep(draft: Draft): Promise<void> {
    if (!(await writeDraft(draft))) store.setState({ status: { kind: 'not-kept' } });
    store.setState({ drafts: await listDrafts() });
  }

  function show(draft: Draft): void {
    if (timer) clearTimeout(timer);
    typing = null;
    analyser.stop();
    store.setState({ current: draft, findings: null, status: null, completion: null, form: { ...store.getState().form, index: 0 } });
    editor().setText(draft.text);
    void check(draft);
  }

  async function openText(text: string, file: string | null, handle?: FileSystemFileHandle): Promise<void> {
    const draft: Draft = { key: newDraftKey(Date.now(), ++salt), file: fileNameFor(text, file), text, updatedAt: Date.now(), ...(handle ? { handle } : {}) };
    show(draft);
    await keep(draft);
  }

  async function openFile(file: File, handle?: FileSystemFileHandle): Promise<void> {
    try {
      await openText(await readText(file), file.name, handle);
    } catch (e) {
      const detail = e instanceof FileTextError || e instanceof Error ? e.message : String(e);
      store.setState({ status: { kind: 'unreadable', file: file.name, detail } });
    }
  }

  /** Download the text exactly as it stands in the source view. */
  function downloadNow(): void {
    const current = store.getState().current;
    if (!current) return;
    download(current.file, editor().text());
    const errors = (store.getState().findings ?? []).filter((f) => f.severity === 'error').length;
    store.setState({ status: { kind: 'downloaded', file: current.file, errors } });
  }

  return {
    graph,
    form: formControl(store, editor),
    /** Load the list of drafts kept in this browser and reopen the most recent. */
    async start(): Promise<void> {
      const drafts = await listDrafts();
      store.setState({ drafts });
      if (drafts[0] && !store.getState().current) show(drafts[0]);
    },
    setSeed(seed: string): void {
      store.setState({ seed });
    },
    chooseTemplate(id: string): void {
      store.setState({ template: id });
    },
    async openTemplate(): Promise<void> {
      const id = store.getState().template;
      const text = await bundledCatalog.text(id);
      if (text !== null) await openText(text, null);
    },
    openBlank: () => openText(blankScenario({ en: blankWords('en'), fr: blankWords('fr') }), null),
    openFile,
    openDraft(key: string): void {
      const draft = store.getState().drafts.find((d) => d.key === key);
      if (draft) show(draft);
    },
    async removeDraft(key: string): Promise<void> {
      await deleteDraft(key);
      if (store.getState().current?.key === key) {
        analyser.stop();
        store.setState({ current: null, findings: null });
      }
      store.setState({ drafts: await listDrafts() });
    },
    /** The author typed: check and keep the draft once they pause. */
    edited(text: string, typed = false): void {
      const current = typing ?? store.getState().current;
      if (!current || current.text === text) return;
      const draft = { ...current, text, updatedAt: Date.now() };
      // Typing in the source: the page is not re-rendered for each key (the forms and lists read the
      // whole 150 kB text; on la-poste-ddos that was a long task per key), only once the author pauses.
      // An edit from a form shows at once, so the form reads back what it wrote.
      if (typed) typing = draft;
      else {
        typing = null;
        store.setState({ current: draft });
      }
      if (store.getState().status) store.setState({ status: null });
      analyser.stop();
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const latest = flushTyping() ?? draft;
        // Kept once the check has answered: writing the draft and listing the drafts again (a render)
        // would otherwise hold up the page's thread while the checker's answer waits for it.
        void check(latest).finally(() => void keep(latest));
      }, CHECK_DELAY_MS);
    },
    /** A form changed one value: the source gets that minimal edit (and the form reads it back from there); `alone`: a choice (select, checkbox), its own step in the history. */
    setValue(path: JSONPath, value: unknown, alone = false): void {
      const text = editor().text();
      editor().apply(editsFor(text, path, value), alone);
    },
    /** Download the draft's injects as an MSEL sheet (the draft must load). */
    async exportMsel(): Promise<void> {
      const current = store.getState().current;
      if (!current) return;
      const sheet = await mselOf(editor().text(), current.file);
      if (!sheet.ok) {
        store.setState({ status: { kind: 'msel-blocked' } });
        return;
      }
      const file = mselFileName(current.file);
      download(file, sheet.csv, 'text/csv');
      store.setState({ status: { kind: 'msel-exported', file } });
    },
    /** Apply an edited MSEL sheet to the draft, as one undoable change of the source. */
    async importMsel(file: File): Promise<void> {
      const current = store.getState().current;
      if (!current) return;
      let csv: string;
      try {
        csv = await readText(file);
      } catch (e) {
        store.setState({ status: { kind: 'unreadable', file: file.name, detail: e instanceof Error ? e.message : String(e) } });
        return;
      }
      const text = editor().text();
      const r = applyMsel(text, csv, { scenario: current.file, csv: file.name });
      if (!r.ok) {
        store.setState({ status: { kind: 'msel-failed', file: file.name, errors: r.errors } });
        return;
      }
      const change = minimalChange(text, r.text);
      if (change) editor().apply([{ offset: change.from, length: change.to - change.from, content: change.insert }]);
      store.setState({ status: { kind: 'msel-imported', file: file.name, count: r.changes.length } });
    },
    goTo(offset: number): void {
      editor().goTo(offset);
    },
    /** Open a file through the browser's picker, to save over it later (null: cancelled). */
    async pickFile(): Promise<void> {
      const picked = await pickScenarioFile(t('studio:open.fileKind'));
      if (picked) await openFile(picked.file, picked.handle);
    },
    /** Save the text exactly as it stands in the source view: over the opened file if the browser allows, else as a download. */
    async save(): Promise<void> {
      const current = store.getState().current;
      if (!current) return;
      const text = editor().text();
      const errors = (store.getState().findings ?? []).filter((f) => f.severity === 'error').length;
      if (current.handle && (await writeInPlace(current.handle, text))) {
        store.setState({ status: { kind: 'saved', file: current.file, errors } });
        return;
      }
      downloadNow();
    },
    download: downloadNow,
    /** Open the draft in the game, at its briefing; refused while the checker finds errors. */
    async playtest(): Promise<void> {
      const current = store.getState().current;
      if (!current || !(await checkedPlayable(current))) return;
      const text = editor().text();
      if (!(await app.actions.loadScenarioFile(text, current.file))) return;
      const key = app.store.getState().selected;
      if (key !== null) await app.actions.newGame(key, seedOf(store.getState().seed));
    },
    /** Watch the analysis's best line replayed in the game, turn by turn, on this draft (the draft stays in the studio). */
    async watchBest(): Promise<void> {
      const current = store.getState().current;
      const a = store.getState().analysis;
      if (!current || a.kind !== 'done') return;
      if (await app.actions.loadScenarioFile(editor().text(), current.file)) await app.actions.openFile(JSON.stringify(a.report.best.log), 'best-line.json');
    },
    /** The same in a tab of its own: the draft is kept first (the tab reads it), the studio stays here. */
    async playtestInTab(): Promise<void> {
      const current = store.getState().current;
      if (!current || !(await checkedPlayable(current))) return;
      const draft = { ...current, text: editor().text() };
      if (!(await writeDraft(draft))) {
        store.setState({ status: { kind: 'not-kept' } });
        return;
      }
      window.open(playtestUrl(draft.key, seedOf(store.getState().seed), app.store.getState().language), '_blank', 'noopener');
    },
    /** Leaving the studio: an edit not kept yet is kept now. */
    stop(): void {
      const current = flushTyping();
      if (timer && current) void writeDraft(current);
      if (timer) clearTimeout(timer);
      generation++;
      analyser.stop();
      checker?.stop();
      checker = null;
      graph.stop();
    },
  };
}
