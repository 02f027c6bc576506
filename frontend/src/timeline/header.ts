import { formatLocal, formatSpan, formatUtc } from '../platform/timeline-time';
import type { Deadline, Incident } from './api';
import { element } from './render';

export type DeadlineState = Deadline['status'];

/**
 * Where a deadline stands at `now`, by the same rule as the server: met or breached once met (late is breached),
 * otherwise on track until its due-soon instant, due soon until due, breached after. Computed here too, so that a
 * countdown turns due soon or breached on time without asking the server.
 */
export function deadlineState(deadline: Deadline, now: number): DeadlineState {
  if (deadline.metAt) return Date.parse(deadline.metAt) <= Date.parse(deadline.dueAt) ? 'met' : 'breached';
  if (now < Date.parse(deadline.dueSoonFrom)) return 'on-track';
  if (now < Date.parse(deadline.dueAt)) return 'due-soon';
  return 'breached';
}

/** "due in 12m 03s", "overdue by 1h 05m", "met at …": the clock's text at `now`. */
export function deadlineText(deadline: Deadline, now: number): string {
  if (deadline.metAt) return AJS.I18n.getText('hindsight.ui.timeline.deadline.metAt', formatUtc(deadline.metAt));
  const left = Date.parse(deadline.dueAt) - now;
  return left > 0
    ? AJS.I18n.getText('hindsight.ui.timeline.deadline.dueIn', formatSpan(left))
    : AJS.I18n.getText('hindsight.ui.timeline.deadline.overdueBy', formatSpan(left));
}

function stateLabel(state: DeadlineState): string {
  switch (state) {
    case 'on-track': return AJS.I18n.getText('hindsight.ui.timeline.deadline.onTrack');
    case 'due-soon': return AJS.I18n.getText('hindsight.ui.timeline.deadline.dueSoon');
    case 'met': return AJS.I18n.getText('hindsight.ui.timeline.deadline.met');
    default: return AJS.I18n.getText('hindsight.ui.timeline.deadline.breached');
  }
}

function instantLabel(code: string): string {
  switch (code) {
    case 'impact-started': return AJS.I18n.getText('hindsight.ui.timeline.instant.impactStarted');
    case 'detected': return AJS.I18n.getText('hindsight.ui.timeline.instant.detected');
    case 'acknowledged': return AJS.I18n.getText('hindsight.ui.timeline.instant.acknowledged');
    case 'mitigated': return AJS.I18n.getText('hindsight.ui.timeline.instant.mitigated');
    case 'resolved': return AJS.I18n.getText('hindsight.ui.timeline.instant.resolved');
    default: return code;
  }
}

export interface HeaderActions {
  nameOf(userKey: string): string;
  onTransition(transition: { transition: string; label: string }): void;
  onChangeSeverity(): void;
}

/** The incident at a glance: severity, status, commander, lifecycle actions, key instants and live deadline clocks. */
export class IncidentHeader {
  readonly element: HTMLElement;
  private clocks: Array<{ deadline: Deadline; lozenge: HTMLElement; text: HTMLElement }> = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly actions: HeaderActions, private readonly now: () => number = Date.now) {
    this.element = element('section', 'hindsight-header');
    this.element.dataset.testid = 'incident-header';
    this.element.setAttribute('aria-label', AJS.I18n.getText('hindsight.ui.timeline.header'));
  }

  show(incident: Incident): void {
    const facts = element('div', 'hindsight-header__facts');
    const severity = element('span', `hindsight-lozenge hindsight-lozenge--${incident.severity.toLowerCase()}`, incident.severity);
    severity.title = incident.severityLabel;
    severity.dataset.testid = 'incident-severity';
    const status = element('span', 'hindsight-lozenge hindsight-lozenge--status', incident.statusLabel);
    status.dataset.testid = 'incident-status';
    status.dataset.status = incident.status;
    facts.append(severity, status);
    if (incident.commander) {
      facts.appendChild(element('span', 'hindsight-header__commander',
        AJS.I18n.getText('hindsight.ui.timeline.commander', this.actions.nameOf(incident.commander))));
    }

    const buttons = element('div', 'hindsight-header__actions');
    for (const transition of incident.availableTransitions) {
      const action = element('button', 'hindsight-button', transition.label) as HTMLButtonElement;
      action.type = 'button';
      action.dataset.testid = `transition-${transition.transition}`;
      action.addEventListener('click', () => this.actions.onTransition(transition));
      buttons.appendChild(action);
    }
    if (incident.status !== 'closed' && incident.status !== 'cancelled') {
      const severityButton = element('button', 'hindsight-button', AJS.I18n.getText('hindsight.ui.timeline.changeSeverity')) as HTMLButtonElement;
      severityButton.type = 'button';
      severityButton.dataset.testid = 'change-severity';
      severityButton.addEventListener('click', () => this.actions.onChangeSeverity());
      buttons.appendChild(severityButton);
    }

    const instants = element('dl', 'hindsight-header__instants');
    instants.dataset.testid = 'key-instants';
    for (const [code, instant] of Object.entries(incident.keyInstants)) {
      instants.appendChild(element('dt', '', instantLabel(code)));
      const value = element('dd', '');
      if (instant) {
        const time = element('time', '', formatUtc(instant.at));
        time.setAttribute('datetime', instant.at);
        time.title = AJS.I18n.getText('hindsight.ui.timeline.localTime', formatLocal(instant.at));
        value.appendChild(time);
      } else {
        value.textContent = AJS.I18n.getText('hindsight.ui.timeline.instant.notYet');
      }
      instants.appendChild(value);
    }

    const deadlines = element('ul', 'hindsight-header__deadlines');
    deadlines.dataset.testid = 'deadlines';
    this.clocks = incident.deadlines.map((deadline) => {
      const row = element('li', 'hindsight-deadline');
      row.dataset.clock = deadline.clock;
      const lozenge = element('span', 'hindsight-lozenge');
      const label = element('span', 'hindsight-deadline__label', deadline.label);
      const text = element('time', 'hindsight-deadline__text');
      text.setAttribute('datetime', deadline.dueAt);
      text.title = AJS.I18n.getText('hindsight.ui.timeline.dueAt', formatUtc(deadline.dueAt), formatLocal(deadline.dueAt));
      row.append(lozenge, label, text);
      deadlines.appendChild(row);
      return { deadline, lozenge, text };
    });
    if (incident.deadlines.length === 0) {
      deadlines.appendChild(element('li', 'hindsight-deadline', AJS.I18n.getText('hindsight.ui.timeline.noDeadlines')));
    }

    this.element.replaceChildren(facts, buttons, instants, deadlines);
    this.tick();
    if (this.timer === null && this.clocks.some(({ deadline }) => !deadline.metAt)) {
      this.timer = setInterval(() => this.tick(), 1000);
    }
  }

  /** Updates the countdowns and their lozenges for the current time. */
  tick(): void {
    const now = this.now();
    for (const { deadline, lozenge, text } of this.clocks) {
      const state = deadlineState(deadline, now);
      lozenge.className = `hindsight-lozenge hindsight-lozenge--${state}`;
      lozenge.textContent = stateLabel(state);
      text.textContent = deadlineText(deadline, now);
    }
  }

  dispose(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
