import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseInput } from '../../src/pipeline.js';
import { reviewPage } from '../../src/review/page.js';
import { BROWSER_TIMEOUT, launchChromium, openFile, type Browser } from '../browser/chromium.js';

const ROOT = path.resolve(__dirname, '../..');

function pageOf(text: string, file = 'notice.txt'): string {
  const { register, clean } = parseInput(text, { path: file });
  return reviewPage(register, clean.sourceText);
}

describe('the review page as HTML', () => {
  const notice = [
    '来源:某县人民政府网 浏览次数:12',
    '某县2025年河道管理工作要点',
    '一、加强日常巡查',
    '(一)建立巡查台账。每周报送巡查记录。(县水务局牵头,各镇人民政府负责落实)',
    '(二)开展隐患排查。(县应急管理局负责)',
  ].join('\n');
  const html = pageOf(notice);

  it('marks each task where it starts, numbered as in the table, and its leads and owners in the text', () => {
    expect(html).toContain('<a class="task" id="t1-1.1" href="#row-t1-1.1">1.1</a>');
    expect(html).toContain('<mark class="lead" title="牵头单位 1.1">县水务局</mark>');
    expect(html).toContain('<mark class="owner" title="责任单位 1.1">各镇人民政府</mark>');
    expect(html).toContain('<mark class="owner" title="责任单位 1.2">县应急管理局</mark>');
    expect(html).toContain('<tr id="row-t1-1.2" data-target="t1-1.2" tabindex="0">');
  });

  it('strikes stripped lines through, with the rule and reason', () => {
    expect(html).toMatch(
      /<li id="L1" class="stripped"><span class="ln">1<\/span><span class="tx"><del>来源:某县人民政府网 浏览次数:12<\/del><\/span><span class="note stripped-note">[a-z-]+: [^<]+<\/span><\/li>/,
    );
  });

  it('loads nothing: no external URL, a policy that forbids any', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes the input: markup and control characters from the notice never become page code', () => {
    const hostile = pageOf('<script>alert(1)</script>\n一、加强巡查\n(一)建立台账\u001b[2J。(县水务局"><img src=x>负责)');
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<img src=x>');
    expect(hostile).toContain('\\x1b[2J');
  });

  it('says so when there are no tasks', () => {
    expect(pageOf('某县人民政府办公室关于印发工作要点的通知\n各乡镇人民政府:\n现将《工作要点》印发给你们。\n')).toContain(
      'class="empty"',
    );
  });
});

describe('the review page in chromium', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const input = 'fixtures/seed-003-hangzhou-2018/input.txt';
    const { register, clean } = parseInput(new Uint8Array(readFileSync(path.join(ROOT, input))), { path: input });
    file = path.join(mkdtempSync(path.join(tmpdir(), 'workplan-review-')), 'review.html');
    writeFileSync(file, reviewPage(register, clean.sourceText));
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  }, BROWSER_TIMEOUT);

  it(
    'loads with no console errors and fetches nothing',
    async () => {
      const { page, problems } = await openFile(browser, file);
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(20);
      expect(problems).toEqual({ errors: [], requests: [] });
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a click on a row scrolls its task into view and marks its line',
    async () => {
      const { page, problems } = await openFile(browser, file);
      for (const id of ['t1-1.2.9b', 't1-3.2', 't1-1.1.1']) {
        const anchor = page.locator(`[id="${id}"]`);
        await page.locator(`[id="row-${id}"]`).click();
        await expect
          .poll(() =>
            anchor.evaluate((a) => {
              const r = a.getBoundingClientRect();
              return r.top >= 0 && r.bottom <= window.innerHeight && a.closest('li')!.classList.contains('flash');
            }),
          )
          .toBe(true);
        // The line that holds the anchor is the task's source line.
        const line = await anchor.evaluate((a) => a.closest('li')!.id);
        expect(line).toBe(`L${await page.locator(`[id="row-${id}"] td:last-child`).innerText()}`);
      }
      expect(problems).toEqual({ errors: [], requests: [] });
      await page.close();
    },
    BROWSER_TIMEOUT,
  );
});
