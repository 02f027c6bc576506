// How each timeline kind looks: a group (its colour and symbol) and a label people read.

export type KindGroup = 'alert' | 'page' | 'change' | 'human' | 'lifecycle' | 'deadline' | 'other';

const GROUPS: Record<string, KindGroup> = {
  'alert-firing': 'alert',
  'alert-resolved': 'alert',
  'page-triggered': 'page',
  'page-acknowledged': 'page',
  'page-escalated': 'page',
  'page-resolved': 'page',
  'deploy-started': 'change',
  'deploy-finished': 'change',
  rollback: 'change',
  'feature-flag-changed': 'change',
  'config-changed': 'change',
  note: 'human',
  decision: 'human',
  comment: 'human',
  'status-page-update': 'human',
  'failed-attempt': 'human',
  declared: 'lifecycle',
  'severity-changed': 'lifecycle',
  'status-changed': 'lifecycle',
  'commander-changed': 'lifecycle',
  'assignee-changed': 'lifecycle',
  'key-instant': 'lifecycle',
  'postmortem-recorded': 'lifecycle',
  'follow-up-linked': 'lifecycle',
  'personal-data-breach-flagged': 'deadline',
  'deadline-met': 'deadline',
  'deadline-breached': 'deadline',
};

/** A symbol per group, decorative only: the accessible name is the kind's label. */
const SYMBOLS: Record<KindGroup, string> = {
  alert: '\u26A0',
  page: '\u260E',
  change: '\u21E7',
  human: '\u270E',
  lifecycle: '\u2691',
  deadline: '\u23F1',
  other: '\u2022',
};

export function kindGroup(kind: string): KindGroup {
  return GROUPS[kind] ?? 'other';
}

/** The kinds a person may add by hand from the timeline screen (the server accepts any kind). */
export const HUMAN_KINDS = ['note', 'decision', 'failed-attempt', 'status-page-update'];

/** An icon with the kind's label as its accessible name. */
export function kindIcon(kind: string): HTMLElement {
  const group = kindGroup(kind);
  const icon = document.createElement('span');
  icon.className = `hindsight-kind hindsight-kind--${group}`;
  icon.setAttribute('role', 'img');
  icon.setAttribute('aria-label', kindLabel(kind));
  icon.title = kindLabel(kind);
  icon.textContent = SYMBOLS[group];
  return icon;
}

// One literal call per key: the hosts' i18n transformer only replaces literal keys.
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'declared': return AJS.I18n.getText('hindsight.ui.timeline.kind.declared');
    case 'severity-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.severityChanged');
    case 'status-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.statusChanged');
    case 'commander-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.commanderChanged');
    case 'assignee-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.assigneeChanged');
    case 'comment': return AJS.I18n.getText('hindsight.ui.timeline.kind.comment');
    case 'alert-firing': return AJS.I18n.getText('hindsight.ui.timeline.kind.alertFiring');
    case 'alert-resolved': return AJS.I18n.getText('hindsight.ui.timeline.kind.alertResolved');
    case 'page-triggered': return AJS.I18n.getText('hindsight.ui.timeline.kind.pageTriggered');
    case 'page-acknowledged': return AJS.I18n.getText('hindsight.ui.timeline.kind.pageAcknowledged');
    case 'page-escalated': return AJS.I18n.getText('hindsight.ui.timeline.kind.pageEscalated');
    case 'page-resolved': return AJS.I18n.getText('hindsight.ui.timeline.kind.pageResolved');
    case 'deploy-started': return AJS.I18n.getText('hindsight.ui.timeline.kind.deployStarted');
    case 'deploy-finished': return AJS.I18n.getText('hindsight.ui.timeline.kind.deployFinished');
    case 'rollback': return AJS.I18n.getText('hindsight.ui.timeline.kind.rollback');
    case 'feature-flag-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.featureFlagChanged');
    case 'config-changed': return AJS.I18n.getText('hindsight.ui.timeline.kind.configChanged');
    case 'note': return AJS.I18n.getText('hindsight.ui.timeline.kind.note');
    case 'decision': return AJS.I18n.getText('hindsight.ui.timeline.kind.decision');
    case 'status-page-update': return AJS.I18n.getText('hindsight.ui.timeline.kind.statusPageUpdate');
    case 'failed-attempt': return AJS.I18n.getText('hindsight.ui.timeline.kind.failedAttempt');
    case 'follow-up-linked': return AJS.I18n.getText('hindsight.ui.timeline.kind.followUpLinked');
    case 'key-instant': return AJS.I18n.getText('hindsight.ui.timeline.kind.keyInstant');
    case 'postmortem-recorded': return AJS.I18n.getText('hindsight.ui.timeline.kind.postmortemRecorded');
    case 'deadline-met': return AJS.I18n.getText('hindsight.ui.timeline.kind.deadlineMet');
    case 'deadline-breached': return AJS.I18n.getText('hindsight.ui.timeline.kind.deadlineBreached');
    case 'personal-data-breach-flagged': return AJS.I18n.getText('hindsight.ui.timeline.kind.personalDataBreachFlagged');
    default: return kind;
  }
}
