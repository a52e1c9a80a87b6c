/** The studio's own state (not the game's): its drafts, the one open, the checker's findings, a status line. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Draft } from './draft';
import type { Diagnostic } from '../../store';
import type { LiveAnalysis } from './analysis';
import type { Finding } from './findings';
import type { LaidOutGraph } from './graphProtocol';
import type { Part } from './parts';
import type { Completion } from './exprAssist';

/** A one-line message of the studio, by key (translated in the view). */
export type StudioStatus =
  | { kind: 'refused'; errors: number }
  | { kind: 'unreadable'; file: string; detail: string }
  | { kind: 'not-kept' }
  | { kind: 'downloaded'; file: string; errors: number }
  | { kind: 'saved'; file: string; errors: number }
  | { kind: 'msel-exported'; file: string }
  | { kind: 'msel-blocked' }
  | { kind: 'msel-imported'; file: string; count: number }
  | { kind: 'msel-failed'; file: string; errors: Diagnostic[] };

/** The scenario graph: shown or not, its zoom, and the last layout (kept, marked out of date, while the next is made). */
export interface GraphState {
  open: boolean;
  zoom: number;
  status: 'waiting' | 'laying-out' | 'done' | 'failed';
  value?: LaidOutGraph;
  message?: string;
}

export interface StudioState {
  drafts: Draft[];
  current: Draft | null;
  /** null while the open draft has not been checked yet. */
  findings: Finding[] | null;
  status: StudioStatus | null;
  /** The analyser on the draft, once the checker passes it. */
  analysis: LiveAnalysis;
  /** The play-test's seed as typed (blank: a random one). */
  seed: string;
  /** The bundled scenario chosen as a template. */
  template: string;
  graph: GraphState;
  /** The part whose form is shown, and the item of a list part chosen. */
  form: FormState;
  /** The names offered under the expression field being typed (`field`: its path). */
  completion: CompletionState | null;
}

export interface FormState {
  part: Part;
  index: number;
  /** The language whose removal waits for the author's confirmation. */
  removing?: string | undefined;
  /** Why the language typed was not added (a code that is not one, one already there). */
  languageProblem?: 'code' | 'already' | undefined;
}

export interface CompletionState {
  field: string;
  from: number;
  caret: number;
  items: Completion[];
  active: number;
}

export type StudioStore = StoreApi<StudioState>;

/** A fresh studio state. */
export function createStudioStore(template: string): StudioStore {
  return createStore<StudioState>(() => ({ drafts: [], current: null, findings: null, status: null, analysis: { kind: 'waiting' }, seed: '', template, graph: { open: false, zoom: 0.75, status: 'waiting' }, form: { part: 'overview', index: 0 }, completion: null }));
}
