/**
 * Building DOM without markup strings: every string becomes a text node, so scenario and
 * player text can never inject HTML. (Only our own icon files are parsed, in icons.ts.)
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  /** `data-testid`, for the end-to-end tests. */
  testid?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : (c as Node));
  }
}

function setAttrs(el: Element, attrs: Props['attrs']): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    // ARIA states are the strings "true"/"false", not HTML's present/absent booleans.
    if (k.startsWith('aria-') && typeof v === 'boolean') el.setAttribute(k, String(v));
    else if (v === null || v === undefined || v === false) el.removeAttribute(k);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** An HTML element with props and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.testid) el.dataset.testid = props.testid;
    setAttrs(el, props.attrs);
    for (const [type, fn] of Object.entries(props.on ?? {})) el.addEventListener(type, fn as EventListener);
  }
  append(el, children);
  return el;
}

/** Replace an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let ids = 0;
/** A unique id for aria-labelledby / aria-describedby links. */
export function uid(prefix = 'u'): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Scenario text split into paragraphs: blank lines split them, single newlines are kept by CSS. */
export function paragraphParts(value: string): string[] {
  return value.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

/** Scenario text as paragraphs, for one-shot builders (templates use `prose`). */
export function paragraphs(value: string, className = 'prose'): HTMLElement {
  return h('div', { class: className }, paragraphParts(value).map((p) => h('p', null, p)));
}
