import { button, el, lozenge, safeLink, severityTone, utc } from '../platform/screens-dom';
import type { ActionItemLine, DurationFigure, Metrics, OpenIncident, OwnerLoad, ShareFigure } from './api';
import { formatDuration, formatShare } from './format';

// The Incidents page's sections, drawn from the server's answers. Links to issues are built from the prefixes the
// host gives (Jira: <base>/browse/, the embedded host: <base>/incidents/), never from the data alone.

export interface Links {
  /** Prefix of an incident's page; the key is appended. */
  incident: string;
  /** Prefix of an action item's issue page, or '' when the host has none (the key is shown as text). */
  actionItem: string;
}

export const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'];

function incidentLink(links: Links, key: string): HTMLElement {
  return safeLink(links.incident + encodeURIComponent(key), key);
}

function actionItemLink(links: Links, key: string): HTMLElement {
  return links.actionItem === '' ? el('span', {}, key) : safeLink(links.actionItem + encodeURIComponent(key), key);
}

export function keyLink(links: Links, key: string, actionItem: boolean): HTMLElement {
  return actionItem ? actionItemLink(links, key) : incidentLink(links, key);
}

function table(caption: string, headers: string[], rows: HTMLElement[], testId: string): HTMLElement {
  return el('div', { class: 'hs-wide' }, el('table', { 'data-testid': testId },
    el('caption', { class: 'hs-subtle' }, caption),
    el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, ...rows)));
}

function none(): HTMLElement {
  return el('p', { class: 'hs-subtle' }, AJS.I18n.getText('hindsight.ui.incidents.none'));
}

/** How many open incidents each severity has, most severe first, then the list. */
export function countBySeverity(open: OpenIncident[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const incident of open) counts.set(incident.severity, (counts.get(incident.severity) ?? 0) + 1);
  const known = SEVERITIES.filter((severity) => counts.has(severity)).map((severity): [string, number] => [severity, counts.get(severity) ?? 0]);
  const others = [...counts.entries()].filter(([severity]) => !SEVERITIES.includes(severity));
  return [...known, ...others];
}

export function openIncidentsSection(open: OpenIncident[], links: Links): HTMLElement {
  const section = el('section', { id: 'hs-open-incidents', 'aria-labelledby': 'hs-open-incidents-title' },
    el('h2', { id: 'hs-open-incidents-title' }, AJS.I18n.getText('hindsight.ui.incidents.open.title')));
  if (open.length === 0) {
    section.appendChild(none());
    return section;
  }
  section.appendChild(el('ul', { class: 'hs-cards', 'data-testid': 'open-by-severity' },
    ...countBySeverity(open).map(([severity, count]) => el('li', { class: 'hs-card' },
      lozenge(severity, severityTone(severity)), ' ', el('span', { class: 'hs-big' }, count)))));
  const ordered = [...open].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  section.appendChild(table(AJS.I18n.getText('hindsight.ui.incidents.open.caption'), [
    AJS.I18n.getText('hindsight.ui.incidents.col.incident'), AJS.I18n.getText('hindsight.ui.incidents.col.severity'),
    AJS.I18n.getText('hindsight.ui.incidents.col.status'), AJS.I18n.getText('hindsight.ui.incidents.col.declared'),
  ], ordered.map((incident) => el('tr', {},
    el('td', {}, incidentLink(links, incident.issueKey), ' ', incident.summary),
    el('td', {}, lozenge(incident.severity, severityTone(incident.severity))),
    el('td', {}, lozenge(incident.status, 'inprogress')),
    el('td', {}, utc(incident.declaredAt)))), 'open-incidents'));
  return section;
}

function severityRank(severity: string): number {
  const index = SEVERITIES.indexOf(severity);
  return index < 0 ? SEVERITIES.length : index;
}

export function postmortemsDueSection(due: OpenIncident[], links: Links, now: Date): HTMLElement {
  const section = el('section', { id: 'hs-postmortems-due', 'aria-labelledby': 'hs-postmortems-due-title' },
    el('h2', { id: 'hs-postmortems-due-title' }, AJS.I18n.getText('hindsight.ui.incidents.due.title')));
  if (due.length === 0) {
    section.appendChild(none());
    return section;
  }
  section.appendChild(table(AJS.I18n.getText('hindsight.ui.incidents.due.caption'), [
    AJS.I18n.getText('hindsight.ui.incidents.col.incident'), AJS.I18n.getText('hindsight.ui.incidents.col.severity'),
    AJS.I18n.getText('hindsight.ui.incidents.col.due'),
  ], due.map((incident) => {
    const late = incident.postmortemDueAt !== null && new Date(incident.postmortemDueAt).getTime() < now.getTime();
    return el('tr', {},
      el('td', {}, incidentLink(links, incident.issueKey), ' ', incident.summary),
      el('td', {}, lozenge(incident.severity, severityTone(incident.severity))),
      el('td', late ? { class: 'hs-overdue' } : {}, late ? lozenge(AJS.I18n.getText('hindsight.ui.incidents.overdue'), 'removed') : null,
        ' ', utc(incident.postmortemDueAt)));
  }), 'postmortems-due'));
  return section;
}

/** Overdue items first, then by due date (none last), then by key: the server's order, kept even if it changes. */
export function overdueFirst(items: ActionItemLine[]): ActionItemLine[] {
  const due = (item: ActionItemLine) => (item.dueAt === null ? Number.MAX_SAFE_INTEGER : new Date(item.dueAt).getTime());
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b)
    || a.issueKey.localeCompare(b.issueKey));
}

export function actionItemsSection(ownerLoads: OwnerLoad[], items: ActionItemLine[], links: Links,
  exportLink: HTMLElement): HTMLElement {
  const section = el('section', { id: 'hs-action-items', 'aria-labelledby': 'hs-action-items-title' },
    el('h2', { id: 'hs-action-items-title' }, AJS.I18n.getText('hindsight.ui.incidents.actions.title')));
  if (ownerLoads.length === 0 && items.length === 0) {
    section.append(none(), exportLink);
    return section;
  }
  const noOwner = AJS.I18n.getText('hindsight.ui.incidents.noOwner');
  section.appendChild(table(AJS.I18n.getText('hindsight.ui.incidents.owners.caption'), [
    AJS.I18n.getText('hindsight.ui.incidents.col.owner'), AJS.I18n.getText('hindsight.ui.incidents.col.overdue'),
    AJS.I18n.getText('hindsight.ui.incidents.col.open'), AJS.I18n.getText('hindsight.ui.incidents.col.closed'),
  ], ownerLoads.map((owner) => el('tr', {},
    el('td', {}, owner.ownerKey ?? noOwner),
    el('td', owner.overdue > 0 ? { class: 'hs-overdue' } : {}, owner.overdue),
    el('td', {}, owner.open), el('td', {}, owner.closed))), 'owners'));
  section.appendChild(el('h3', {}, AJS.I18n.getText('hindsight.ui.incidents.items.title')));
  section.appendChild(items.length === 0 ? none() : table(AJS.I18n.getText('hindsight.ui.incidents.items.caption'), [
    AJS.I18n.getText('hindsight.ui.incidents.col.item'), AJS.I18n.getText('hindsight.ui.incidents.col.incident'),
    AJS.I18n.getText('hindsight.ui.incidents.col.owner'), AJS.I18n.getText('hindsight.ui.incidents.col.due'),
    AJS.I18n.getText('hindsight.ui.incidents.col.type'),
  ], overdueFirst(items).map((item) => el('tr', item.overdue ? { 'data-overdue': 'true' } : {},
    el('td', {}, actionItemLink(links, item.issueKey)),
    el('td', {}, incidentLink(links, item.incidentKey)),
    el('td', {}, item.ownerKey ?? noOwner),
    el('td', item.overdue ? { class: 'hs-overdue' } : {},
      item.overdue ? lozenge(AJS.I18n.getText('hindsight.ui.incidents.overdue'), 'removed') : null, ' ',
      item.dueAt === null ? '' : item.dueAt.slice(0, 10)),
    el('td', {}, item.type ?? ''))), 'action-items'));
  section.appendChild(exportLink);
  return section;
}

/** The MTTx figure for all severities (or the one filtered on): the row the page's cards show. */
export function headlineDuration(metrics: Metrics, code: string): DurationFigure | undefined {
  const rows = metrics.durations.filter((figure) => figure.figure === code);
  return rows.find((figure) => figure.severity === null) ?? (rows.length === 1 ? rows[0] : undefined);
}

/** A button that lists the incidents (or action items) behind a figure; {@code onTrace} does the fetching. */
export function traceButton(figure: string, count: number, actionItems: boolean,
  onTrace: (figure: string, actionItems: boolean, trigger: HTMLButtonElement) => void, text?: string): HTMLButtonElement {
  text = text ?? (actionItems ? AJS.I18n.getText('hindsight.ui.incidents.trace.items', count)
    : AJS.I18n.getText('hindsight.ui.incidents.trace.incidents', count));
  const result = button(text, { class: 'hs-button hs-button--link', 'data-figure': figure, 'aria-controls': 'hs-trace',
    'aria-expanded': 'false' }, () => onTrace(figure, actionItems, result));
  result.disabled = count === 0;
  return result;
}

type TraceHandler = (figure: string, actionItems: boolean, trigger: HTMLButtonElement) => void;

function durationCard(metrics: Metrics, code: string, label: string, onTrace: TraceHandler): HTMLElement {
  const figure = headlineDuration(metrics, code);
  return el('li', { class: 'hs-card', 'data-testid': `figure-${code}` },
    el('h3', {}, label),
    el('p', {}, AJS.I18n.getText('hindsight.ui.incidents.median'), ' ',
      el('span', { class: 'hs-big' }, formatDuration(figure?.medianMs))),
    el('p', {}, AJS.I18n.getText('hindsight.ui.incidents.p90'), ' ', formatDuration(figure?.p90Ms)),
    el('p', { class: 'hs-subtle' }, AJS.I18n.getText('hindsight.ui.incidents.measured', figure?.measured ?? 0,
      figure?.unmeasured ?? 0)),
    traceButton(code, figure?.measured ?? 0, false, onTrace));
}

function shareCard(share: ShareFigure, label: string, missedFigure: string, actionItems: boolean,
  onTrace: TraceHandler): HTMLElement {
  return el('li', { class: 'hs-card', 'data-testid': `figure-${share.figure}` },
    el('h3', {}, label),
    el('p', {}, el('span', { class: 'hs-big', 'data-testid': `share-${share.figure}` }, formatShare(share.share))),
    el('p', { class: 'hs-subtle' }, AJS.I18n.getText('hindsight.ui.incidents.shareOf', share.met, share.met + share.missed,
      share.pending)),
    traceButton(share.figure, share.met, actionItems, onTrace, missedFigure === '' ? undefined
      : AJS.I18n.getText('hindsight.ui.incidents.trace.met', share.met)), ' ',
    missedFigure === '' ? null : traceButton(missedFigure, share.missed, actionItems, onTrace,
      AJS.I18n.getText('hindsight.ui.incidents.trace.missed', share.missed)));
}

export function figuresList(metrics: Metrics, onTrace: TraceHandler): HTMLElement {
  return el('div', {},
    el('p', { 'data-testid': 'figures-summary' }, AJS.I18n.getText('hindsight.ui.incidents.counted', metrics.incidents,
      metrics.open, metrics.excluded), ' ',
    traceButton('incidents', metrics.incidents, false, onTrace)),
    el('ul', { class: 'hs-cards' },
      durationCard(metrics, 'mttd', AJS.I18n.getText('hindsight.ui.incidents.mttd'), onTrace),
      durationCard(metrics, 'mtta', AJS.I18n.getText('hindsight.ui.incidents.mtta'), onTrace),
      durationCard(metrics, 'mttr', AJS.I18n.getText('hindsight.ui.incidents.mttr'), onTrace),
      shareCard(metrics.postmortems, AJS.I18n.getText('hindsight.ui.incidents.completion'), 'postmortem-late', false, onTrace),
      shareCard(metrics.actionItems, AJS.I18n.getText('hindsight.ui.incidents.closure'), 'action-item-late', true, onTrace),
      shareCard(metrics.repeats, AJS.I18n.getText('hindsight.ui.incidents.repeats'), '', false, onTrace)));
}
