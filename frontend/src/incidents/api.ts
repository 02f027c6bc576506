import type { Api, Params } from '../platform/screens-api';

/** The Incidents page's data as Hindsight's REST API answers it. Instants are ISO strings, durations milliseconds. */
export interface OpenIncident {
  issueKey: string;
  projectKey: string;
  summary: string;
  severity: string;
  status: string;
  declaredAt: string | null;
  postmortemDueAt: string | null;
}

export interface OwnerLoad {
  ownerKey: string | null;
  open: number;
  overdue: number;
  closed: number;
}

export interface ActionItemLine {
  issueKey: string;
  incidentKey: string;
  ownerKey: string | null;
  dueAt: string | null;
  priority: string | null;
  type: string | null;
  createdAt: string;
  closedAt: string | null;
  overdue: boolean;
}

export interface DurationFigure {
  figure: string;
  severity: string | null;
  measured: number;
  unmeasured: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface ShareFigure {
  figure: string;
  met: number;
  missed: number;
  pending: number;
  share: number | null;
}

export interface Metrics {
  incidents: number;
  open: number;
  excluded: number;
  durations: DurationFigure[];
  postmortems: ShareFigure;
  actionItems: ShareFigure;
  repeats: ShareFigure;
}

export interface Trace {
  figure: string;
  keys: string[];
  next: string | null;
}

/** What the filters select: a project (or all visible ones), a severity (or all), and the period's length. */
export interface Filters {
  project: string;
  severity: string;
  period: PeriodKind;
}

export type PeriodKind = 'week' | 'month' | 'quarter';

export const LISTED = 50;

export function openIncidents(api: Api, filters: Filters): Promise<OpenIncident[]> {
  return api.get('/metrics/open-incidents', { project: filters.project, limit: LISTED });
}

export function postmortemsDue(api: Api, filters: Filters): Promise<OpenIncident[]> {
  return api.get('/metrics/postmortems-due', { project: filters.project, limit: LISTED });
}

export function owners(api: Api, filters: Filters): Promise<OwnerLoad[]> {
  return api.get('/action-items/owners', { project: filters.project, limit: LISTED });
}

export function actionItems(api: Api, filters: Filters): Promise<{ items: ActionItemLine[]; next: string | null }> {
  return api.get('/action-items', { project: filters.project, limit: LISTED });
}

export function metrics(api: Api, params: Params): Promise<Metrics> {
  return api.get('/metrics', params);
}

export function trace(api: Api, figure: string, params: Params, cursor: string | null): Promise<Trace> {
  return api.get('/metrics/trace', { ...params, figure, cursor, limit: 100 });
}
