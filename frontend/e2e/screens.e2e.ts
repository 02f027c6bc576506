import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumOrSkip, launchChromium } from './support/chromium';
import { Screens } from './support/screens';

// The journey's screen check must be able to fail: shown a page with known serious violations, it refuses it.
describe.skipIf(!chromiumOrSkip())('the screen check', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fails on an unlabelled input and an image without text, and still saves the screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-screens-'));
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>'
      + '<h1>Broken</h1><input type="text"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');

    const check = new Screens(dir).check(page, 'broken');

    await expect(check).rejects.toThrow(/\[critical\] (label|image-alt)/);
    expect(readdirSync(dir).sort()).toEqual(['01-broken.png', 'axe-report.json']);
  });

  it('passes a page without violations', async () => {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>'
      + '<h1>Fine</h1><label for="n">Name</label><input id="n" type="text"></main></body></html>');

    const report = await new Screens(mkdtempSync(join(tmpdir(), 'hindsight-screens-'))).check(page, 'fine');

    expect(report.violations).toEqual([]);
  });
});
