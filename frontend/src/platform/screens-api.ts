// A small JSON client for the Incidents, admin and post-mortem screens: every call goes to Hindsight's REST API
// below the host's base URL, and every refusal becomes a RequestFailure carrying the server's JSON error.

/** The JSON error every Hindsight endpoint answers: {status, code, message, field?}. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string | null;
}

export class RequestFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export type Params = Record<string, string | number | boolean | null | undefined>;

export const API_ROOT = '/rest/hindsight/1.0';

/** The query string of the non-empty params, in the order given. */
export function queryOf(params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The absolute address of an API path. Resolved against the origin, never the page address: a page opened as
 * http://user:pw@host/ would otherwise lend its credentials to the URL, and browsers refuse to fetch such URLs.
 */
export function apiUrl(baseUrl: string, path: string, params?: Params): string {
  return new URL(`${baseUrl}${API_ROOT}${path}${queryOf(params)}`, window.location.origin).href;
}

export interface Api {
  readonly baseUrl: string;
  get<T>(path: string, params?: Params): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

export function createApi(baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api {
  const call = async <T>(url: string, init: RequestInit): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(url, { credentials: 'same-origin', ...init });
    } catch {
      throw new RequestFailure({ status: 0, code: 'network', message: AJS.I18n.getText('hindsight.ui.screens.offline') });
    }
    if (!response.ok) throw new RequestFailure(await errorOf(response));
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };
  return {
    baseUrl,
    get: (path, params) => call(apiUrl(baseUrl, path, params), { headers: { Accept: 'application/json' } }),
    // Writes are JSON only (an empty object where nothing more is needed), so a cross-site form cannot forge them.
    send: (method, path, body) => call(apiUrl(baseUrl, path), {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    }),
  };
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ApiError>;
    if (typeof body.message === 'string') {
      return { status: body.status ?? response.status, code: body.code ?? 'error', message: body.message, field: body.field ?? null };
    }
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a message of our own.
  }
  return { status: response.status, code: 'http_error', message: AJS.I18n.getText('hindsight.ui.screens.http', response.status) };
}

/** The message of any failure, for an aria-live status line. */
export function messageOf(error: unknown): string {
  return error instanceof RequestFailure ? error.message : AJS.I18n.getText('hindsight.ui.screens.failed');
}
