/**
 * Building DOM nodes without innerHTML: every text a file brings in is set as text, never parsed.
 * @module
 */
type Child = Node | string | number | null | undefined | false;

/**
 * An element with attributes (`data-*`, `class` …) and children.
 * @example
 * h('td', { class: 'n' }, 3).outerHTML // '<td class="n">3</td>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(typeof child === 'number' ? String(child) : child);
  return el;
}

/** The element with an id (the page's skeleton has them all). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}
