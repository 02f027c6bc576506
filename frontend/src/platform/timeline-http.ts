// Small JSON-over-HTTP helpers for Hindsight's REST API, shared by the timeline and declare bundles.

/** The JSON error body every Hindsight endpoint returns. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string | null;
}

/** A refused or failed request, carrying the server's error body (or one made up for a non-JSON answer). */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export type Fetch = typeof fetch;

/** Where the REST API is: `baseUrl` is the host's context path ('' at the root). */
export function restUrl(baseUrl: string, path: string): string {
  // Resolved against the origin, never the page address: a page opened as http://user:pw@host/ would otherwise
  // lend its credentials to the request URL, and browsers refuse to fetch such URLs.
  return new URL(`${baseUrl}/rest/hindsight/1.0${path}`, window.location.origin).href;
}

/** The context path of the host: a data attribute when the page gives one, else AJS.contextPath() in Jira. */
export function contextPathOf(root: HTMLElement): string {
  if (root.dataset.baseUrl !== undefined) return root.dataset.baseUrl;
  const ajs = (globalThis as { AJS?: { contextPath?: () => string } }).AJS;
  return typeof ajs?.contextPath === 'function' ? ajs.contextPath() : '';
}

/** Sends a JSON request (or none) and answers the parsed JSON body; 204 answers null; non-2xx throws ApiFailure. */
export async function sendJson<T>(fetchImpl: Fetch, url: string, method: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetchImpl(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new ApiFailure(await errorOf(response));
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

export async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as ApiError;
    if (body && typeof body.message === 'string') return body;
  } catch {
    // not JSON: fall through to a generic message
  }
  return { status: response.status, code: 'http_error', message: AJS.I18n.getText('hindsight.ui.timeline.httpError', response.status) };
}

/** The message to show for any failure: the server's when it sent one. */
export function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.message : AJS.I18n.getText('hindsight.ui.timeline.networkError');
}
