import { ApiFailure, fetchTimelinePage, type Order } from './api';
import { renderEntries } from './render';

/**
 * Mounts a plain timeline into every element marked `data-hindsight-timeline`, reading its incident key
 * and base URL from data attributes; "Show more" follows the server's cursor.
 */
export async function mountTimeline(root: HTMLElement, fetchImpl: typeof fetch = fetch): Promise<void> {
  const incidentKey = root.dataset.incidentKey ?? '';
  const baseUrl = root.dataset.baseUrl ?? '';
  const order = (root.dataset.order === 'newest' ? 'newest' : 'oldest') as Order;
  root.replaceChildren();
  const list = document.createElement('ol');
  list.className = 'hindsight-timeline';
  const status = document.createElement('p');
  status.className = 'hindsight-timeline__status';
  status.setAttribute('role', 'status');
  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = AJS.I18n.getText('hindsight.ui.timeline.more');
  more.hidden = true;
  root.append(list, status, more);

  let cursor: string | null = null;
  const loadPage = async (): Promise<void> => {
    more.disabled = true;
    status.textContent = AJS.I18n.getText('hindsight.ui.timeline.loading');
    try {
      const page = await fetchTimelinePage(baseUrl, incidentKey, { order, cursor }, fetchImpl);
      renderEntries(list, page.events);
      cursor = page.next;
      more.hidden = cursor === null;
      status.textContent = list.children.length === 0 ? AJS.I18n.getText('hindsight.ui.timeline.empty') : '';
    } catch (error) {
      status.textContent = error instanceof ApiFailure ? error.message : AJS.I18n.getText('hindsight.ui.timeline.failed');
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void loadPage());
  await loadPage();
}

if (typeof document !== 'undefined') {
  document.querySelectorAll<HTMLElement>('[data-hindsight-timeline]').forEach((root) => void mountTimeline(root));
}
