/** What the graph's controls do: show it, lay it out again when a new analysis is in, zoom, go to a node's source. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { pathOfPointer } from '../../engine';
import { startGrapher, type Grapher } from './grapher';
import type { SourceEditor } from './editor';
import type { StudioStore } from './studioState';

export const ZOOMS = [0.5, 0.75, 1] as const;

/** Where a pointer's value starts in `text`, or null when the text no longer has it. */
export function offsetOfPointer(text: string, pointer: string): number | null {
  const tree = parseTree(text);
  const node = tree ? findNodeAtLocation(tree, pathOfPointer(pointer)) : undefined;
  return node ? node.offset : null;
}

export type GraphControl = ReturnType<typeof graphControl>;

export function graphControl(store: StudioStore, editor: () => SourceEditor, language: () => string) {
  let grapher: Grapher | null = null;

  /** Lay the draft out if the graph is shown and an analysis of this draft is in; otherwise the last graph stays, marked out of date. */
  async function refresh(): Promise<void> {
    const s = store.getState();
    if (!s.graph.open || !s.current) return;
    if (s.analysis.kind !== 'done') {
      if (s.graph.status !== 'waiting') store.setState({ graph: { ...s.graph, status: 'waiting' } });
      return;
    }
    store.setState({ graph: { ...s.graph, status: 'laying-out' } });
    const answer = await (grapher ??= startGrapher()).layout(s.current.text, language(), s.analysis.report.unreached);
    if (!answer) return;
    const g = store.getState().graph;
    store.setState({ graph: answer.ok ? { ...g, status: 'done', value: answer.value } : { ...g, status: 'failed', message: answer.message } });
  }

  return {
    refresh,
    toggle(open: boolean): void {
      if (store.getState().graph.open === open) return;
      store.setState({ graph: { ...store.getState().graph, open } });
      void refresh();
    },
    zoom(zoom: number): void {
      store.setState({ graph: { ...store.getState().graph, zoom } });
    },
    /** A node was picked: the source shows where it is defined. */
    goTo(pointer: string): void {
      const offset = offsetOfPointer(editor().text(), pointer);
      if (offset !== null) editor().goTo(offset);
    },
    stop(): void {
      grapher?.stop();
      grapher = null;
    },
  };
}
