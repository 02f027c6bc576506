/**
 * The post-mortem screen of the embedded host (/postmortems/{KEY}): the generated page's preview with its
 * blame-in-disguise findings marked in place and listed with their reasons and suggested wording, an editor for
 * the page body, Generate, the Draft -> In review -> Published status, Create follow-up issues with a per-row report,
 * and the follow-ups with owner, due date and status, each of which can be marked done or reopened.
 *
 * MOUNT CONTRACT: <div data-hindsight-postmortem data-base-url="<context path>" data-incident-key="OPS-1"
 * data-incident-url="<incident page>"></div>. The host renders the page's preview (escaped, allow-listed) as
 * <article id="hs-postmortem-preview"> anywhere on the page; the bundle moves it into its layout and only marks
 * text in it.
 */
import '../platform/screens.css';
import './postmortem.css';
import { createApi, type Api } from '../platform/screens-api';
import { mountPostmortemScreen } from './screen';

export function mountPostmortem(root: HTMLElement, api: Api = createApi(root.dataset.baseUrl ?? '')): Promise<void> {
  return mountPostmortemScreen(root, api, {
    incidentKey: root.dataset.incidentKey ?? '',
    incidentUrl: root.dataset.incidentUrl ?? '',
    preview: document.getElementById('hs-postmortem-preview'),
    reload: () => window.location.reload(),
    storage: window.sessionStorage,
  });
}

if (typeof document !== 'undefined') {
  document.querySelectorAll<HTMLElement>('[data-hindsight-postmortem]').forEach((root) => void mountPostmortem(root));
}
