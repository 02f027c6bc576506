import { dataTable, HEIGHT, linePath, niceCeiling, renderChart, scaleMax, xAt, yAt } from './chart';

describe('chart maths', () => {
  it('rounds the top of the scale up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(0.7)).toBe(1);
    expect(niceCeiling(1.2)).toBe(2);
    expect(niceCeiling(3)).toBe(5);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(48)).toBe(50);
    expect(niceCeiling(101)).toBe(200);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });

  it('puts 0 at the bottom and the maximum at the top, clamping what lies outside', () => {
    expect(yAt(0, 10)).toBeGreaterThan(yAt(10, 10));
    expect(yAt(-5, 10)).toBe(yAt(0, 10));
    expect(yAt(50, 10)).toBe(yAt(10, 10));
    expect(yAt(0, 10)).toBeLessThan(HEIGHT);
  });

  it('spreads points evenly and centres a single one', () => {
    const first = xAt(0, 3);
    const middle = xAt(1, 3);
    const last = xAt(2, 3);
    expect(middle - first).toBeCloseTo(last - middle);
    expect(xAt(0, 1)).toBeCloseTo((first + last) / 2);
  });

  it('breaks the line where a period has no value', () => {
    const path = linePath([1, 2, null, 4], 4);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
    expect(linePath([null, null], 4)).toBe('');
  });

  it('scales to the largest value, or to a fixed top for shares', () => {
    expect(scaleMax({ series: [{ name: 'a', colour: '#000', values: [3, null, 42] }] })).toBe(50);
    expect(scaleMax({ series: [{ name: 'a', colour: '#000', values: [0.2] }], max: 1 })).toBe(1);
  });
});

describe('chart rendering', () => {
  const spec = {
    id: 'c1',
    title: 'Time to resolve <script>',
    labels: ['2026-10-01', '2026-10-31'],
    format: (value: number) => `${value.toFixed(1)} h`,
    series: [
      { name: 'Median', colour: '#0c66e4', values: [1.5, null] },
      { name: 'p90 <b>', colour: '#ae2e24', values: [3, 4] },
    ],
  };

  it('draws an accessible picture titled by the figure', () => {
    const figure = renderChart(spec);
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toBe('Time to resolve <script>');
    expect(figure.querySelectorAll('path')).toHaveLength(2);
    expect(figure.querySelectorAll('circle')).toHaveLength(3);
    expect(figure.querySelector('script')).toBeNull();
  });

  it('gives the same numbers as a table, with n/a for a period without data', () => {
    const table = dataTable(spec);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([['2026-10-01', '1.5 h', '3.0 h'], ['2026-10-31', 'n/a', '4.0 h']]);
    expect(table.querySelector('thead')?.textContent).toContain('p90 <b>');
    expect(table.querySelector('b')).toBeNull();
  });
});
