import { apiUrl, messageOf, type Api, type Params } from '../platform/screens-api';
import { button, el, statusLine } from '../platform/screens-dom';
import { field } from '../platform/screens-forms';
import * as data from './api';
import type { Filters, Metrics, PeriodKind } from './api';
import { renderChart } from './chart';
import { formatHours, formatShare, msToHours } from './format';
import { periodsEndingToday, rangeOf, type Period } from './periods';
import {
  actionItemsSection, figuresList, headlineDuration, keyLink, openIncidentsSection, postmortemsDueSection, SEVERITIES,
  type Links,
} from './render';

export interface PageOptions {
  projectKey: string;
  projects: string[];
  links: Links;
  declareUrl: string;
  baseUrl: string;
  now?: () => Date;
}

/** The metrics query of the filters over a range: empty values are left out of the URL. */
export function metricsParams(filters: Filters, range: { from: string; to: string }): Params {
  return { project: filters.project, severity: filters.severity, from: range.from, to: range.to };
}

/** The CSV export links of the current filters: the three metrics tables and the open action items. */
export function exportLinks(baseUrl: string, filters: Filters, range: { from: string; to: string }):
  Array<{ table: string; href: string }> {
  const params = metricsParams(filters, range);
  return [
    ...['durations', 'shares', 'daily'].map((table) => ({
      table, href: apiUrl(baseUrl, '/metrics/export', { table, ...params }),
    })),
    { table: 'action-items', href: apiUrl(baseUrl, '/action-items/export', { project: filters.project }) },
  ];
}

function exportText(table: string): string {
  switch (table) {
    case 'durations': return AJS.I18n.getText('hindsight.ui.incidents.export.durations');
    case 'shares': return AJS.I18n.getText('hindsight.ui.incidents.export.shares');
    case 'daily': return AJS.I18n.getText('hindsight.ui.incidents.export.daily');
    default: return AJS.I18n.getText('hindsight.ui.incidents.export.actionItems');
  }
}

function exportLink(href: string, table: string): HTMLElement {
  return el('a', { href, download: `hindsight-${table}.csv`, 'data-testid': `export-${table}` }, exportText(table));
}

function select(options: Array<[string, string]>, selected: string): HTMLSelectElement {
  const result = el('select', {});
  for (const [value, label] of options) {
    result.appendChild(el('option', { value, selected: value === selected }, label));
  }
  return result;
}

/** The trends of each figure over the periods: MTTx median and p90 in hours, completion and closure shares. */
export function trendCharts(periods: Period[], reports: Metrics[]): HTMLElement[] {
  const labels = periods.map((period) => period.label);
  const durationChart = (code: string, title: string) => renderChart({
    id: `hs-chart-${code}`,
    title,
    labels,
    format: formatHours,
    series: [
      { name: AJS.I18n.getText('hindsight.ui.incidents.median'), colour: '#0c66e4',
        values: reports.map((report) => msToHours(headlineDuration(report, code)?.medianMs ?? null)) },
      { name: AJS.I18n.getText('hindsight.ui.incidents.p90'), colour: '#ae2e24', dashed: true,
        values: reports.map((report) => msToHours(headlineDuration(report, code)?.p90Ms ?? null)) },
    ],
  });
  return [
    durationChart('mttd', AJS.I18n.getText('hindsight.ui.incidents.chart.mttd')),
    durationChart('mtta', AJS.I18n.getText('hindsight.ui.incidents.chart.mtta')),
    durationChart('mttr', AJS.I18n.getText('hindsight.ui.incidents.chart.mttr')),
    renderChart({
      id: 'hs-chart-rates',
      title: AJS.I18n.getText('hindsight.ui.incidents.chart.rates'),
      labels,
      max: 1,
      format: formatShare,
      series: [
        { name: AJS.I18n.getText('hindsight.ui.incidents.completion'), colour: '#216e4e',
          values: reports.map((report) => report.postmortems.share) },
        { name: AJS.I18n.getText('hindsight.ui.incidents.closure'), colour: '#6e5dc6', dashed: true,
          values: reports.map((report) => report.actionItems.share) },
      ],
    }),
  ];
}

/** Builds the page into {@code root} and loads it; every change of a filter reloads what depends on it. */
export async function mountIncidentsPage(root: HTMLElement, api: Api, options: PageOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const projects = [...new Set([...options.projects, ...(options.projectKey ? [options.projectKey] : [])])].sort();
  const projectSelect = select([['', AJS.I18n.getText('hindsight.ui.incidents.filter.allProjects')],
    ...projects.map((key): [string, string] => [key, key])], options.projectKey);
  const severitySelect = select([['', AJS.I18n.getText('hindsight.ui.incidents.filter.allSeverities')],
    ...SEVERITIES.map((severity): [string, string] => [severity, severity])], '');
  const periodSelect = select([
    ['week', AJS.I18n.getText('hindsight.ui.incidents.filter.week')],
    ['month', AJS.I18n.getText('hindsight.ui.incidents.filter.month')],
    ['quarter', AJS.I18n.getText('hindsight.ui.incidents.filter.quarter')],
  ], 'month');
  const filtersForm = el('form', { class: 'hs-filters', role: 'search',
    'aria-label': AJS.I18n.getText('hindsight.ui.incidents.filter.label') },
    field(AJS.I18n.getText('hindsight.ui.incidents.filter.project'), projectSelect, 'project'),
    field(AJS.I18n.getText('hindsight.ui.incidents.filter.severity'), severitySelect, 'severity'),
    field(AJS.I18n.getText('hindsight.ui.incidents.filter.period'), periodSelect, 'period'));
  projectSelect.id = 'hs-filter-project';
  severitySelect.id = 'hs-filter-severity';
  periodSelect.id = 'hs-filter-period';
  filtersForm.querySelectorAll('label').forEach((label, index) =>
    label.setAttribute('for', [projectSelect.id, severitySelect.id, periodSelect.id][index]));
  const status = statusLine('hs-incidents-status');
  const declare = button(AJS.I18n.getText('hindsight.ui.incidents.declare'),
    { class: 'hs-button hs-button--primary', 'data-testid': 'declare-incident' }, () => declareIncident());
  const lists = el('div', {});
  const figures = el('section', { id: 'hs-metrics', 'aria-labelledby': 'hs-metrics-title' });
  const trace = el('div', { id: 'hs-trace', class: 'hs-trace', 'aria-live': 'polite', hidden: true });
  root.replaceChildren(el('div', { class: 'hs-screen hs-incidents' },
    el('header', {}, el('h1', {}, AJS.I18n.getText('hindsight.ui.incidents.title')), declare),
    filtersForm, status, lists, figures));

  const filters = (): Filters => ({
    project: projectSelect.value, severity: severitySelect.value, period: periodSelect.value as PeriodKind,
  });

  function declareIncident(): void {
    const projectKey = projectSelect.value || options.projectKey;
    const event = new CustomEvent('hindsight:declare', { cancelable: true,
      detail: { projectKey, baseUrl: options.baseUrl } });
    if (!document.dispatchEvent(event)) return;
    // The declare bundle (hindsight-declare), when the host loaded it beside this one.
    const declare = (globalThis as { Hindsight_declare?: { openDeclareDialog?: (options: object) => unknown } }).Hindsight_declare;
    if (typeof declare?.openDeclareDialog === 'function') {
      declare.openDeclareDialog({ baseUrl: options.baseUrl, projectKey, projects,
        incidentUrl: (key: string) => options.links.incident + encodeURIComponent(key) });
      return;
    }
    if (options.declareUrl !== '') window.location.assign(options.declareUrl);
    else status.textContent = AJS.I18n.getText('hindsight.ui.incidents.declareUnavailable');
  }

  let traceParams: Params = {};
  let generation = 0;

  async function showTrace(figure: string, actionItems: boolean, trigger: HTMLButtonElement, cursor: string | null = null):
    Promise<void> {
    figures.querySelectorAll('[aria-controls="hs-trace"]').forEach((other) => other.setAttribute('aria-expanded', 'false'));
    trigger.setAttribute('aria-expanded', 'true');
    trace.hidden = false;
    if (cursor === null) {
      const card = trigger.closest('li')?.querySelector('h3')?.textContent ?? AJS.I18n.getText('hindsight.ui.incidents.trace.all');
      trace.replaceChildren(el('h3', { id: 'hs-trace-title' }, AJS.I18n.getText('hindsight.ui.incidents.trace.title', card,
        trigger.textContent ?? '')));
    }
    trace.querySelector('.hs-trace__more')?.remove();
    try {
      const page = await data.trace(api, figure, traceParams, cursor);
      let list = trace.querySelector('ul');
      if (!list) {
        list = el('ul', { 'aria-labelledby': 'hs-trace-title', 'data-testid': 'trace-keys' });
        trace.appendChild(list);
      }
      for (const key of page.keys) list.appendChild(el('li', {}, keyLink(options.links, key, actionItems)));
      if (page.keys.length === 0 && cursor === null) trace.appendChild(el('p', {}, AJS.I18n.getText('hindsight.ui.incidents.none')));
      if (page.next !== null) {
        const next = page.next;
        trace.appendChild(button(AJS.I18n.getText('hindsight.ui.incidents.trace.more'), { class: 'hs-button hs-trace__more' },
          () => void showTrace(figure, actionItems, trigger, next)));
      }
    } catch (error) {
      trace.appendChild(el('p', { role: 'alert' }, messageOf(error)));
    }
  }

  async function load(): Promise<void> {
    generation += 1;
    const mine = generation;
    const current = filters();
    const periods = periodsEndingToday(current.period, now());
    const range = rangeOf(periods);
    traceParams = metricsParams(current, range);
    status.textContent = AJS.I18n.getText('hindsight.ui.incidents.loading');
    try {
      const [open, due, ownerLoads, items, whole, ...perPeriod] = await Promise.all([
        data.openIncidents(api, current), data.postmortemsDue(api, current), data.owners(api, current),
        data.actionItems(api, current), data.metrics(api, metricsParams(current, range)),
        ...periods.map((period) => data.metrics(api, metricsParams(current, period))),
      ]);
      if (mine !== generation) return; // a newer filter choice is loading; its answer wins
      const bySeverity = (incident: data.OpenIncident) => current.severity === '' || incident.severity === current.severity;
      const links = exportLinks(options.baseUrl, current, range);
      lists.replaceChildren(
        openIncidentsSection(open.filter(bySeverity), options.links),
        postmortemsDueSection(due.filter(bySeverity), options.links, now()),
        actionItemsSection(ownerLoads, items.items, options.links,
          el('p', {}, exportLink(links[3].href, links[3].table))));
      trace.hidden = true;
      figures.replaceChildren(
        el('h2', { id: 'hs-metrics-title' }, AJS.I18n.getText('hindsight.ui.incidents.metrics.title',
          range.from.slice(0, 10), range.to.slice(0, 10))),
        figuresList(whole, (figure, actionItems, trigger) => void showTrace(figure, actionItems, trigger)),
        trace,
        el('h3', {}, AJS.I18n.getText('hindsight.ui.incidents.trends')),
        el('div', { class: 'hs-charts' }, ...trendCharts(periods, perPeriod)),
        el('h3', {}, AJS.I18n.getText('hindsight.ui.incidents.exports')),
        el('p', { class: 'hs-exports' }, ...links.slice(0, 3).map((link) => exportLink(link.href, link.table))));
      status.textContent = '';
    } catch (error) {
      if (mine === generation) status.textContent = messageOf(error);
    }
  }

  filtersForm.addEventListener('change', () => void load());
  filtersForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  await load();
}
