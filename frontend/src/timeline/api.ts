import { ApiFailure, errorOf, restUrl, sendJson, type ApiError, type Fetch } from '../platform/timeline-http';

export { ApiFailure, type ApiError };

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

export interface PinnedEntry {
  entry: TimelineEvent;
  pinnedBy: string;
  pinnedAt: string;
}

export interface KeyInstant {
  at: string;
  source: 'manual' | 'derived';
  entryId: number;
  entryKind: string;
}

export interface Deadline {
  clock: string;
  label: string;
  startedAt: string;
  dueAt: string;
  dueSoonFrom: string;
  metAt: string | null;
  status: 'on-track' | 'due-soon' | 'met' | 'breached';
}

export interface Incident {
  key: string;
  projectKey: string;
  summary: string;
  severity: string;
  severityLabel: string;
  status: string;
  statusLabel: string;
  commander: string | null;
  declaredAt: string;
  version: number;
  keyInstants: Record<string, KeyInstant | null>;
  deadlines: Deadline[];
  availableTransitions: Array<{ transition: string; label: string; to: string }>;
}

export type Order = 'oldest' | 'newest';

export interface PageRequest {
  order: Order;
  cursor?: string | null;
  limit?: number;
  includeHidden?: boolean;
  kinds?: string[];
}

/** A conditional read: the body and its ETag when it changed, or `unchanged` on 304. */
export type Conditional<T> = { changed: true; body: T; etag: string | null } | { changed: false };

function timelinePath(incidentKey: string, suffix = ''): string {
  return `/incidents/${encodeURIComponent(incidentKey)}/timeline${suffix}`;
}

function pageQuery(request: PageRequest): URLSearchParams {
  const params = new URLSearchParams({ order: request.order, limit: String(request.limit ?? 100) });
  if (request.cursor) params.set('cursor', request.cursor);
  if (request.includeHidden) params.set('includeHidden', 'true');
  for (const kind of request.kinds ?? []) params.append('kind', kind);
  return params;
}

/** Reads one page of an incident's timeline; non-2xx answers become an {@link ApiFailure}. */
export async function fetchTimelinePage(baseUrl: string, incidentKey: string, request: PageRequest,
  fetchImpl: Fetch = fetch): Promise<TimelinePage> {
  const url = restUrl(baseUrl, `${timelinePath(incidentKey)}?${pageQuery(request)}`);
  return sendJson<TimelinePage>(fetchImpl, url, 'GET');
}

/**
 * GET with If-None-Match: the browser cache is bypassed ('no-store') so that the 304 reaches this code and the
 * validator stays ours, whatever the host's caching headers.
 */
export async function getIfChanged<T>(fetchImpl: Fetch, url: string, etag: string | null): Promise<Conditional<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  const response = await fetchImpl(url, { headers, credentials: 'same-origin', cache: 'no-store' });
  if (response.status === 304) return { changed: false };
  if (!response.ok) throw new ApiFailure(await errorOf(response));
  return { changed: true, body: (await response.json()) as T, etag: response.headers.get('ETag') };
}

export function newestPageIfChanged(baseUrl: string, incidentKey: string, limit: number, etag: string | null,
  fetchImpl: Fetch = fetch): Promise<Conditional<TimelinePage>> {
  const url = restUrl(baseUrl, `${timelinePath(incidentKey)}?${pageQuery({ order: 'newest', limit, includeHidden: true })}`);
  return getIfChanged<TimelinePage>(fetchImpl, url, etag);
}

export function incidentIfChanged(baseUrl: string, incidentKey: string, etag: string | null,
  fetchImpl: Fetch = fetch): Promise<Conditional<Incident>> {
  return getIfChanged<Incident>(fetchImpl, restUrl(baseUrl, `/incidents/${encodeURIComponent(incidentKey)}`), etag);
}

export async function fetchPins(baseUrl: string, incidentKey: string, fetchImpl: Fetch = fetch): Promise<PinnedEntry[]> {
  const body = await sendJson<{ pins: PinnedEntry[] }>(fetchImpl, restUrl(baseUrl, timelinePath(incidentKey, '/pins')), 'GET');
  return body.pins;
}

export function pinEntry(baseUrl: string, incidentKey: string, id: number, fetchImpl: Fetch = fetch): Promise<PinnedEntry> {
  // An empty JSON body: writes are JSON only, which keeps cross-site forms out.
  return sendJson<PinnedEntry>(fetchImpl, restUrl(baseUrl, timelinePath(incidentKey, `/${id}/pin`)), 'POST', {});
}

export function unpinEntry(baseUrl: string, incidentKey: string, id: number, fetchImpl: Fetch = fetch): Promise<null> {
  return sendJson<null>(fetchImpl, restUrl(baseUrl, timelinePath(incidentKey, `/${id}/pin`)), 'DELETE');
}

export interface NewNote {
  kind: string;
  summary: string;
  details?: string;
  evidenceLink?: string;
  occurredAt?: string;
}

export function appendEntry(baseUrl: string, incidentKey: string, note: NewNote, fetchImpl: Fetch = fetch): Promise<TimelineEvent> {
  return sendJson<TimelineEvent>(fetchImpl, restUrl(baseUrl, timelinePath(incidentKey)), 'POST', note);
}

export function hideEntry(baseUrl: string, incidentKey: string, id: number, reason: string, fetchImpl: Fetch = fetch): Promise<TimelineEvent> {
  return sendJson<TimelineEvent>(fetchImpl, restUrl(baseUrl, timelinePath(incidentKey, `/${id}/hide`)), 'POST', { reason });
}

export function transitionIncident(baseUrl: string, incidentKey: string, transition: string, reason: string,
  fetchImpl: Fetch = fetch): Promise<Incident> {
  return sendJson<Incident>(fetchImpl, restUrl(baseUrl, `/incidents/${encodeURIComponent(incidentKey)}/transitions`), 'POST',
    { transition, reason });
}

export function changeSeverity(baseUrl: string, incidentKey: string, severity: string, reason: string,
  fetchImpl: Fetch = fetch): Promise<Incident> {
  return sendJson<Incident>(fetchImpl, restUrl(baseUrl, `/incidents/${encodeURIComponent(incidentKey)}/severity`), 'POST',
    { severity, reason });
}
