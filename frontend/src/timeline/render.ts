import { formatLocal, formatUtc } from '../platform/timeline-time';
import type { TimelineEvent } from './api';
import { kindIcon, kindLabel } from './kinds';

export { formatUtc };

/** What a row can do; absent handlers leave the buttons out (a read-only rendering). */
export interface RowActions {
  isPinned(id: number): boolean;
  nameOf(userKey: string): string;
  onPin?(event: TimelineEvent, pinned: boolean): void;
  onHide?(event: TimelineEvent): void;
}

const READ_ONLY: RowActions = { isPinned: () => false, nameOf: (key) => key };

/**
 * One timeline entry as a fixed-height row, built with DOM APIs only (textContent, never innerHTML), so that no text
 * from an alert, a webhook or a person can become markup.
 */
export function renderEntry(event: TimelineEvent, actions: RowActions = READ_ONLY): HTMLLIElement {
  const item = element('li', 'hindsight-entry') as HTMLLIElement;
  item.dataset.kind = event.kind;
  item.dataset.entryId = String(event.id);
  item.dataset.testid = 'timeline-entry';
  const pinned = actions.isPinned(event.id);
  if (event.hidden) item.classList.add('hindsight-entry--hidden');
  if (pinned) item.classList.add('hindsight-entry--pinned');

  const top = element('div', 'hindsight-entry__line');
  top.appendChild(kindIcon(event.kind));
  const time = element('time', 'hindsight-entry__time', formatUtc(event.occurredAt));
  time.setAttribute('datetime', event.occurredAt);
  time.title = AJS.I18n.getText('hindsight.ui.timeline.localTime', formatLocal(event.occurredAt));
  top.appendChild(time);
  if (pinned) top.appendChild(element('span', 'hindsight-lozenge hindsight-lozenge--pinned', AJS.I18n.getText('hindsight.ui.timeline.pinned')));
  if (event.hidden) top.appendChild(element('span', 'hindsight-lozenge hindsight-lozenge--hidden', AJS.I18n.getText('hindsight.ui.timeline.hiddenLozenge')));
  const tools = element('span', 'hindsight-entry__tools');
  if (actions.onPin) {
    const pin = button(pinned ? AJS.I18n.getText('hindsight.ui.timeline.unpin') : AJS.I18n.getText('hindsight.ui.timeline.pin'), 'hindsight-button hindsight-button--subtle', 'pin-entry');
    pin.setAttribute('aria-pressed', String(pinned));
    pin.setAttribute('aria-label', pinned
      ? AJS.I18n.getText('hindsight.ui.timeline.unpinEntry', event.summary)
      : AJS.I18n.getText('hindsight.ui.timeline.pinEntry', event.summary));
    pin.addEventListener('click', () => actions.onPin?.(event, pinned));
    tools.appendChild(pin);
  }
  if (actions.onHide && !event.hidden) {
    const hide = button(AJS.I18n.getText('hindsight.ui.timeline.hide'), 'hindsight-button hindsight-button--subtle', 'hide-entry');
    hide.setAttribute('aria-label', AJS.I18n.getText('hindsight.ui.timeline.hideEntry', event.summary));
    hide.addEventListener('click', () => actions.onHide?.(event));
    tools.appendChild(hide);
  }
  top.appendChild(tools);
  item.appendChild(top);

  const summary = element('div', 'hindsight-entry__summary', event.summary);
  summary.title = event.details ? `${event.summary}\n\n${event.details}` : event.summary;
  item.appendChild(summary);

  const meta = element('div', 'hindsight-entry__meta');
  if (event.hidden) {
    meta.appendChild(element('span', 'hindsight-entry__hidden', AJS.I18n.getText('hindsight.ui.timeline.hiddenBy',
      actions.nameOf(event.hidden.by), formatUtc(event.hidden.at), event.hidden.reason)));
  } else {
    meta.appendChild(element('span', 'hindsight-entry__kindname', kindLabel(event.kind)));
    meta.appendChild(element('span', 'hindsight-entry__source', event.source));
    if (event.actor) meta.appendChild(element('span', 'hindsight-entry__actor', actions.nameOf(event.actor)));
    if (event.backdated) {
      meta.appendChild(element('span', 'hindsight-entry__backdated',
        AJS.I18n.getText('hindsight.ui.timeline.backdated', formatUtc(event.recordedAt))));
    }
    const link = safeLink(event.evidenceLink);
    if (link) meta.appendChild(link);
  }
  item.appendChild(meta);
  return item;
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
  const anchor = element('a', 'hindsight-entry__evidence', AJS.I18n.getText('hindsight.ui.timeline.evidence')) as HTMLAnchorElement;
  anchor.href = url.href;
  anchor.rel = 'noopener noreferrer';
  anchor.target = '_blank';
  return anchor;
}

export function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, className: string, testId: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  node.dataset.testid = testId;
  return node;
}
