import { messageOf, type Api } from '../platform/screens-api';
import { button, el, utc } from '../platform/screens-dom';

/** A refused webhook delivery as GET /ingest-rejections answers it. */
export interface Rejection {
  id: number;
  source: string;
  receivedAt: string;
  status: number;
  code: string;
  message: string;
  excerpt: string | null;
}

export const PAGE_SIZE = 20;
/** The server keeps the newest refusals; the table pages through the newest 500 of them. */
export const FETCHED = 500;

/** The rows of page {@code page} (0-based) and how many pages there are. */
export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * size, (current + 1) * size), page: current, pages };
}

export async function renderRejections(api: Api, container: HTMLElement): Promise<void> {
  const status = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite' });
  const source = el('input', { type: 'text', id: 'hs-rejections-source' });
  const body = el('div', {});
  let rows: Rejection[] = [];
  let page = 0;
  const draw = () => {
    const current = pageOf(rows, page);
    page = current.page;
    const previous = button(AJS.I18n.getText('hindsight.ui.admin.rejections.previous'), {}, () => { page -= 1; draw(); });
    const next = button(AJS.I18n.getText('hindsight.ui.admin.rejections.next'), {}, () => { page += 1; draw(); });
    previous.disabled = current.page === 0;
    next.disabled = current.page >= current.pages - 1;
    body.replaceChildren(rows.length === 0 ? el('p', {}, AJS.I18n.getText('hindsight.ui.admin.rejections.none')) : el('div', {},
      el('div', { class: 'hs-wide' }, el('table', { 'data-testid': 'rejections' },
        el('thead', {}, el('tr', {}, ...[
          AJS.I18n.getText('hindsight.ui.admin.rejections.received'), AJS.I18n.getText('hindsight.ui.admin.rejections.source'),
          AJS.I18n.getText('hindsight.ui.admin.rejections.status'), AJS.I18n.getText('hindsight.ui.admin.rejections.why'),
          AJS.I18n.getText('hindsight.ui.admin.rejections.excerpt'),
        ].map((text) => el('th', { scope: 'col' }, text)))),
        el('tbody', {}, ...current.rows.map((rejection) => el('tr', {},
          el('td', {}, utc(rejection.receivedAt)), el('td', {}, rejection.source),
          el('td', {}, `${rejection.status} ${rejection.code}`), el('td', {}, rejection.message),
          el('td', {}, el('code', {}, rejection.excerpt ?? ''))))))),
      el('nav', { 'aria-label': AJS.I18n.getText('hindsight.ui.admin.rejections.pages') }, previous,
        el('span', { 'aria-live': 'polite' }, AJS.I18n.getText('hindsight.ui.admin.rejections.page', current.page + 1, current.pages)), ' ', next)));
  };
  const load = async () => {
    status.textContent = '';
    try {
      rows = await api.get<Rejection[]>('/ingest-rejections', { source: source.value.trim(), limit: FETCHED });
      page = 0;
      draw();
    } catch (error) {
      status.textContent = messageOf(error);
    }
  };
  const filter = el('form', { role: 'search', class: 'hs-filters' },
    el('div', { class: 'hs-field' }, el('label', { for: source.id }, AJS.I18n.getText('hindsight.ui.admin.rejections.filter')), source),
    el('button', { type: 'submit', class: 'hs-button' }, AJS.I18n.getText('hindsight.ui.admin.rejections.apply')));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  container.replaceChildren(el('h2', {}, AJS.I18n.getText('hindsight.ui.admin.rejections.title')), filter, status, body);
  await load();
}
