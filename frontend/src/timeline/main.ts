/**
 * The incident timeline (bundle hindsight-timeline): the Jira issue-view panel's content and the embedded host's
 * incident page. It mounts into every element marked `data-hindsight-timeline`, reading `data-incident-key` and,
 * when the page gives one, `data-base-url` (the host's context path; in Jira AJS.contextPath() is used).
 *
 * Exported API (global `Hindsight_timeline` in the classic-script bundle):
 * - `mountTimeline(root, fetch?)`: the live screen for `root.dataset.incidentKey`; resolves once loaded.
 * - `renderTimeline(root, entries, people?)`: renders given entries only (no requests, no actions), synchronously;
 *   answers the screen. For benchmarks of first render and scrolling: `screen.list.viewport` is the scroller.
 */
import { contextPathOf, type Fetch } from '../platform/timeline-http';
import type { TimelineEvent } from './api';
import { TimelineScreen } from './screen';
import './timeline.css';

export { TimelineScreen };

export async function mountTimeline(root: HTMLElement, fetchImpl: Fetch = fetch, pollIntervalMs?: number): Promise<TimelineScreen> {
  const screen = new TimelineScreen(root, {
    baseUrl: contextPathOf(root),
    incidentKey: root.dataset.incidentKey ?? '',
    // Bound, because a bare window.fetch called as a method of another object throws "Illegal invocation".
    fetchImpl: fetchImpl === fetch ? fetch.bind(window) : fetchImpl,
    connected: true,
    pollIntervalMs,
  });
  await screen.load();
  return screen;
}

export function renderTimeline(root: HTMLElement, entries: readonly TimelineEvent[],
  people: Record<string, string> = {}): TimelineScreen {
  const screen = new TimelineScreen(root, { baseUrl: '', incidentKey: '', fetchImpl: fetch, connected: false });
  screen.show(entries, people);
  return screen;
}

if (typeof document !== 'undefined') {
  const mountAll = () => document.querySelectorAll<HTMLElement>('[data-hindsight-timeline]')
    .forEach((root) => void mountTimeline(root));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
}
