import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumOrSkip, launchChromium } from './support/chromium';
import { baseUrl, basicAuth, PASSWORD, RestClient } from './support/host';
import { Screens } from './support/screens';

/**
 * Issue #8's journey in Chromium against a fresh embedded host with its sample data: declare a SEV-1, alerts
 * arrive, add a note, mitigate, resolve, generate the post-mortem, fix a lint finding, create follow-ups, close
 * them, and the Incidents page's figures change. Steps run in order and share one incident; after a failed step
 * the rest are skipped, so the first failure is the one reported.
 */
// Unique per run, so that the journey can also be re-run against a host it ran on before.
const SOURCE = `alertmanager-journey-${Date.now().toString(36)}`;
// A lapse pinned on a person: the blameless lint flags it, and the author rewrites it.
const BLAMING_NOTE = 'The on-call forgot to check the error-rate dashboard before the deploy';
// The browser's time zone: local times typed into forms must reach the server as UTC.
const TIME_ZONE = 'Europe/Berlin';
const BLAMELESS_NOTE = 'The deploy checklist did not include the error-rate dashboard';

describe.skipIf(!chromiumOrSkip())('the incident journey in Chromium', () => {
  const screens = new Screens();
  const sam = new RestClient('sam');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let failedStep: string | null = null;

  // Shared between steps: the incident the journey runs.
  let key = '';
  let figuresBefore: Figures;
  let followUpKeys: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await signedIn(browser, 'sam');
    page = await context.newPage();
    watchErrors(page);
  });

  /** Script errors and failed requests of `watched` fail the step they happen in. */
  function watchErrors(watched: Page): void {
    watched.on('pageerror', (error) => pageErrors.push(`${watched.url()}: ${error.message}`));
    watched.on('console', (message) => {
      // Failed loads are reported below with their address instead of the console's bare "404".
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(`${watched.url()}: console: ${message.text()}`);
      }
    });
    watched.on('response', (response) => {
      // A 4xx from the REST API is an answer the screen handles (a 404 before the post-mortem exists, say); a page,
      // script or style that fails to load is not. The browser asks for a favicon on its own; the host has none.
      const url = response.url();
      const handled = response.status() < 500 && url.includes('/rest/hindsight/');
      if (response.status() >= 400 && !handled && !url.endsWith('/favicon.ico')) {
        pageErrors.push(`${watched.url()}: ${response.request().method()} ${response.url()} answered ${response.status()}`);
      }
    });
  }

  afterAll(async () => {
    await browser?.close();
  });

  /** A step of the journey: skipped once an earlier one failed; no script errors on the page it leaves. */
  function step(name: string, body: () => Promise<void>): void {
    it(name, async (ctx) => {
      if (failedStep !== null) ctx.skip(`an earlier step failed: ${failedStep}`);
      try {
        await body();
        expect(pageErrors, 'script errors on the page').toEqual([]);
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });
  }

  async function open(path: string): Promise<void> {
    const response = await page.goto(`${baseUrl()}${path}`);
    expect(response?.status(), `GET ${path}`).toBe(200);
    // Screens fill themselves in after load; wait until no request is under way.
    await page.waitForLoadState('networkidle');
  }

  step('the Incidents page shows the figures before the incident', async () => {
    await open('/incidents-page');
    figuresBefore = await readFigures(page);
    await screens.check(page, 'incidents-page-before');
  });

  step('sam declares a SEV-1 in the declare dialog; a refusal keeps what was typed', async () => {
    await open('/');
    await screens.check(page, 'incident-list');
    await page.getByTestId('declare-incident').click();
    const dialog = page.getByTestId('declare-dialog');
    await dialog.waitFor();
    const project = dialog.getByLabel('Project');
    if (await project.evaluate((control) => control.tagName === 'SELECT')) await project.selectOption('OPS');
    else await project.fill('OPS');
    await dialog.locator('input[type="radio"][value="SEV-1"]').check();
    const impact = dialog.getByLabel('Impact started');
    const impactLocal = localMinute(minutesAgo(20), TIME_ZONE);
    await impact.fill(impactLocal);
    // No summary yet: refused, with the message beside the summary, and the rest still as typed.
    await page.getByTestId('declare-submit').click();
    const summary = dialog.getByLabel('Summary');
    await expect.poll(() => summary.getAttribute('aria-invalid')).toBe('true');
    const summaryError = dialog.locator(`#${await summary.getAttribute('aria-describedby').then(firstId)}`);
    await expect.poll(() => summaryError.isVisible()).toBe(true);
    expect(await impact.inputValue()).toBe(impactLocal);
    expect(await dialog.locator('input[type="radio"][value="SEV-1"]').isChecked()).toBe(true);
    await screens.check(page, 'declare-dialog-refused');

    await summary.fill('Checkout returns 500 for card payments');
    await page.getByTestId('declare-submit').click();
    await page.waitForURL(/\/incidents\/OPS-\d+$/);
    key = /OPS-\d+$/.exec(page.url())![0];
    const incident = await sam.expect(200, 'GET', `/incidents/${key}`);
    expect(incident.severity).toBe('SEV-1');
    expect(incident.keyInstants['impact-started'].at.slice(0, 16), 'local time sent as UTC')
      .toBe(utcMinute(impactLocal, TIME_ZONE));
    await expect.poll(() => page.getByTestId('incident-severity').textContent()).toContain('SEV-1');
    await screens.check(page, 'incident-declared');
  });

  step('alex creates a webhook source on the admin screen; alerts arrive with its token', async () => {
    const admin = await (await signedIn(browser, 'alex')).newPage();
    watchErrors(admin);
    expect((await admin.goto(`${baseUrl()}/admin`))?.status()).toBe(200);
    await admin.locator('#hs-source-name').fill(SOURCE);
    await admin.locator('#hs-source-type').selectOption('alertmanager');
    await admin.getByTestId('create-source').click();
    // The secret is shown once, on this screen only.
    const token = ((await admin.getByTestId('issued-secret').textContent()) ?? '').trim();
    expect(token).toMatch(/^hst_/);
    await screens.check(admin, 'admin-source-created');
    await admin.close();

    const delivery = await fetch(`${baseUrl()}/rest/hindsight/1.0/ingest/${SOURCE}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(alertmanagerWebhook(key, minutesAgo(18))),
    });
    const report = await delivery.json();
    expect(delivery.status, JSON.stringify(report)).toBe(200);
    expect(report.stored).toBe(2);

    // No reload: the open incident page polls and shows new entries on its own.
    const timeline = page.getByTestId('timeline-list');
    await expect.poll(() => timeline.textContent(), { timeout: 30_000 }).toContain('CheckoutHighErrorRate firing');
    await expect.poll(() => timeline.textContent()).toContain('CheckoutLatencyHigh firing');
    await screens.check(page, 'incident-alerts');
  });

  step('sam adds a note', async () => {
    await page.getByTestId('add-note').click();
    const form = page.getByTestId('note-form');
    await form.getByLabel('Summary').fill(BLAMING_NOTE);
    await screens.check(page, 'incident-note-form');
    await page.getByTestId('note-submit').click();
    await expect.poll(() => page.getByTestId('timeline-list').textContent()).toContain(BLAMING_NOTE);
    await screens.check(page, 'incident-note');
  });

  step('sam mitigates, then resolves, giving reasons', async () => {
    for (const [transition, status] of [['start-investigation', 'Investigating'], ['mitigate', 'Mitigated'],
      ['resolve', 'Resolved']]) {
      await page.getByTestId(`transition-${transition}`).click();
      const dialog = page.getByTestId('transition-dialog');
      await dialog.getByLabel('Reason').fill(`${status}: as it happened`);
      if (transition === 'mitigate') await screens.check(page, 'transition-dialog');
      await page.getByTestId('transition-dialog-submit').click();
      await expect.poll(() => page.getByTestId('incident-status').textContent()).toContain(status);
    }
    expect((await sam.expect(200, 'GET', `/incidents/${key}`)).status).toBe('resolved');
    await expect.poll(() => page.getByTestId('key-instants').textContent()).not.toMatch(/not yet/i);
    await screens.check(page, 'incident-resolved');
  });

  step('sam generates the post-mortem; the lint marks the blaming note in place', async () => {
    await open(`/postmortems/${key}`);
    await screens.check(page, 'postmortem-not-generated');
    await page.getByTestId('generate').click();
    // Generating reloads the screen with the page's preview and its findings.
    await expect.poll(() => page.getByTestId('findings').textContent()).toContain('forgot');
    await expect.poll(() => page.locator('#hs-postmortem-preview mark').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('forgot')]));
    await screens.check(page, 'postmortem-generated');
  });

  step('sam fixes the lint finding and fills in the action items in the editor', async () => {
    const editor = page.getByTestId('postmortem-body');
    const stored: string = await editor.inputValue();
    expect(stored).toContain(BLAMING_NOTE);
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await editor.fill(withActionItems(stored.split(BLAMING_NOTE).join(BLAMELESS_NOTE), [
      actionItemRow('Add the error-rate dashboard to the deploy checklist', 'u1002', due),
      actionItemRow('Alert on card-payment errors above 2%', 'u1001', due),
    ]));
    await page.getByTestId('save').click();
    await page.getByTestId('no-findings').waitFor();
    await expect.poll(() => page.locator('#hs-postmortem-preview').textContent()).toContain(BLAMELESS_NOTE);
    expect(await page.locator('#hs-postmortem-preview').textContent()).not.toContain('forgot');
    await screens.check(page, 'postmortem-fixed');
  });

  step('sam creates the follow-up issues', async () => {
    await page.getByTestId('create-follow-ups').click();
    const created = page.locator('[data-testid="follow-up-report"] tr[data-outcome="created"]');
    await expect.poll(() => created.count()).toBe(2);
    // The list of the incident's follow-ups loads after the report.
    const rows = page.locator('[data-testid="follow-ups"] tr[data-issue]');
    await expect.poll(() => rows.count()).toBe(2);
    followUpKeys = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.issue ?? ''));
    for (const issueKey of followUpKeys) {
      await expect.poll(() => page.locator('#hs-postmortem-preview').textContent()).toContain(issueKey);
    }
    await screens.check(page, 'postmortem-follow-ups');
  });

  step('sam closes the follow-ups', async () => {
    for (const issueKey of followUpKeys) {
      await page.getByTestId(`follow-up-toggle-${issueKey}`).click();
      await expect.poll(() => page.locator(`tr[data-issue="${issueKey}"]`).textContent()).toMatch(/Done/);
    }
    for (const issueKey of followUpKeys) {
      expect((await sam.expect(200, 'GET', `/follow-ups/${issueKey}`)).status).toBe('Done');
    }
    await screens.check(page, 'postmortem-follow-ups-closed');
  });

  step('the Incidents page\'s figures changed', async () => {
    await open('/incidents-page');
    const after = await readFigures(page);
    expect(after.counted, 'incidents counted').toBe(figuresBefore.counted + 1);
    expect(after.actionItemsClosedInTime, 'action items closed within 30 days')
      .toBe(figuresBefore.actionItemsClosedInTime + 2);
    await screens.check(page, 'incidents-page-after');
  });
});

interface Figures {
  counted: number;
  actionItemsClosedInTime: number;
}

/** The figures of the Incidents page as the reader sees them, once the page has loaded them. */
async function readFigures(page: Page): Promise<Figures> {
  const summary = (await page.getByTestId('figures-summary').textContent()) ?? '';
  const counted = /(\d+) incidents counted/.exec(summary);
  expect(counted, `the Incidents page names how many incidents it counts: ${summary}`).not.toBeNull();
  const closure = (await page.getByTestId('figure-action-item-closed-in-time').textContent()) ?? '';
  const met = /(\d+) of \d+, \d+ pending/.exec(closure);
  expect(met, `the closure figure says how many of how many: ${closure}`).not.toBeNull();
  return { counted: Number(counted![1]), actionItemsClosedInTime: Number(met![1]) };
}

async function signedIn(browser: Browser, user: string): Promise<BrowserContext> {
  return browser.newContext({
    httpCredentials: { username: user, password: PASSWORD },
    // Sent up front as well, so that the first request of each page does not need a challenge round trip.
    extraHTTPHeaders: { Authorization: basicAuth(user) },
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: TIME_ZONE,
  });
}

/** "2026-11-22T15:04" in `zone`: what a datetime-local input shows for `iso`. */
function localMinute(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((each) => each.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The UTC minute ("2026-11-22T14:04") of a datetime-local value read in `zone`. */
function utcMinute(local: string, zone: string): string {
  // The zone's offset at that moment, found by reading a UTC guess back in the zone.
  const guess = new Date(`${local}:00Z`);
  const shown = new Date(`${localMinute(guess.toISOString(), zone)}:00Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime())).toISOString().slice(0, 16);
}

function firstId(describedBy: string | null): string {
  const id = (describedBy ?? '').split(/\s+/).find((each) => each.endsWith('-error'));
  expect(id, 'the field names its error line in aria-describedby').toBeTruthy();
  return id!;
}

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

/** A notification as Alertmanager's webhook receiver sends it (version 4), two alerts of one group, firing. */
function alertmanagerWebhook(incidentKey: string, startsAt: string): unknown {
  const alert = (alertname: string, summary: string, fingerprint: string) => ({
    status: 'firing',
    labels: { alertname, service: 'checkout-api', severity: 'page', hindsight_incident: incidentKey },
    annotations: { summary },
    startsAt,
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: `http://prometheus.example.test/graph?g0.expr=${alertname}`,
    fingerprint,
  });
  return {
    version: '4',
    groupKey: '{}:{service="checkout-api"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'hindsight',
    groupLabels: { service: 'checkout-api' },
    commonLabels: { service: 'checkout-api', severity: 'page', hindsight_incident: incidentKey },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.example.test',
    alerts: [
      alert('CheckoutHighErrorRate', '31% of card payments fail', '7f3a1c9e2b4d5a60'),
      alert('CheckoutLatencyHigh', 'p99 latency above 4 s', '1b2c3d4e5f607182'),
    ],
  };
}

/** The page with its action-item section replaced by a table of these rows, as an author fills it in. */
function withActionItems(body: string, rows: string[]): string {
  const section = /(<h2>Action items<\/h2>)([\s\S]*?)(<h2>)/.exec(body);
  expect(section, 'the generated page has an action-item section').not.toBeNull();
  const table = '<table><tbody><tr><th>Action item</th><th>Priority</th><th>Type</th><th>Jira issue</th></tr>'
    + rows.join('') + '</tbody></table>';
  return body.slice(0, section!.index) + section![1] + table + section![3]
    + body.slice(section!.index + section![0].length);
}

function actionItemRow(summary: string, ownerKey: string, due: string): string {
  return `<tr><td><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>${summary}`
    + ` — Owner: <ac:link><ri:user ri:userkey="${ownerKey}"/></ac:link> · Due: <time datetime="${due}"/>`
    + '</ac:task-body></ac:task></ac:task-list></td><td>High</td><td>Short-term</td><td>not created yet</td></tr>';
}
