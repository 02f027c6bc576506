import type { Api } from '../platform/screens-api';

/** A blame-in-disguise finding: the words, the rule, why they read as blame, and a systemic wording to consider. */
export interface Finding {
  excerpt: string;
  rule: string;
  reason: string;
  suggestion: string;
}

/** The post-mortem page as GET /postmortems/{key} answers it. */
export interface PostmortemPage {
  incidentKey: string;
  pageId: string;
  title: string;
  version: number;
  url: string;
  status: 'draft' | 'in-review' | 'published' | null;
  body: string;
  findings: Finding[] | null;
}

export interface FollowUpRow {
  itemId: string;
  summary: string;
  outcome: string;
  issueKey: string | null;
  reason: string | null;
}

export interface FollowUpReport {
  rows: FollowUpRow[];
  pageChanged: boolean;
}

/** A follow-up issue of the embedded host, as GET /follow-ups answers it. */
export interface FollowUpIssue {
  key: string;
  summary: string;
  assignee: string | null;
  due: string | null;
  priority: string | null;
  status: string;
  incidentKey: string | null;
}

const path = (key: string) => `/postmortems/${encodeURIComponent(key)}`;

export const postmortems = {
  get: (api: Api, key: string) => api.get<PostmortemPage>(path(key)),
  generate: (api: Api, key: string) => api.send<PostmortemPage>('POST', path(key), {}),
  save: (api: Api, key: string, version: number, body: string) =>
    api.send<PostmortemPage>('PUT', path(key), { version, body }),
  status: (api: Api, key: string, status: string) => api.send<PostmortemPage>('POST', `${path(key)}/status`, { status }),
  createFollowUps: (api: Api, key: string) => api.send<FollowUpReport>('POST', `${path(key)}/follow-ups`, {}),
  followUps: (api: Api, key: string) => api.get<FollowUpIssue[]>('/follow-ups', { incident: key }),
  moveFollowUp: (api: Api, issueKey: string, status: 'done' | 'to-do') =>
    api.send<FollowUpIssue>('POST', `/follow-ups/${encodeURIComponent(issueKey)}/transitions`, { status }),
};
