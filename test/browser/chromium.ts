/**
 * Debian's chromium, headless, driven by playwright-core: the browser the HTML outputs are tested in.
 * npm cannot download a browser here, so the system one is used (.ci/run installs it); playwright gives
 * it a new empty profile each launch. Background networking is off: this machine's network is closed, and a page under test must load nothing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.WORKPLAN_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (or set WORKPLAN_CHROMIUM)`);
  return chromium.launch({
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
}

/** What a page did wrong while loaded: console errors, uncaught exceptions and any request that is not the file itself. */
export interface PageProblems {
  readonly errors: string[];
  readonly requests: string[];
}

/** Opens a local file, recording problems; every request but the file's own is aborted and recorded. */
export async function openFile(browser: Browser, file: string, viewport = { width: 1400, height: 800 }): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { errors: [], requests: [] };
  const url = `file://${file}`;
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
