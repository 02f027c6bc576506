import type { TimelineEvent } from './api';

/**
 * Renders timeline entries with DOM APIs only (textContent, never innerHTML), so that no text from an alert,
 * a webhook or a person can become markup.
 */
export function renderEntries(list: HTMLElement, events: TimelineEvent[]): void {
  for (const event of events) {
    list.appendChild(renderEntry(event));
  }
}

export function renderEntry(event: TimelineEvent): HTMLElement {
  const item = element('li', 'hindsight-entry');
  item.dataset.kind = event.kind;
  if (event.hidden) item.classList.add('hindsight-entry--hidden');

  const time = element('time', 'hindsight-entry__time', formatUtc(event.occurredAt));
  time.setAttribute('datetime', event.occurredAt);
  time.title = `Local time: ${new Date(event.occurredAt).toLocaleString()}`;
  item.appendChild(time);
  item.appendChild(element('span', 'hindsight-entry__kind', event.kind));
  item.appendChild(element('span', 'hindsight-entry__source', event.source));
  item.appendChild(element('span', 'hindsight-entry__summary', event.summary));
  if (event.backdated) item.appendChild(element('span', 'hindsight-entry__backdated', `backdated, recorded ${formatUtc(event.recordedAt)}`));

  const link = safeLink(event.evidenceLink);
  if (link) item.appendChild(link);
  if (event.details) item.appendChild(element('p', 'hindsight-entry__details', event.details));
  if (event.hidden) {
    item.appendChild(element('p', 'hindsight-entry__hidden', `Hidden by ${event.hidden.by}: ${event.hidden.reason}`));
  }
  return item;
}

/** "2026-11-02 14:32:05 UTC": incidents are discussed across time zones, so UTC is the shared clock. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** An evidence anchor, only for absolute http(s) URLs: the server checks this too, the UI does not rely on it. */
export function safeLink(href: string | null): HTMLAnchorElement | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const anchor = element('a', 'hindsight-entry__evidence', 'evidence') as HTMLAnchorElement;
  anchor.href = url.href;
  anchor.rel = 'noopener noreferrer';
  anchor.target = '_blank';
  return anchor;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
