/** The rows to render for a scroll position: [start, end) with `overscan` rows beyond each edge of the viewport. */
export interface RowWindow {
  start: number;
  end: number;
}

export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, count: number,
  overscan: number): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  // A viewport not laid out yet (height 0) still gets a first screenful, so the list is never blank.
  const height = viewportHeight > 0 ? viewportHeight : rowHeight * 20;
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count, Math.ceil((top + height) / rowHeight));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** The scrollTop that brings row `index` fully into view, or the current one when it is in view already. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (viewportHeight > 0 && rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return scrollTop;
}

/** The row a navigation key moves to from `current`; null for keys that do not navigate. */
export function navigate(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown': return Math.min(count - 1, current + 1);
    case 'ArrowUp': return Math.max(0, current - 1);
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'PageDown': return Math.min(count - 1, current + Math.max(1, pageRows));
    case 'PageUp': return Math.max(0, current - Math.max(1, pageRows));
    default: return null;
  }
}
