import { el } from '../platform/screens-dom';

// Trend charts as inline SVG: one line per series over the periods, with a gap where a period has no value. The
// maths is kept apart from the drawing so that it is tested on its own. Each chart comes with a data table, the
// accessible equivalent of the picture.

const SVG = 'http://www.w3.org/2000/svg';

export interface Series {
  name: string;
  values: Array<number | null>;
  /** A CSS colour from the ADS palette. */
  colour: string;
  dashed?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  labels: string[];
  series: Series[];
  /** Formats one value for the axis and the table. */
  format: (value: number) => string;
  /** A fixed top of the scale (1 for shares); otherwise a round number above the largest value. */
  max?: number;
}

export const WIDTH = 480;
export const HEIGHT = 160;
const PAD = { left: 56, right: 8, top: 8, bottom: 24 };

/** The smallest 1, 2 or 5 times a power of ten that is at least {@code value}; 1 for nothing to show. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** The x of point {@code index} of {@code count}, spread across the plot; a single point sits in the middle. */
export function xAt(index: number, count: number, width = WIDTH): number {
  const inner = width - PAD.left - PAD.right;
  return count <= 1 ? PAD.left + inner / 2 : PAD.left + (inner * index) / (count - 1);
}

/** The y of {@code value} on a scale from 0 (bottom) to {@code max} (top). */
export function yAt(value: number, max: number, height = HEIGHT): number {
  const inner = height - PAD.top - PAD.bottom;
  const clamped = Math.max(0, Math.min(value, max));
  return PAD.top + inner - (inner * clamped) / max;
}

/** An SVG path through the values, starting a new segment after each missing value. */
export function linePath(values: Array<number | null>, max: number, width = WIDTH, height = HEIGHT): string {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(xAt(index, values.length, width))} ${round(yAt(value, max, height))}`);
    drawing = true;
  });
  return parts.join(' ');
}

export function scaleMax(spec: Pick<ChartSpec, 'series' | 'max'>): number {
  if (spec.max !== undefined) return spec.max;
  const values = spec.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  return niceCeiling(Math.max(0, ...values));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>):
  SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** The chart, its legend and its data table, in one figure. */
export function renderChart(spec: ChartSpec): HTMLElement {
  const max = scaleMax(spec);
  const titleId = `${spec.id}-title`;
  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': titleId, class: 'hs-chart__svg' });
  const title = svg('title', { id: titleId });
  title.textContent = spec.title;
  picture.appendChild(title);
  for (const fraction of [0, 0.5, 1]) {
    const y = yAt(max * fraction, max);
    picture.appendChild(svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, stroke: '#dcdfe4' }));
    const tick = svg('text', { x: PAD.left - 4, y: y + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#626f86' });
    tick.textContent = spec.format(max * fraction);
    picture.appendChild(tick);
  }
  spec.labels.forEach((label, index) => {
    // Every other label when there are many, so they never overlap at panel width.
    if (spec.labels.length > 6 && index % 2 === 1) return;
    const text = svg('text', { x: xAt(index, spec.labels.length), y: HEIGHT - 6, 'text-anchor': 'middle', 'font-size': 11, fill: '#626f86' });
    text.textContent = label.slice(5);
    picture.appendChild(text);
  });
  for (const series of spec.series) {
    const path = linePath(series.values, max);
    if (path !== '') {
      picture.appendChild(svg('path', { d: path, fill: 'none', stroke: series.colour, 'stroke-width': 2,
        ...(series.dashed ? { 'stroke-dasharray': '4 3' } : {}) }));
    }
    series.values.forEach((value, index) => {
      if (value === null) return;
      picture.appendChild(svg('circle', { cx: xAt(index, series.values.length), cy: yAt(value, max), r: 3, fill: series.colour }));
    });
  }
  const legend = el('ul', { class: 'hs-chart__legend' }, ...spec.series.map((series) =>
    el('li', {}, el('span', { class: 'hs-chart__swatch', style: `background:${series.colour}` }), series.name)));
  return el('figure', { class: 'hs-chart', id: spec.id, 'data-testid': spec.id },
    el('figcaption', {}, spec.title), picture, legend, dataTable(spec));
}

/** The chart's numbers as a table: one row per period, one column per series ("n/a" where nothing was measured). */
export function dataTable(spec: ChartSpec): HTMLElement {
  const header = el('tr', {}, el('th', { scope: 'col' }, AJS.I18n.getText('hindsight.ui.incidents.chart.period')),
    ...spec.series.map((series) => el('th', { scope: 'col' }, series.name)));
  const rows = spec.labels.map((label, index) => el('tr', {}, el('th', { scope: 'row' }, label),
    ...spec.series.map((series) => {
      const value = series.values[index];
      return el('td', {}, value === null ? AJS.I18n.getText('hindsight.ui.incidents.na') : spec.format(value));
    })));
  return el('details', { class: 'hs-chart__data' },
    el('summary', {}, AJS.I18n.getText('hindsight.ui.incidents.chart.table', spec.title)),
    el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows)));
}
