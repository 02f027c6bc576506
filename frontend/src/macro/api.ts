/** What the macro's REST resource in Confluence answers (ConfluencePostmortemResource). */
export interface PageAnswer {
  outcome: 'done';
  id: string;
  title: string;
  url: string;
  version: number;
  created?: boolean;
}

export interface AuthoriseAnswer {
  outcome: 'authorise';
  authoriseUrl?: string;
  message?: string;
}

export interface FollowUpRow {
  itemId: string;
  summary: string;
  outcome: 'created' | 'found-from-earlier-run' | 'already-linked' | 'skipped-done' | 'failed';
  issueKey?: string;
  reason?: string;
}

export interface FollowUpsAnswer {
  outcome: 'done' | 'authorise';
  authoriseUrl?: string;
  rows: FollowUpRow[];
  pageChanged: boolean;
}

/** The JSON error body of every Hindsight endpoint. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * Posts JSON to `/rest/hindsight/1.0/confluence/postmortems/{key}{suffix}` under Confluence's context path. A JSON
 * body (never a form) is what keeps the call safe from cross-site forms; non-2xx answers become an ApiFailure.
 */
export async function postToMacroResource<T>(
  contextPath: string,
  incidentKey: string,
  suffix: '' | '/follow-ups',
  body: object,
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  const path = `${contextPath}/rest/hindsight/1.0/confluence/postmortems/${encodeURIComponent(incidentKey)}${suffix}`;
  const response = await fetchImpl(new URL(path, window.location.origin).href, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = answer as ApiError | null;
    throw new ApiFailure(error && typeof error.message === 'string' ? error
      : { status: response.status, code: 'unknown', message: '' });
  }
  return answer as T;
}

/** Only http(s) addresses become links: an address from elsewhere must not be able to run script. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
