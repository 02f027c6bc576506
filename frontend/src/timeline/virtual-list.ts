import { navigate, scrollToReveal, visibleWindow } from './virtual-window';

export interface VirtualListOptions<T> {
  rowHeight: number;
  overscan: number;
  label: string;
  key(item: T): string;
  render(item: T, index: number): HTMLElement;
  /** Enter on a row, or a click on it outside its buttons and links. */
  activate?(item: T, index: number): void;
}

/**
 * A list that renders only the rows in view (plus overscan) at fixed heights, however many items it holds. Rows are
 * real list items; one of them is in the tab order at a time, and the arrow keys, Page Up/Down, Home and End move
 * between them, rendering rows as needed.
 */
export class VirtualList<T> {
  readonly viewport: HTMLElement;
  private readonly list: HTMLUListElement;
  private items: T[] = [];
  private rendered = new Map<string, HTMLElement>();
  private active = 0;
  private frame = 0;

  constructor(private readonly options: VirtualListOptions<T>) {
    this.viewport = document.createElement('div');
    this.viewport.className = 'hindsight-vlist';
    this.list = document.createElement('ul');
    this.list.className = 'hindsight-vlist__rows';
    this.list.setAttribute('aria-label', options.label);
    this.viewport.appendChild(this.list);
    this.viewport.addEventListener('scroll', () => this.scheduleRender());
    this.list.addEventListener('keydown', (event) => this.onKey(event));
    this.list.addEventListener('click', (event) => this.onClick(event));
    this.list.addEventListener('focusin', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
      if (row) this.setActive(Number(row.dataset.index), false);
    });
  }

  get count(): number {
    return this.items.length;
  }

  get activeIndex(): number {
    return this.active;
  }

  /**
   * Replaces the items. `keepFirstVisibleKey` keeps the row that was at the top of the viewport there, so entries
   * arriving above do not push what the reader is looking at out of view.
   */
  setItems(items: T[], keepFirstVisibleKey = false): void {
    const anchor = keepFirstVisibleKey && this.viewport.scrollTop > 0 ? this.firstVisibleKey() : null;
    const activeKey = this.items[this.active] === undefined ? null : this.options.key(this.items[this.active]);
    this.items = items;
    this.list.style.height = `${items.length * this.options.rowHeight}px`;
    this.rendered.forEach((row) => row.remove());
    this.rendered.clear();
    const activeNow = activeKey === null ? -1 : items.findIndex((item) => this.options.key(item) === activeKey);
    this.active = activeNow >= 0 ? activeNow : Math.min(this.active, Math.max(0, items.length - 1));
    if (anchor !== null) {
      const index = items.findIndex((item) => this.options.key(item) === anchor.key);
      if (index >= 0) this.viewport.scrollTop = index * this.options.rowHeight + anchor.offset;
    }
    this.render();
  }

  /** Renders the rows of the current scroll position now (normally done on the next frame after a scroll). */
  render(): void {
    this.frame = 0;
    const { rowHeight, overscan } = this.options;
    const window = visibleWindow(this.viewport.scrollTop, this.viewport.clientHeight, rowHeight, this.items.length, overscan);
    const wanted = new Set<string>();
    for (let index = window.start; index < window.end; index++) wanted.add(this.options.key(this.items[index]));
    // Keep the focused row rendered even when scrolled away, so focus is never lost to a removed element.
    if (this.items[this.active] !== undefined) wanted.add(this.options.key(this.items[this.active]));
    for (const [key, row] of this.rendered) {
      if (!wanted.has(key)) {
        row.remove();
        this.rendered.delete(key);
      }
    }
    const fragment = document.createDocumentFragment();
    const add = (index: number) => {
      const key = this.options.key(this.items[index]);
      if (this.rendered.has(key)) return;
      const row = this.options.render(this.items[index], index);
      row.dataset.index = String(index);
      row.style.top = `${index * rowHeight}px`;
      row.style.height = `${rowHeight}px`;
      row.setAttribute('aria-setsize', String(this.items.length));
      row.setAttribute('aria-posinset', String(index + 1));
      row.tabIndex = index === this.active ? 0 : -1;
      this.rendered.set(key, row);
      fragment.appendChild(row);
    };
    for (let index = window.start; index < window.end; index++) add(index);
    if (this.items[this.active] !== undefined) add(this.active);
    this.list.appendChild(fragment);
  }

  /** Moves focus to row `index`, scrolling it into view. */
  focusRow(index: number): void {
    if (index < 0 || index >= this.items.length) return;
    this.setActive(index, true);
    this.viewport.scrollTop = scrollToReveal(index, this.viewport.scrollTop, this.viewport.clientHeight, this.options.rowHeight);
    this.render();
    this.rendered.get(this.options.key(this.items[index]))?.focus({ preventScroll: true });
  }

  private setActive(index: number, renderNow: boolean): void {
    if (index === this.active && !renderNow) return;
    const previous = this.items[this.active] === undefined ? undefined : this.rendered.get(this.options.key(this.items[this.active]));
    if (previous) previous.tabIndex = -1;
    this.active = index;
    const current = this.items[index] === undefined ? undefined : this.rendered.get(this.options.key(this.items[index]));
    if (current) current.tabIndex = 0;
  }

  private onKey(event: KeyboardEvent): void {
    const row = (event.target as HTMLElement);
    // Keys typed into a control inside a row belong to that control.
    if (!row.matches('li[data-index]')) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Enter' && this.options.activate) {
      event.preventDefault();
      this.options.activate(this.items[index], index);
      return;
    }
    const pageRows = Math.floor(this.viewport.clientHeight / this.options.rowHeight) - 1;
    const target = navigate(event.key, index, this.items.length, pageRows);
    if (target === null) return;
    event.preventDefault();
    this.focusRow(target);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    if (!this.options.activate || target.closest('button, a, input, select, textarea')) return;
    const row = target.closest<HTMLElement>('li[data-index]');
    if (row) this.options.activate(this.items[Number(row.dataset.index)], Number(row.dataset.index));
  }

  private scheduleRender(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => this.render());
  }

  private firstVisibleKey(): { key: string; offset: number } | null {
    const index = Math.floor(this.viewport.scrollTop / this.options.rowHeight);
    if (this.items[index] === undefined) return null;
    return { key: this.options.key(this.items[index]), offset: this.viewport.scrollTop - index * this.options.rowHeight };
  }
}
