/** The problem panel: a refused file, log or turn, with every error located and translated where we can. */
import { has, t, tDynamic } from '../i18n';
import type { App, Diagnostic, PlayError, Problem } from '../store';
import { diagnosticSentence } from './diagnosticSentence';
import { withPlayStrings } from './playStrings';
import { h } from './dom';
import { icon } from './icons';
import { watch } from './watch';

/** A diagnostic's sentence: ours when we know its code, else the engine's English. */
export function diagnosticText(d: Diagnostic): string {
  return diagnosticSentence(d, { t: tDynamic, has });
}

/** Refusals whose facts (scenario ids, hashes, inject ids) only the engine's English message holds: it follows in brackets. */
const FACTS_IN_MESSAGE: ReadonlySet<string> = new Set(['log/scenario', 'log/hash', 'play/unknown-release', 'play/not-optional']);

function playErrorText(e: PlayError): string {
  const key = `game:playError.${e.code}`;
  if (!has(key)) return e.message;
  const text = tDynamic(key, { turn: e.params?.turn ?? '?', decision: e.params?.decision ?? '' });
  return FACTS_IN_MESSAGE.has(e.code) ? `${text} (${e.message})` : text;
}

function located(file: string, d: Diagnostic): HTMLElement {
  return h(
    'li',
    { class: `diagnostic diagnostic-${d.severity}` },
    h('span', { class: 'mono where' }, `${d.file ?? file}:${d.line ?? 1}:${d.col ?? 1}`),
    ' ',
    d.severity === 'warning' ? h('span', { class: 'chip' }, t('common:problem.warning')) : null,
    ' ',
    diagnosticText(d), d.pointer ? h('span', { class: 'mono muted' }, ` (${d.pointer})`) : null);
}

function describe(p: Problem): { title: string; items: HTMLElement[] } {
  switch (p.kind) {
    case 'scenario':
      return {
        title: t('common:problem.scenario', { file: p.file, count: p.errors.filter((d) => d.severity === 'error').length }),
        // Errors first; the checker's warnings after them.
        items: [...p.errors].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning')).slice(0, 50).map((d) => located(p.file, d)),
      };
    case 'log':
      return { title: t('common:problem.log', { file: p.file }), items: p.errors.slice(0, 50).map((d) => located(p.file, d)) };
    case 'replay':
      return { title: t('common:problem.replay', { file: p.file }), items: [h('li', null, playErrorText(p.error))] };
    case 'play':
      return { title: t('common:problem.play'), items: [h('li', null, playErrorText(p.error))] };
    case 'unknown-scenario':
      return { title: t('common:problem.unknownScenario', { id: p.id }), items: [] };
    case 'storage':
      return { title: t('common:problem.storage'), items: [] };
    case 'download':
      return { title: t('common:problem.download'), items: [] };
  }
}

/** Problems told with the strings of play (diagnostics, refused turns); the others are in the first script's. */
const NEEDS_PLAY_STRINGS = new Set<Problem['kind']>(['scenario', 'log', 'replay', 'play']);

/** The problem banner under the header. */
export function mountProblems(root: HTMLElement, app: App): () => void {
  return watch(app.store, (s) => [s.language, s.problem] as const, ([, problem]) => {
    if (!problem) return root.replaceChildren();
    if (!NEEDS_PLAY_STRINGS.has(problem.kind)) return show(problem);
    // A diagnostic's sentence is in the strings of play: shown once they are there, if still the problem.
    withPlayStrings(() => {
      if (app.store.getState().problem === problem) show(problem);
    });
  });

  function show(problem: Problem): void {
    const { title, items } = describe(problem);
    const dismiss = h('button', { class: 'btn btn-icon', testid: 'dismiss-problem', attrs: { 'aria-label': t('common:common.dismiss'), title: t('common:common.dismiss') }, on: { click: () => app.actions.dismissProblem() } }, icon('close'));
    root.replaceChildren(
      h(
        'div',
        { class: 'banner banner-error problem', testid: 'problem', attrs: { role: 'alert' } },
        icon('alert'),
        h('div', { class: 'problem-body' }, h('p', { class: 'banner-title' }, title), items.length ? h('ul', { class: 'diagnostics', testid: 'diagnostics' }, items) : null),
        dismiss,
      ),
    );
  }
}
