/**
 * Views over a store of their own (the workshop's, the live workshop's) and the app's language: `follow` calls back when the
 * picked values change; `followView` renders a lit-html template from them, so a change patches
 * only what changed and the control in use keeps its focus, selection and text.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { App, Language } from '../../store';
import { nothing, render, type Rendered } from '../view';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Call `run` now and whenever the values picked by `select` change. Returns the unsubscribe function. */
export function follow<S, T extends readonly unknown[]>(
  app: App,
  ws: { store: StoreApi<S> },
  select: (s: S, lang: Language) => T,
  run: (values: T) => void,
): () => void {
  let last = select(ws.store.getState(), app.store.getState().language);
  run(last);
  const check = () => {
    const next = select(ws.store.getState(), app.store.getState().language);
    if (same(next, last)) return;
    last = next;
    run(next);
  };
  const a = ws.store.subscribe(check);
  const b = app.store.subscribe(check);
  return () => {
    a();
    b();
  };
}

export interface Followed {
  /** Render again from the current values: after a change of the view's own state (a step, a confirmation). */
  refresh(): void;
  /** Unsubscribe and clear what the view rendered. */
  stop(): void;
}

/**
 * Render `view(values)` into `root` now and whenever the values picked by `select` change.
 * The view reads the rest of the state it needs from the stores. Each mount renders before its
 * own marker, so views taking turns in one element never share lit's bookkeeping.
 */
export function followView<S, T extends readonly unknown[]>(
  root: HTMLElement,
  app: App,
  ws: { store: StoreApi<S> },
  select: (s: S, lang: Language) => T,
  view: (values: T) => Rendered,
): Followed {
  const anchor = document.createComment('');
  root.replaceChildren(anchor);
  const options = { renderBefore: anchor };
  const draw = (values: T) => render(view(values), root, options);
  let active = true;
  const stop = follow(app, ws, select, (values) => active && draw(values));
  return {
    refresh: () => active && draw(select(ws.store.getState(), app.store.getState().language)),
    stop: () => {
      active = false;
      stop();
      render(nothing, root, options);
      anchor.remove();
    },
  };
}
