import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (the project's CI installs it; see .ci/run). */
export const CHROMIUM = '/usr/bin/chromium';

/** Generous: the suite runs on machines whose cores are busy, and chromium starts slowly there. */
export const BROWSER_TIMEOUT = 120_000;

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless chromium with a fresh, empty profile and everything that phones home turned off, so
 * a test sees only the requests its page makes.
 */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'workplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did wrong while loaded: console errors, uncaught exceptions and any request that is not the file itself. */
export interface PageProblems {
  readonly errors: string[];
  readonly requests: string[];
}

/** Opens a local file in a new page, recording problems; every request but the file's own is aborted and recorded. */
export async function openFile(
  browser: Browser,
  file: string,
  viewport = { width: 1400, height: 800 },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems: PageProblems = { errors: [], requests: [] };
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    problems.requests.push(requested);
    return route.abort();
  });
  await page.goto(url);
  return { page, problems };
}
