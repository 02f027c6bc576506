import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import axeCore from 'axe-core';
import type { Page } from 'playwright-core';

/** Where each run leaves its screenshots and accessibility report (a test artefact; see README). */
export const SCREENSHOTS = resolve(process.env.HINDSIGHT_E2E_SCREENSHOTS
  ?? join(__dirname, '../../../target/e2e-screenshots'));

/** axe's impact levels that fail the journey; moderate and minor ones are reported only. */
const FAILING = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

export interface ScreenReport {
  screen: string;
  url: string;
  screenshot: string;
  violations: Array<{ id: string; impact: string | null; help: string; targets: string[] }>;
}

/**
 * Photographs every screen the journey passes and checks it with axe-core. A serious or critical violation fails
 * the step that showed the screen; every finding goes to `axe-report.json` beside the screenshots.
 */
export class Screens {
  private readonly reports: ScreenReport[] = [];
  private count = 0;

  constructor(private readonly dir: string = SCREENSHOTS) {
    mkdirSync(dir, { recursive: true });
    // A run's screenshots stand alone: none left over from an earlier run with other screens.
    for (const file of readdirSync(dir).filter((name) => /^\d\d-.+\.png$/.test(name))) rmSync(join(dir, file));
  }

  /** Screenshot (full page) and accessibility check of what `page` shows now, named `NN-<name>.png`. */
  async check(page: Page, name: string): Promise<ScreenReport> {
    this.count += 1;
    const file = join(this.dir, `${String(this.count).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const violations = await axeViolations(page);
    const report: ScreenReport = {
      screen: name,
      url: page.url(),
      screenshot: file,
      violations: violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
    };
    this.reports.push(report);
    this.save();
    const failing = violations.filter((violation) => FAILING.has(violation.impact ?? ''));
    if (failing.length > 0) {
      throw new Error(`Accessibility (axe-core) on screen '${name}' (${page.url()}):\n`
        + failing.map(describe).join('\n'));
    }
    return report;
  }

  all(): readonly ScreenReport[] {
    return this.reports;
  }

  private save(): void {
    writeFileSync(join(this.dir, 'axe-report.json'), `${JSON.stringify(this.reports, null, 2)}\n`);
  }
}

/** Runs axe in the page. The source goes in through the debugging protocol, so the page's CSP stays as served. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) {
    await page.evaluate(axeCore.source);
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof axeCore }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations as unknown as AxeViolation[];
  });
}

function describe(violation: AxeViolation): string {
  const where = violation.nodes.slice(0, 5).map((node) => `    at ${JSON.stringify(node.target)}: `
    + (node.failureSummary ?? '').replace(/\s+/g, ' ')).join('\n');
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${where}`;
}
