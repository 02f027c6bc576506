import { messageOf, type Api } from '../platform/screens-api';
import { button, el, lozenge } from '../platform/screens-dom';

/** A project Hindsight is on or off for, as Jira's GET /admin/projects answers it. */
export interface EnabledProject {
  projectKey: string;
  projectName: string;
  enabled: boolean;
  recordComments: boolean;
  workflowMapped: boolean;
  changes: string[];
}

/**
 * Jira: the projects Hindsight is on for, each with a button to turn it off, and a field to turn it on for another.
 * The embedded host has no project administration: it lists its projects read-only.
 */
export async function renderProjects(api: Api, container: HTMLElement, source: 'jira' | 'host', hostProjects: string[]):
  Promise<void> {
  const title = el('h2', {}, AJS.I18n.getText('hindsight.ui.admin.projects.title'));
  if (source === 'host') {
    container.replaceChildren(title, el('p', {}, AJS.I18n.getText('hindsight.ui.admin.projects.host')),
      el('ul', { 'data-testid': 'host-projects' }, ...hostProjects.map((key) => el('li', {}, key))));
    return;
  }
  const status = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite' });
  const list = el('div', {});
  const refresh = async () => {
    try {
      const projects = await api.get<EnabledProject[]>('/admin/projects');
      list.replaceChildren(projects.length === 0 ? el('p', {}, AJS.I18n.getText('hindsight.ui.admin.projects.none'))
        : el('ul', {}, ...projects.map((project) => el('li', {}, `${project.projectKey} ${project.projectName} `,
          lozenge(project.enabled ? AJS.I18n.getText('hindsight.ui.admin.projects.on') : AJS.I18n.getText('hindsight.ui.admin.projects.off'),
            project.enabled ? 'success' : 'default'), ' ',
          button(AJS.I18n.getText('hindsight.ui.admin.projects.turnOff', project.projectKey), {}, async () => {
            try {
              await api.send('DELETE', `/admin/projects/${encodeURIComponent(project.projectKey)}`);
              await refresh();
            } catch (error) {
              status.textContent = messageOf(error);
            }
          })))));
    } catch (error) {
      status.textContent = messageOf(error);
    }
  };
  const key = el('input', { type: 'text', id: 'hs-project-enable' });
  const form = el('form', { class: 'hs-filters' },
    el('div', { class: 'hs-field' }, el('label', { for: key.id }, AJS.I18n.getText('hindsight.ui.admin.projects.key')), key),
    el('button', { type: 'submit', class: 'hs-button' }, AJS.I18n.getText('hindsight.ui.admin.projects.turnOn')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const project = await api.send<EnabledProject>('POST', `/admin/projects/${encodeURIComponent(key.value.trim())}`, {});
      status.textContent = project.changes.join(' ');
      await refresh();
    } catch (error) {
      status.textContent = messageOf(error);
      key.focus();
    }
  });
  container.replaceChildren(title, status, list, form);
  await refresh();
}
