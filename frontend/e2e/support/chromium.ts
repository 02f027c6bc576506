import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser (playwright-core has none of its own). */
export const CHROMIUM = process.env.HINDSIGHT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, headless browser in a container: no sandbox (CI runs as root, where Chromium refuses the
 * sandbox), no GPU, and none of the background traffic a first run would start (updates, sync, field trials).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Whether the browser tests may run: true when this machine has the browser. Without it they are skipped with a
 * message, except under CI (CI set and not "false"), where its absence fails them: .ci/run installs it.
 */
export function chromiumOrSkip(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const ci = process.env.CI;
  if (ci && ci.toLowerCase() !== 'false') {
    throw new Error(`Chromium is missing at ${CHROMIUM}, and CI is set: .ci/run installs it (scripts/ensure-chromium).`);
  }
  console.warn(`SKIPPED: the browser tests need Debian's chromium at ${CHROMIUM} (scripts/ensure-chromium installs it).`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
