/**
 * The Incidents page: open incidents by severity, post-mortems due, action items by owner (overdue first), the
 * MTTx / completion / closure figures with the incidents behind each, their trends as charts with data tables, CSV
 * exports, and a "Declare incident" button.
 *
 * MOUNT CONTRACT. The bundle mounts into every element carrying `data-hindsight-incidents` when it loads:
 *
 *   <div data-hindsight-incidents
 *        data-base-url="https://jira.example.com"      the host's base URL (context path included), no trailing slash
 *        data-project-key="OPS"                        optional: the project the filter starts on ('' = all visible)
 *        data-projects="OPS,SEC"                       optional: the project keys offered in the filter
 *        data-incident-url="https://.../browse/"       optional: prefix of an incident's page (default <base>/browse/)
 *        data-action-item-url="https://.../browse/"    optional: prefix of an action item's page (default: as incidents;
 *                                                      empty: keys shown as text)
 *        data-declare-url="https://..."                optional: where "Declare incident" goes when no dialog answers
 *   ></div>
 *
 * DECLARE. The button dispatches a cancelable CustomEvent 'hindsight:declare' on document with detail
 * {projectKey, baseUrl}; a handler that opens a dialog calls event.preventDefault(). When none does, the declare
 * bundle's dialog opens if the host loaded it too (web-resource hindsight-declare-dialog, global
 * Hindsight_declare.openDeclareDialog); otherwise the browser goes to data-declare-url (or, without one, the page
 * says the dialog is not available). Hosts should load hindsight-declare-dialog with hindsight-incidents-page.
 */
import '../platform/screens.css';
import './incidents.css';
import { createApi, type Api } from '../platform/screens-api';
import { mountIncidentsPage } from './page';

export const DECLARE_EVENT = 'hindsight:declare';

export interface DeclareDetail {
  projectKey: string;
  baseUrl: string;
}

/** Mounts the page into {@code root}; answers when the first load has finished. */
export function mountIncidents(root: HTMLElement, api: Api = createApi(root.dataset.baseUrl ?? '')): Promise<void> {
  const baseUrl = root.dataset.baseUrl ?? '';
  const incidentPrefix = root.dataset.incidentUrl ?? `${baseUrl}/browse/`;
  return mountIncidentsPage(root, api, {
    projectKey: root.dataset.projectKey ?? '',
    projects: (root.dataset.projects ?? '').split(',').map((key) => key.trim()).filter((key) => key !== ''),
    links: { incident: incidentPrefix, actionItem: root.dataset.actionItemUrl ?? incidentPrefix },
    declareUrl: root.dataset.declareUrl ?? '',
    baseUrl,
  });
}

if (typeof document !== 'undefined') {
  document.querySelectorAll<HTMLElement>('[data-hindsight-incidents]').forEach((root) => void mountIncidents(root));
}
