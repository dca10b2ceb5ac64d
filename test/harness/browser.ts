import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { ROOT } from '../../server/paths.js';
import { startTestServer, type TestServer } from './server.js';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** Debian's Chromium, headless, with the flags this workplace needs (no background networking). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Collects console errors and CSP violations so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

export const PHONE = { width: 390, height: 844 };

/** A suite's server and browser: set in its before hook, read inside tests (rig.srv, rig.browser). */
export interface BrowserRig {
  srv: TestServer;
  browser: Browser;
}

/**
 * Starts a test server (with these config overrides) and Chromium before the suite and closes both
 * after it (closing the browser closes its contexts). Call it first in the describe, after
 * useDatabase, so suite hooks registered later can use both.
 */
export function useBrowserRig(env: Record<string, string> = {}): BrowserRig {
  const rig = {} as BrowserRig;
  before(async () => {
    rig.srv = await startTestServer(env);
    rig.browser = await launchBrowser();
  });
  after(async () => {
    await rig.browser?.close();
    await rig.srv?.close();
  });
  return rig;
}

/**
 * A page in a fresh browser context carrying a sign-in cookie ("name=value"); its console errors
 * and CSP violations are added to `errors`.
 */
export async function signedInPage(rig: BrowserRig, cookie: string, errors: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await rig.browser.newContext(options);
  const [name, value] = cookie.split('=') as [string, string];
  await ctx.addCookies([{ name, value, url: rig.srv.url }]);
  const page = await ctx.newPage();
  errors.push(...watchErrors(page));
  return page;
}
