// DOM building for the Incidents, admin and post-mortem screens. Text always goes in as text nodes, never as HTML,
// so whatever the server or a user wrote cannot become markup.

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes (false/null/undefined left out, true as an empty attribute) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]):
  HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A link only to an http(s) address; anything else (javascript:, data:) becomes plain text. */
export function safeLink(href: string, text: string, attributes: Attributes = {}): HTMLElement {
  let url: URL | null = null;
  try {
    url = new URL(href, window.location.origin);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return el('span', {}, text);
  return el('a', { href: url.href, ...attributes }, text);
}

export type Tone = 'default' | 'removed' | 'moved' | 'success' | 'inprogress' | 'new';

/** An ADS lozenge: short uppercase status text on a tinted background. */
export function lozenge(text: string, tone: Tone = 'default'): HTMLElement {
  return el('span', { class: `hs-lozenge hs-lozenge--${tone}` }, text);
}

/** The lozenge tone of a severity: SEV-1 red, SEV-2 amber, others neutral or blue. */
export function severityTone(severity: string | null | undefined): Tone {
  switch (severity) {
    case 'SEV-1': return 'removed';
    case 'SEV-2': return 'moved';
    case 'SEV-3': return 'inprogress';
    default: return 'default';
  }
}

/** A polite live region for the results of asynchronous work. */
export function statusLine(id?: string): HTMLElement {
  return el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite', id });
}

export function button(text: string, attributes: Attributes = {}, onClick?: (event: MouseEvent) => void): HTMLButtonElement {
  const result = el('button', { type: 'button', class: 'hs-button', ...attributes }, text);
  if (onClick) result.addEventListener('click', onClick);
  return result;
}

/** An ISO instant as UTC minutes ("2026-11-20 14:05 UTC"); the exact value in the title. */
export function utc(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
