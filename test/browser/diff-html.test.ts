import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { formatDiffHtml } from '../../src/diff/format-html.js';
import { DEFAULT_DIFF_OPTIONS } from '../../src/diff/types.js';
import { makeRegister } from '../diff/make-register.js';
import { realDeps, warmRealDeps } from '../diff/real-deps.js';
import { BROWSER_TIMEOUT, launchChromium, type Browser } from './chromium.js';

// Two made-up plans with a pair of each kind: unchanged, reworded, units changed, a merge, an
// added task with a possible match, a removed one, and a task in a section of its own.
const oldPlan = makeRegister({ '1': '平台建设', '2': '制度建设' }, [
  { id: '1.1', section: '1', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。', owners: ['市政管局'] },
  { id: '1.2', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行。', owners: ['市政府办'] },
  { id: '1.3', section: '1', text: '建立政务新媒体分级备案制度,对僵尸账号立即关停。', owners: ['市委网信办'] },
  { id: '1.4', section: '1', text: '规范政务新媒体内容发布审核,落实三审三校。', owners: ['市委网信办'] },
  { id: '2.1', section: '2', text: '修订依申请公开办理规程,统一答复文书格式。', owners: ['市司法局'] },
  { id: '2.2', section: '2', text: '组织开展政务公开第三方评估,评估结果纳入绩效考核。', owners: ['市政府办'] },
]);
const newPlan = makeRegister({ '1': '平台建设', '2': '制度建设' }, [
  { id: '1.1', section: '1', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。', owners: ['市政管局'] },
  {
    id: '1.2',
    section: '1',
    text: '办好政府公报电子版,实现电子版与纸质版同步发行,逐步推行政府公报移动端展示。',
    owners: ['市政府办', '市档案馆'],
  },
  {
    id: '1.3',
    section: '1',
    text: '健全政务新媒体分级备案和内容发布审核制度,对僵尸账号立即关停,落实三审三校。',
    owners: ['市委网信办'],
  },
  { id: '2.1', section: '2', text: '修订依申请公开办理规程,统一答复文书格式。', owners: ['市司法局'] },
  { id: '2.2', section: '2', text: '开展政务公开专项培训,提升工作人员业务能力。', owners: ['市政府办'] },
]);

let browser: Browser;
let page: Page;
let dir = '';
const fetched: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  warmRealDeps();
  // Mutual best matches only from 0.3: the two 2.2 tasks (a weak look-alike) stay apart, listed as possible.
  const result = diffRegisters(
    [
      { name: 'old', register: oldPlan },
      { name: 'new', register: newPlan },
    ],
    { ...DEFAULT_DIFF_OPTIONS, mutualScore: 0.3 },
    realDeps(),
  );
  dir = mkdtempSync(path.join(tmpdir(), 'workplan-html-'));
  const file = path.join(dir, 'diff.html');
  writeFileSync(file, formatDiffHtml(result));
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Nothing may leave the file: every request other than the file itself or a data: URL fails the test.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    fetched.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
}, BROWSER_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, BROWSER_TIMEOUT);

const visible = (): Promise<string[]> =>
  page.$$eval('tr.entry:not(.hidden)', (rows) => rows.map((r) => (r as HTMLElement).dataset.classes ?? ''));
const choose = async (name: string, value: string): Promise<void> => {
  await page.selectOption(`select[name="${name}"]`, value);
};

describe('the HTML diff report in chromium', () => {
  it(
    'opens with no console errors and fetches nothing',
    async () => {
      expect(await page.title()).toContain('→');
      expect(consoleErrors).toEqual([]);
      expect(fetched).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'hides unchanged pairs until asked',
    async () => {
      expect((await visible()).some((c) => c.split(' ').includes('unchanged'))).toBe(false);
      await page.check('input[name="all"]');
      expect((await visible()).filter((c) => c === 'unchanged')).toHaveLength(2);
      await page.uncheck('input[name="all"]');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'filters by class',
    async () => {
      await choose('cls', 'merged');
      expect(await visible()).toEqual(['merged']);
      await choose('cls', 'units-changed');
      const rows = await visible();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((c) => c.split(' ').includes('units-changed'))).toBe(true);
      await choose('cls', '');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'filters by unit and by section',
    async () => {
      await choose('unit', '市委网信办');
      const byUnit = await page.$$eval('tr.entry:not(.hidden)', (rows) =>
        rows.map((r) => (r as HTMLElement).dataset.units ?? ''),
      );
      expect(byUnit.length).toBeGreaterThan(0);
      expect(byUnit.every((u) => u.split('|').includes('市委网信办'))).toBe(true);
      await choose('unit', '');
      await choose('sec', '制度建设');
      const bySection = await page.$$eval('tr.entry:not(.hidden)', (rows) => rows.map((r) => (r as HTMLElement).dataset.section));
      expect(bySection.length).toBeGreaterThan(0);
      expect(new Set(bySection)).toEqual(new Set(['制度建设']));
      expect(await page.$$eval('tr.section-head:not(.hidden)', (rows) => rows.map((r) => r.textContent))).toEqual(['制度建设']);
      await choose('sec', '');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'marks possible matches for review and shows inline diffs',
    async () => {
      await choose('cls', 'possible');
      const rows = await page.$$eval('tr.entry:not(.hidden)', (rs) => rs.map((r) => r.textContent ?? ''));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((t) => t.includes('possible:'))).toBe(true);
      await choose('cls', '');
      expect(await page.$$eval('ins', (xs) => xs.map((x) => x.textContent).join(''))).toContain('移动端展示');
      expect(consoleErrors).toEqual([]);
      expect(fetched).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );
});
