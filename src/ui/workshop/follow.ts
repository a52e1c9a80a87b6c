/** Subscribe a workshop view to the workshop store and the app's language: re-render when the picked values change. */
import type { App, Language } from '../../store';
import type { WorkshopState, WorkshopStore } from '../../store';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export function follow<T extends readonly unknown[]>(
  app: App,
  ws: WorkshopStore,
  select: (s: WorkshopState, lang: Language) => T,
  render: (values: T) => void,
): () => void {
  let last = select(ws.store.getState(), app.store.getState().language);
  render(last);
  const check = () => {
    const next = select(ws.store.getState(), app.store.getState().language);
    if (same(next, last)) return;
    last = next;
    render(next);
  };
  const a = ws.store.subscribe(check);
  const b = app.store.subscribe(check);
  return () => {
    a();
    b();
  };
}
