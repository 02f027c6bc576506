// Instants: stored and sent in UTC; people type and read their own local time.

/** "2026-11-02 14:32:05 UTC": incidents are discussed across time zones, so UTC is the shared clock. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The viewer's local rendering of an instant, for tooltips. */
export function formatLocal(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/**
 * The value of a datetime-local input ("2026-11-02T15:32" or with seconds), read in the viewer's time zone, as an
 * ISO instant in UTC; null when empty; undefined when it is not a valid local date-time.
 */
export function localInputToUtc(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  // new Date rolls 31 February over into March; a value that does not come back as typed is not a real date.
  if (date.getFullYear() !== Number(y) || date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) {
    return undefined;
  }
  return date.toISOString();
}

/** An instant as the value of a datetime-local input, in the viewer's time zone, to the minute. */
export function utcToLocalInput(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** "2h 05m", "4m 09s", "3d 02h": a span for countdowns, coarse when far, to the second when near. */
export function formatSpan(milliseconds: number): string {
  const total = Math.floor(Math.abs(milliseconds) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `${days}d ${pad(hours)}h`;
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  return `${minutes}m ${pad(seconds)}s`;
}
