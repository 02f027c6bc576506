import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumOrSkip, launchChromium } from './support/chromium';
import { baseUrl, basicAuth, PASSWORD } from './support/host';

/**
 * The UI benchmark in Chromium (`./hindsight bench ui`, started by io.hindsight.bench.UiBench): first render of a
 * 10 000-entry timeline with the built timeline bundle, scrolling through it while a PerformanceObserver records
 * long tasks, and the gzipped size of every built bundle. Raw figures go to HINDSIGHT_UI_BENCH_OUT as JSON; the
 * Java side writes the results table.
 */
const ENTRIES = 10_000;
const RUNS = Number(process.env.HINDSIGHT_UI_BENCH_RUNS ?? 7);
const BUNDLES = resolve(process.env.HINDSIGHT_BUNDLES ?? join(__dirname, '../../target/classes/frontend'));

interface RenderRun {
  api: string;
  /** From the data being in memory to the render call returning. */
  scriptMs: number;
  /** From the data being in memory to the first frame after it (style, layout and paint done). */
  renderedMs: number;
  rows: number;
  scroll: ScrollRun;
}

interface ScrollRun {
  container: string;
  frames: number;
  distancePx: number;
  durationMs: number;
  longTasksMs: number[];
  /** Control: long tasks in an equally long stretch with nothing to do, before the scroll (machine noise). */
  idleLongTasksMs: number[];
  /** Rows in the DOM at the end: a virtualised list keeps it near the visible count. */
  rowsInDom: number;
}

describe.skipIf(!chromiumOrSkip())('UI benchmark', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`renders and scrolls ${ENTRIES} timeline entries, and sizes the bundles`, async () => {
    const runs: RenderRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await renderAndScroll(browser));
    }
    const result = {
      chromium: browser.version(),
      entries: ENTRIES,
      runs,
      bundles: bundleSizes(),
    };
    const out = process.env.HINDSIGHT_UI_BENCH_OUT;
    if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify({ ...result, runs: runs.map(({ scroll, ...figures }) => ({
      ...figures, longTasksMs: scroll.longTasksMs, idleLongTasksMs: scroll.idleLongTasksMs,
      scrollMs: scroll.durationMs })) }, null, 1));
    expect(runs.every((r) => r.rows > 0)).toBe(true);
  }, 600_000);
});

/** One fresh page: the incident page loads the bundle, then the bundle renders 10 000 entries given to it. */
async function renderAndScroll(browser: Browser): Promise<RenderRun> {
  const context = await browser.newContext({
    httpCredentials: { username: 'sam', password: PASSWORD },
    extraHTTPHeaders: { Authorization: basicAuth('sam') },
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/incidents/OPS-1`);
    await page.waitForFunction(() => 'Hindsight_timeline' in window);
    const render = await page.evaluate(renderInPage, ENTRIES);
    const scroll = await page.evaluate(scrollInPage);
    return { ...render, scroll };
  } finally {
    await context.close();
  }
}

/** Runs in the page. Uses the bundle's `renderTimeline(root, entries)` when it has one, else its mount with a fetch
 * that answers the 10 000 entries at once. */
async function renderInPage(count: number): Promise<Omit<RenderRun, 'scroll'>> {
  const bundle = (window as unknown as { Hindsight_timeline: Record<string, unknown> }).Hindsight_timeline;
  const kinds = ['alert-firing', 'alert-resolved', 'note', 'deploy-finished', 'status-changed', 'page-acknowledged'];
  const start = Date.parse('2026-11-20T08:00:00Z');
  const entries = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    occurredAt: new Date(start + i * 1_000).toISOString(),
    recordedAt: new Date(start + i * 1_000).toISOString(),
    kind: kinds[i % kinds.length],
    source: i % 3 === 0 ? 'alertmanager' : 'manual',
    actor: i % 3 === 0 ? null : 'sam',
    summary: `Entry ${i + 1}: checkout error rate ${(i % 97) / 10}% on node ${i % 12}`,
    details: i % 10 === 0 ? 'Labels:\nalertname="CheckoutHighErrorRate"\nservice="checkout-api"' : null,
    evidenceLink: i % 5 === 0 ? `https://grafana.example.test/d/checkout?from=${i}` : null,
    externalId: null,
    backdated: false,
    hidden: null,
  }));
  const root = document.createElement('div');
  root.dataset.incidentKey = 'OPS-1';
  root.dataset.baseUrl = '';
  root.id = 'bench-timeline';
  const host = document.querySelector('[data-hindsight-timeline]') ?? document.body;
  host.replaceWith(root);

  const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  let api: string;
  let t0: number;
  let scriptDone: number;
  if (typeof bundle.renderTimeline === 'function') {
    api = 'renderTimeline';
    t0 = performance.now();
    await (bundle.renderTimeline as (root: HTMLElement, entries: unknown[]) => unknown)(root, entries);
    scriptDone = performance.now();
  } else {
    api = 'mountTimeline (fetch answering all entries at once)';
    const body = JSON.stringify({ events: entries, next: null });
    let arrived = 0;
    const fakeFetch = async () => {
      const parsed = JSON.parse(body);
      arrived = performance.now();
      return { ok: true, status: 200, json: async () => parsed } as unknown as Response;
    };
    await (bundle.mountTimeline as (root: HTMLElement, fetchImpl: unknown) => Promise<void>)(root, fakeFetch);
    scriptDone = performance.now();
    t0 = arrived;
  }
  await nextFrame();
  const rendered = performance.now();
  return { api, scriptMs: scriptDone - t0, renderedMs: rendered - t0, rows: root.querySelectorAll('li, [role="row"], [role="listitem"]').length };
}

/** Runs in the page: scrolls the timeline's scroller from top to bottom in 60 frames, recording long tasks. */
async function scrollInPage(): Promise<ScrollRun> {
  const root = document.getElementById('bench-timeline')!;
  const scrollable = (element: Element) => {
    const style = getComputedStyle(element);
    return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
  };
  const inner = [root, ...Array.from(root.querySelectorAll('*'))].find(scrollable);
  const scroller = (inner ?? document.scrollingElement ?? document.documentElement) as HTMLElement;
  const watchLongTasks = () => {
    const seen: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    return { seen, stop: () => observer.disconnect() };
  };
  const distance = scroller.scrollHeight - scroller.clientHeight;
  const frames = 60;
  const t0 = performance.now();
  const during = watchLongTasks();
  for (let frame = 1; frame <= frames; frame++) {
    await new Promise<void>((done) => requestAnimationFrame(() => {
      scroller.scrollTop = (distance * frame) / frames;
      done();
    }));
  }
  // Let the last frame's work finish and the observer deliver what it saw.
  await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 100)));
  const duration = performance.now() - t0;
  during.stop();
  // The control: as long again with the page idle. On a shared machine the browser's own threads are descheduled
  // too, and a task stretched by that counts as long whatever the page does.
  const idle = watchLongTasks();
  await new Promise<void>((done) => setTimeout(done, duration));
  await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 100)));
  idle.stop();
  const longTasks = during.seen;
  return {
    container: inner ? `${inner.tagName.toLowerCase()}.${inner.className}` : 'the page',
    frames,
    distancePx: distance,
    durationMs: duration,
    longTasksMs: longTasks,
    idleLongTasksMs: idle.seen,
    rowsInDom: root.querySelectorAll('li, [role="row"], [role="listitem"]').length,
  };
}

function bundleSizes(): Array<{ file: string; bytes: number; gzipBytes: number }> {
  return readdirSync(BUNDLES).filter((file) => /\.(js|css)$/.test(file)).sort().map((file) => {
    const content = readFileSync(join(BUNDLES, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
