import type { TimelineEvent } from './api';

/** What the reader chose to see; empty kind or source means all. */
export interface EntryFilter {
  kind: string;
  source: string;
  showHidden: boolean;
}

export const NO_FILTER: EntryFilter = { kind: '', source: '', showHidden: false };

/**
 * The entries loaded so far, newest first by (occurred-at, id) as the server orders them. Merging by id keeps one
 * copy of each entry, and a newer copy (one hidden since) replaces the older.
 */
export class LoadedEntries {
  private byId = new Map<number, TimelineEvent>();
  private sorted: TimelineEvent[] = [];

  get all(): readonly TimelineEvent[] {
    return this.sorted;
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  get(id: number): TimelineEvent | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces entries; answers how many were new. */
  merge(events: readonly TimelineEvent[]): number {
    let added = 0;
    for (const event of events) {
      if (!this.byId.has(event.id)) added++;
      this.byId.set(event.id, event);
    }
    this.sorted = [...this.byId.values()].sort(newestFirst);
    return added;
  }

  replace(event: TimelineEvent): void {
    this.merge([event]);
  }

  /** The distinct values of a field among the loaded entries, sorted, for the filter choices. */
  distinct(field: 'kind' | 'source'): string[] {
    return [...new Set(this.sorted.map((event) => event[field]))].sort();
  }
}

export function newestFirst(a: TimelineEvent, b: TimelineEvent): number {
  // ISO-8601 UTC strings of one format sort as text; the server always sends milliseconds.
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  return b.id - a.id;
}

export function applyFilter(events: readonly TimelineEvent[], filter: EntryFilter): TimelineEvent[] {
  return events.filter((event) => (filter.showHidden || event.hidden === null)
    && (filter.kind === '' || event.kind === filter.kind)
    && (filter.source === '' || event.source === filter.source));
}
