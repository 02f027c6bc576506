/** The timeline entries and pages as Hindsight's REST API returns them. */
export interface TimelineEvent {
  id: number;
  occurredAt: string;
  recordedAt: string;
  kind: string;
  source: string;
  actor: string | null;
  summary: string;
  details: string | null;
  evidenceLink: string | null;
  externalId: string | null;
  backdated: boolean;
  hidden: { by: string; at: string; reason: string } | null;
}

export interface TimelinePage {
  events: TimelineEvent[];
  next: string | null;
}

/** The JSON error body every Hindsight endpoint returns. */
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

export type Order = 'oldest' | 'newest';

export interface PageRequest {
  order: Order;
  cursor?: string | null;
  limit?: number;
  includeHidden?: boolean;
}

/** Reads one page of an incident's timeline; non-2xx answers become an {@link ApiFailure}. */
export async function fetchTimelinePage(
  baseUrl: string,
  incidentKey: string,
  request: PageRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<TimelinePage> {
  const params = new URLSearchParams({ order: request.order, limit: String(request.limit ?? 100) });
  if (request.cursor) params.set('cursor', request.cursor);
  if (request.includeHidden) params.set('includeHidden', 'true');
  const path = `${baseUrl}/rest/hindsight/1.0/incidents/${encodeURIComponent(incidentKey)}/timeline?${params}`;
  // Resolved against the origin, never the page address: a page opened as http://user:pw@host/ would otherwise
  // lend its credentials to the request URL, and browsers refuse to fetch such URLs.
  const url = new URL(path, window.location.origin).href;
  const response = await fetchImpl(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new ApiFailure(await errorOf(response));
  }
  return (await response.json()) as TimelinePage;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    return (await response.json()) as ApiError;
  } catch {
    return { status: response.status, code: 'http_error', message: `The server answered ${response.status}.` };
  }
}
