/**
 * The declarative layer for panels that change while the user works: lit-html templates
 * rendered from the store's state. lit-html escapes every `${value}` as text (or sets it as a
 * property/attribute), so scenario and player text stays inert; we never use `unsafeHTML`.
 * A re-render patches only what changed, so focus, selection and scroll stay where they are.
 */
import type { StoreApi } from 'zustand/vanilla';
import { html, noChange, nothing, render, svg, type TemplateResult } from 'lit-html';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit-html/directive.js';
import { live as liveValue } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { AppState } from '../store';
import { paragraphParts } from './dom';
import { watch, type WatchOptions } from './watch';

/** `liveValue(x)` sets a field's value against what it holds now (not the last render): clearing a typed note takes. */
export { html, liveValue, nothing, render, repeat, svg, type TemplateResult };

/** What a view may return: a template, text, or nothing at all. */
export type Rendered = TemplateResult | string | typeof nothing;

/**
 * Render `view(values)` into `root` now and whenever the values picked by `select` change.
 * Returns the unsubscribe function; the view reads the rest of the state it needs from the store.
 */
export function mountView<T extends readonly unknown[]>(
  root: HTMLElement,
  store: StoreApi<AppState>,
  select: (s: AppState) => T,
  view: (values: T) => Rendered,
  options: WatchOptions = {},
): () => void {
  return watch(store, select, (values) => render(view(values), root), options);
}

/** Scenario text as paragraphs: blank lines split paragraphs, single newlines are kept by CSS. */
export function prose(value: string, className = 'prose'): TemplateResult {
  return html`<div class=${className}>${paragraphParts(value).map((p) => html`<p>${p}</p>`)}</div>`;
}

/**
 * `<div ${styleProps({ width: '40%' })}>`: inline styles set through the CSSOM on every render.
 * Our CSP (`style-src 'self'`) blocks a `style="…"` attribute, and lit's own styleMap writes
 * one on its first render.
 */
class StyleProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps goes inside the tag: <div ${styleProps(…)}>');
  }

  render(_styles: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
