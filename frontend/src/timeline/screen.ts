import { messageOf, type Fetch } from '../platform/timeline-http';
import { field } from '../platform/timeline-forms';
import { formatLocal, formatUtc } from '../platform/timeline-time';
import {
  appendEntry, changeSeverity, fetchPins, fetchTimelinePage, hideEntry, incidentIfChanged, newestPageIfChanged, pinEntry,
  transitionIncident, unpinEntry, type Incident, type PinnedEntry, type TimelineEvent, type TimelinePage,
} from './api';
import { applyFilter, LoadedEntries, type EntryFilter } from './entries';
import { IncidentHeader } from './header';
import { openReasonDialog } from './dialogs';
import { kindLabel } from './kinds';
import { NoteForm } from './note-form';
import { LivePoller, type PollOutcome } from './poller';
import { element, renderEntry } from './render';
import { VirtualList } from './virtual-list';

/** Fixed row height in px: three lines of text; CSS keeps each line to one line. */
export const ROW_HEIGHT = 76;
const OVERSCAN = 8;
const PAGE_SIZE = 100;
/** How far back a poll follows the cursor to close a gap before reloading the newest page only. */
const MAX_CATCH_UP_PAGES = 10;

export interface ScreenOptions {
  baseUrl: string;
  incidentKey: string;
  fetchImpl: Fetch;
  /** Without it the screen only shows what it is given: no header, no actions, no polling (renderTimeline). */
  connected: boolean;
  pollIntervalMs?: number;
}

/**
 * The incident timeline screen: header with key instants and deadline clocks, key moments, filters, the add-note
 * form, and a virtualised list of every loaded entry, newest first, kept live by ETag polling.
 */
export class TimelineScreen {
  readonly root: HTMLElement;
  readonly list: VirtualList<TimelineEvent>;
  readonly entries = new LoadedEntries();
  private readonly header: IncidentHeader;
  private readonly status: HTMLElement;
  private readonly keyMoments: HTMLElement;
  private readonly kindFilter: HTMLSelectElement;
  private readonly sourceFilter: HTMLSelectElement;
  private readonly showHidden: HTMLInputElement;
  private readonly older: HTMLButtonElement;
  private readonly count: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly noteForm: NoteForm | null;
  private filter: EntryFilter = { kind: '', source: '', showHidden: false };
  private pins = new Map<number, PinnedEntry>();
  private people = new Map<string, string>();
  private olderCursor: string | null = null;
  private timelineTag: string | null = null;
  private incidentTag: string | null = null;
  private incident: Incident | null = null;
  readonly poller: LivePoller | null;

  constructor(root: HTMLElement, private readonly options: ScreenOptions) {
    this.root = root;
    root.replaceChildren();
    root.classList.add('hindsight-timeline-screen');
    const nameOf = (key: string) => this.people.get(key) ?? key;
    this.header = new IncidentHeader({
      nameOf,
      onTransition: (transition) => this.askTransition(transition),
      onChangeSeverity: () => this.askSeverity(),
    });

    this.status = element('p', 'hindsight-timeline__status');
    this.status.setAttribute('role', 'status');
    this.status.dataset.testid = 'timeline-status';

    this.keyMoments = element('section', 'hindsight-key-moments');
    this.keyMoments.dataset.testid = 'key-moments';
    this.keyMoments.hidden = true;

    const toolbar = element('div', 'hindsight-toolbar');
    this.kindFilter = document.createElement('select');
    this.sourceFilter = document.createElement('select');
    const kindField = field(AJS.I18n.getText('hindsight.ui.timeline.filter.kind'), this.kindFilter, 'kind-filter');
    const sourceField = field(AJS.I18n.getText('hindsight.ui.timeline.filter.source'), this.sourceFilter, 'source-filter');
    this.kindFilter.dataset.testid = 'kind-filter';
    this.sourceFilter.dataset.testid = 'source-filter';
    this.kindFilter.addEventListener('change', () => this.setFilter({ kind: this.kindFilter.value }));
    this.sourceFilter.addEventListener('change', () => this.setFilter({ source: this.sourceFilter.value }));
    const hiddenLabel = document.createElement('label');
    hiddenLabel.className = 'hindsight-toolbar__check';
    this.showHidden = document.createElement('input');
    this.showHidden.type = 'checkbox';
    this.showHidden.dataset.testid = 'show-hidden';
    this.showHidden.addEventListener('change', () => this.setFilter({ showHidden: this.showHidden.checked }));
    hiddenLabel.append(this.showHidden, document.createTextNode(` ${AJS.I18n.getText('hindsight.ui.timeline.showHidden')}`));
    toolbar.append(kindField.wrapper, sourceField.wrapper, hiddenLabel);

    this.noteForm = options.connected ? new NoteForm(
      (note) => appendEntry(options.baseUrl, options.incidentKey, note, options.fetchImpl),
      (added) => {
        this.entries.merge([added]);
        // The reader's own entry is the one they want to see, whatever they had scrolled to.
        this.list.viewport.scrollTop = 0;
        this.refreshList();
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.note.added'));
        void this.poller?.pollNow();
      }) : null;
    let noteToggle: HTMLButtonElement | null = null;
    if (this.noteForm) {
      const form = this.noteForm;
      form.element.hidden = true;
      form.element.id = `hindsight-note-form-${options.incidentKey}`;
      noteToggle = document.createElement('button');
      noteToggle.type = 'button';
      noteToggle.className = 'hindsight-button';
      noteToggle.dataset.testid = 'add-note';
      noteToggle.textContent = AJS.I18n.getText('hindsight.ui.timeline.note.open');
      noteToggle.setAttribute('aria-expanded', 'false');
      noteToggle.setAttribute('aria-controls', form.element.id);
      noteToggle.addEventListener('click', () => {
        form.element.hidden = !form.element.hidden;
        noteToggle?.setAttribute('aria-expanded', String(!form.element.hidden));
        if (!form.element.hidden) form.focus();
      });
      toolbar.appendChild(noteToggle);
    }

    this.list = new VirtualList<TimelineEvent>({
      rowHeight: ROW_HEIGHT,
      overscan: OVERSCAN,
      label: AJS.I18n.getText('hindsight.ui.timeline.listLabel'),
      key: (event) => String(event.id),
      render: (event) => renderEntry(event, {
        isPinned: (id) => this.pins.has(id),
        nameOf,
        onPin: options.connected ? (entry, pinned) => void this.togglePin(entry, pinned) : undefined,
        onHide: options.connected ? (entry) => this.askHide(entry) : undefined,
      }),
      activate: (event) => this.showDetail(event),
    });
    this.list.viewport.dataset.testid = 'timeline-list';

    const footer = element('div', 'hindsight-timeline__footer');
    this.count = element('span', 'hindsight-timeline__count');
    this.older = document.createElement('button');
    this.older.type = 'button';
    this.older.className = 'hindsight-button';
    this.older.dataset.testid = 'load-older';
    this.older.textContent = AJS.I18n.getText('hindsight.ui.timeline.older');
    this.older.hidden = true;
    this.older.addEventListener('click', () => void this.loadOlder());
    footer.append(this.count, this.older);

    this.detail = element('section', 'hindsight-entry-detail');
    this.detail.dataset.testid = 'entry-detail';
    this.detail.setAttribute('aria-live', 'polite');
    this.detail.hidden = true;

    if (options.connected) root.appendChild(this.header.element);
    root.append(this.keyMoments, toolbar);
    if (this.noteForm) root.appendChild(this.noteForm.element);
    root.append(this.status, this.list.viewport, footer, this.detail);

    this.poller = options.connected ? new LivePoller(() => this.poll(), {
      intervalMs: options.pollIntervalMs,
      isLive: () => this.incident === null || (this.incident.status !== 'closed' && this.incident.status !== 'cancelled'),
      onError: (error, retryInMs) => this.announce(AJS.I18n.getText('hindsight.ui.timeline.pollFailed',
        messageOf(error), Math.round(retryInMs / 1000))),
    }) : null;
  }

  /** Shows these entries (any order) as the whole timeline: for renderTimeline and benchmarks. */
  show(events: readonly TimelineEvent[], people: Record<string, string> = {}): void {
    Object.entries(people).forEach(([key, name]) => this.people.set(key, name));
    this.entries.merge(events);
    this.refreshList();
  }

  /** Loads the incident, its pins and the newest page, then starts polling. */
  async load(): Promise<void> {
    this.announce(AJS.I18n.getText('hindsight.ui.timeline.loading'));
    try {
      await Promise.all([this.refreshIncident(), this.refreshPins(), this.loadNewest()]);
      this.announce(this.entries.all.length === 0 ? AJS.I18n.getText('hindsight.ui.timeline.empty') : '');
      this.poller?.start();
    } catch (error) {
      this.announce(messageOf(error));
    }
  }

  dispose(): void {
    this.poller?.stop();
    this.header.dispose();
  }

  private async loadNewest(): Promise<void> {
    const answer = await newestPageIfChanged(this.options.baseUrl, this.options.incidentKey, PAGE_SIZE, null, this.options.fetchImpl);
    if (!answer.changed) return;
    this.timelineTag = answer.etag;
    this.take(answer.body);
    this.olderCursor = answer.body.next;
    this.refreshList();
  }

  /** One poll: a 304 costs nothing; new entries are merged above, following the cursor to close any gap. */
  async poll(): Promise<PollOutcome> {
    const { baseUrl, incidentKey, fetchImpl } = this.options;
    const answer = await newestPageIfChanged(baseUrl, incidentKey, PAGE_SIZE, this.timelineTag, fetchImpl);
    if (!answer.changed) return 'unchanged';
    let page = answer.body;
    let added = this.take(page);
    for (let pages = 1; page.next && page.events.length > 0 && page.events.every((event) => added.has(event.id))
      && pages < MAX_CATCH_UP_PAGES; pages++) {
      page = await fetchTimelinePage(baseUrl, incidentKey, { order: 'newest', cursor: page.next, limit: PAGE_SIZE, includeHidden: true }, fetchImpl);
      added = this.take(page);
    }
    this.timelineTag = answer.etag;
    // Every change to the incident writes an entry, so its header and pins are refreshed only when the timeline moved.
    await Promise.all([this.refreshIncident(), this.refreshPins()]);
    this.refreshList(true);
    return 'changed';
  }

  private take(page: TimelinePage & { people?: Record<string, string> }): Set<number> {
    Object.entries(page.people ?? {}).forEach(([key, name]) => this.people.set(key, name));
    const fresh = new Set(page.events.filter((event) => !this.entries.has(event.id)).map((event) => event.id));
    this.entries.merge(page.events);
    return fresh;
  }

  private async loadOlder(): Promise<void> {
    if (!this.olderCursor) return;
    this.older.disabled = true;
    try {
      const page = await fetchTimelinePage(this.options.baseUrl, this.options.incidentKey,
        { order: 'newest', cursor: this.olderCursor, limit: PAGE_SIZE, includeHidden: true }, this.options.fetchImpl);
      this.take(page);
      this.olderCursor = page.next;
      this.refreshList(true);
      this.announce(AJS.I18n.getText('hindsight.ui.timeline.olderLoaded', page.events.length));
    } catch (error) {
      this.announce(messageOf(error));
    } finally {
      this.older.disabled = false;
    }
  }

  private async refreshIncident(): Promise<void> {
    const answer = await incidentIfChanged(this.options.baseUrl, this.options.incidentKey, this.incidentTag, this.options.fetchImpl);
    if (!answer.changed) return;
    this.incidentTag = answer.etag;
    this.showIncident(answer.body);
  }

  private showIncident(incident: Incident): void {
    this.incident = incident;
    this.header.show(incident);
    // In Jira the panel's server-rendered facts are the fallback without script; the live header replaces them.
    this.root.closest('.hindsight-incident-panel')?.classList.add('hindsight-incident-panel--live');
  }

  private async refreshPins(): Promise<void> {
    const pinned = await fetchPins(this.options.baseUrl, this.options.incidentKey, this.options.fetchImpl);
    this.showPins(pinned);
  }

  private showPins(pinned: PinnedEntry[]): void {
    this.pins = new Map(pinned.map((pin) => [pin.entry.id, pin]));
    const heading = element('h3', 'hindsight-key-moments__title', AJS.I18n.getText('hindsight.ui.timeline.keyMoments'));
    const list = element('ol', 'hindsight-key-moments__list');
    for (const pin of pinned) {
      if (pin.entry.hidden && !this.filter.showHidden) continue;
      const item = element('li', pin.entry.hidden ? 'hindsight-key-moment hindsight-entry--hidden' : 'hindsight-key-moment');
      const time = element('time', 'hindsight-key-moment__time', formatUtc(pin.entry.occurredAt));
      time.setAttribute('datetime', pin.entry.occurredAt);
      time.title = AJS.I18n.getText('hindsight.ui.timeline.localTime', formatLocal(pin.entry.occurredAt));
      const go = document.createElement('button');
      go.type = 'button';
      go.className = 'hindsight-link-button';
      go.textContent = pin.entry.summary;
      go.title = AJS.I18n.getText('hindsight.ui.timeline.goToEntry');
      go.addEventListener('click', () => this.goTo(pin.entry));
      item.append(time, document.createTextNode(' '), go);
      list.appendChild(item);
    }
    this.keyMoments.replaceChildren(heading, list);
    this.keyMoments.hidden = list.children.length === 0;
  }

  private goTo(event: TimelineEvent): void {
    this.entries.merge([event]);
    if (!this.visible().some((each) => each.id === event.id)) {
      this.kindFilter.value = '';
      this.sourceFilter.value = '';
      this.filter = { ...this.filter, kind: '', source: '', showHidden: this.filter.showHidden || event.hidden !== null };
      this.showHidden.checked = this.filter.showHidden;
    }
    this.refreshList();
    const index = this.visible().findIndex((each) => each.id === event.id);
    this.list.focusRow(index);
    this.showDetail(event);
  }

  private visibleCache: TimelineEvent[] = [];

  private visible(): TimelineEvent[] {
    return this.visibleCache;
  }

  private refreshList(keepPosition = false): void {
    this.visibleCache = applyFilter(this.entries.all, this.filter);
    this.list.setItems(this.visibleCache, keepPosition);
    this.updateChoices();
    this.count.textContent = AJS.I18n.getText('hindsight.ui.timeline.count', this.visibleCache.length, this.entries.all.length);
    this.older.hidden = this.olderCursor === null;
  }

  private setFilter(change: Partial<EntryFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.refreshList();
    if (change.showHidden !== undefined) this.showPins([...this.pins.values()]);
  }

  private updateChoices(): void {
    fillChoices(this.kindFilter, AJS.I18n.getText('hindsight.ui.timeline.filter.allKinds'),
      this.entries.distinct('kind'), kindLabel, this.filter.kind);
    fillChoices(this.sourceFilter, AJS.I18n.getText('hindsight.ui.timeline.filter.allSources'),
      this.entries.distinct('source'), (source) => source, this.filter.source);
  }

  private showDetail(event: TimelineEvent): void {
    const title = element('h3', 'hindsight-entry-detail__title', event.summary);
    const when = element('p', 'hindsight-entry-detail__when', `${formatUtc(event.occurredAt)} (${formatLocal(event.occurredAt)})`);
    const body = element('p', 'hindsight-entry-detail__details', event.details ?? AJS.I18n.getText('hindsight.ui.timeline.noDetails'));
    this.detail.replaceChildren(title, when, body);
    this.detail.hidden = false;
  }

  private async togglePin(event: TimelineEvent, pinned: boolean): Promise<void> {
    const { baseUrl, incidentKey, fetchImpl } = this.options;
    try {
      if (pinned) {
        await unpinEntry(baseUrl, incidentKey, event.id, fetchImpl);
        this.pins.delete(event.id);
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.unpinned'));
      } else {
        const pin = await pinEntry(baseUrl, incidentKey, event.id, fetchImpl);
        this.pins.set(event.id, pin);
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.pinnedDone'));
      }
      this.showPins([...this.pins.values()]);
      this.refreshList(true);
      this.list.focusRow(this.visible().findIndex((each) => each.id === event.id));
    } catch (error) {
      this.announce(messageOf(error));
    }
  }

  private askHide(event: TimelineEvent): void {
    openReasonDialog({
      title: AJS.I18n.getText('hindsight.ui.timeline.hideTitle'),
      testId: 'hide-dialog',
      intro: AJS.I18n.getText('hindsight.ui.timeline.hideIntro', event.summary),
      submitLabel: AJS.I18n.getText('hindsight.ui.timeline.hide'),
      submit: async (reason) => {
        const hidden = await hideEntry(this.options.baseUrl, this.options.incidentKey, event.id, reason, this.options.fetchImpl);
        this.entries.replace(hidden);
        this.refreshList(true);
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.hiddenDone'));
      },
    });
  }

  private askTransition(transition: { transition: string; label: string }): void {
    openReasonDialog({
      title: transition.label,
      testId: 'transition-dialog',
      submitLabel: transition.label,
      submit: async (reason) => {
        const incident = await transitionIncident(this.options.baseUrl, this.options.incidentKey, transition.transition, reason, this.options.fetchImpl);
        this.showIncident(incident);
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.transitioned', incident.statusLabel));
        await this.poller?.pollNow();
      },
    });
  }

  private askSeverity(): void {
    const select = document.createElement('select');
    for (const level of ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']) select.add(new Option(level, level));
    if (this.incident) select.value = this.incident.severity;
    const severity = field(AJS.I18n.getText('hindsight.ui.timeline.severity'), select, 'severity');
    openReasonDialog({
      title: AJS.I18n.getText('hindsight.ui.timeline.changeSeverity'),
      testId: 'severity-dialog',
      submitLabel: AJS.I18n.getText('hindsight.ui.timeline.changeSeverity'),
      extraFields: [severity],
      submit: async (reason) => {
        const incident = await changeSeverity(this.options.baseUrl, this.options.incidentKey, select.value, reason, this.options.fetchImpl);
        this.showIncident(incident);
        this.announce(AJS.I18n.getText('hindsight.ui.timeline.severityChanged', incident.severity));
        await this.poller?.pollNow();
      },
    });
  }

  private announce(text: string): void {
    this.status.textContent = text;
  }
}

function fillChoices(select: HTMLSelectElement, allLabel: string, values: string[], label: (value: string) => string,
  selected: string): void {
  const wanted = selected !== '' && !values.includes(selected) ? [...values, selected] : values;
  const current = [...select.options].map((option) => option.value);
  if (current.length === wanted.length + 1 && wanted.every((value, index) => current[index + 1] === value)) return;
  select.replaceChildren(new Option(allLabel, ''), ...wanted.map((value) => new Option(label(value), value)));
  select.value = selected;
}
