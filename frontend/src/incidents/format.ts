// Numbers as the Incidents page shows them. Durations come from the server in milliseconds.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration for people: minutes up to two hours, hours up to two days, then days. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return AJS.I18n.getText('hindsight.ui.incidents.na');
  if (ms < 2 * HOUR) return AJS.I18n.getText('hindsight.ui.incidents.minutes', Math.round(ms / MINUTE));
  if (ms < 2 * DAY) return AJS.I18n.getText('hindsight.ui.incidents.hours', (ms / HOUR).toFixed(1));
  return AJS.I18n.getText('hindsight.ui.incidents.days', (ms / DAY).toFixed(1));
}

/** A share (0..1) as a whole percentage. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return AJS.I18n.getText('hindsight.ui.incidents.na');
  return AJS.I18n.getText('hindsight.ui.incidents.percent', Math.round(share * 100));
}

/** Hours, the unit of the MTTx charts' scale. */
export function msToHours(ms: number | null): number | null {
  return ms === null ? null : ms / HOUR;
}

export function formatHours(hours: number): string {
  return formatDuration(hours * HOUR);
}
