import { describe, expect, it } from 'vitest';
import { navigate, scrollToReveal, visibleWindow } from './virtual-window';

describe('visibleWindow', () => {
  it('renders the rows in view plus overscan on each side', () => {
    // 76 px rows, 600 px viewport scrolled to row 100 exactly: rows 100..107 are in view (107 partly).
    expect(visibleWindow(7600, 600, 76, 10000, 8)).toEqual({ start: 92, end: 116 });
  });

  it('clamps at the top and the bottom of the list', () => {
    expect(visibleWindow(0, 600, 76, 10000, 8)).toEqual({ start: 0, end: 16 });
    expect(visibleWindow(76 * 10000, 600, 76, 10000, 8)).toEqual({ start: 9991, end: 10000 });
  });

  it('renders everything of a short list and nothing of an empty one', () => {
    expect(visibleWindow(0, 600, 76, 3, 8)).toEqual({ start: 0, end: 3 });
    expect(visibleWindow(0, 600, 76, 0, 8)).toEqual({ start: 0, end: 0 });
  });

  it('gives a viewport that is not laid out yet a first screenful', () => {
    expect(visibleWindow(0, 0, 76, 10000, 0)).toEqual({ start: 0, end: 20 });
  });
});

describe('scrollToReveal', () => {
  it('scrolls up to a row above the viewport and down to one below it, and stays for one in view', () => {
    expect(scrollToReveal(2, 760, 600, 76)).toBe(152);
    expect(scrollToReveal(20, 0, 600, 76)).toBe(21 * 76 - 600);
    expect(scrollToReveal(3, 0, 600, 76)).toBe(0);
  });
});

describe('navigate', () => {
  it('moves with arrows, pages, Home and End, within the list', () => {
    expect(navigate('ArrowDown', 0, 10, 5)).toBe(1);
    expect(navigate('ArrowDown', 9, 10, 5)).toBe(9);
    expect(navigate('ArrowUp', 0, 10, 5)).toBe(0);
    expect(navigate('PageDown', 7, 10, 5)).toBe(9);
    expect(navigate('PageUp', 7, 10, 5)).toBe(2);
    expect(navigate('Home', 7, 10, 5)).toBe(0);
    expect(navigate('End', 2, 10, 5)).toBe(9);
    expect(navigate('a', 2, 10, 5)).toBeNull();
    expect(navigate('End', 0, 0, 5)).toBeNull();
  });
});
