/**
 * The administration screens: severity policy and business calendar, webhook sources and their secrets (shown once),
 * routing rules, the projects Hindsight is on for, and rejected deliveries. For administrators; the REST API refuses
 * anyone else.
 *
 * MOUNT CONTRACT: <div data-hindsight-admin data-base-url="<host base URL>" data-projects-source="jira|host"
 * data-projects="OPS,SEC"></div>. With "jira" (the default) the projects come from GET /admin/projects and can be
 * turned on and off; with "host" (the embedded host) data-projects is shown read-only.
 */
import '../platform/screens.css';
import './admin.css';
import { createApi, messageOf, type Api } from '../platform/screens-api';
import { el } from '../platform/screens-dom';
import { renderPolicyForm, type Policy } from './policy';
import { renderProjects } from './projects';
import { renderRejections } from './rejections';
import { renderSources } from './sources';

export async function mountAdmin(root: HTMLElement, api: Api = createApi(root.dataset.baseUrl ?? '')): Promise<void> {
  const status = el('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'admin-status' });
  const policy = el('section', { id: 'hs-admin-policy' });
  const sources = el('section', { id: 'hs-admin-sources', 'aria-labelledby': 'hs-sources-title' });
  const projects = el('section', { id: 'hs-admin-projects' });
  const rejections = el('section', { id: 'hs-admin-rejections' });
  const sections: Array<[string, string]> = [
    ['hs-admin-policy', AJS.I18n.getText('hindsight.ui.admin.policy.title')],
    ['hs-admin-sources', AJS.I18n.getText('hindsight.ui.admin.sources.title')],
    ['hs-admin-projects', AJS.I18n.getText('hindsight.ui.admin.projects.title')],
    ['hs-admin-rejections', AJS.I18n.getText('hindsight.ui.admin.rejections.title')],
  ];
  root.replaceChildren(el('div', { class: 'hs-screen hs-admin' },
    el('h1', {}, AJS.I18n.getText('hindsight.ui.admin.title')),
    el('nav', { 'aria-label': AJS.I18n.getText('hindsight.ui.admin.sections') },
      el('ul', { class: 'hs-admin__toc' }, ...sections.map(([id, text]) => el('li', {}, el('a', { href: `#${id}` }, text))))),
    status, policy, sources, projects, rejections));
  const hostProjects = (root.dataset.projects ?? '').split(',').map((key) => key.trim()).filter((key) => key !== '');
  await Promise.all([
    api.get<Policy>('/admin/severity-policy')
      .then((current) => policy.replaceChildren(renderPolicyForm(api, current, status)))
      .catch((error: unknown) => policy.replaceChildren(el('p', { role: 'alert' }, messageOf(error)))),
    renderSources(api, sources),
    renderProjects(api, projects, root.dataset.projectsSource === 'host' ? 'host' : 'jira', hostProjects),
    renderRejections(api, rejections),
  ]);
}

if (typeof document !== 'undefined') {
  document.querySelectorAll<HTMLElement>('[data-hindsight-admin]').forEach((root) => void mountAdmin(root));
}
