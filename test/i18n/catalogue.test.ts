import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { en } from '../../src/i18n/en.js';
import { zh } from '../../src/i18n/zh.js';
import { isMessageId, langFromEnv, langOf, translate } from '../../src/i18n/catalogue.js';
import { cleanRules } from '../../src/clean/rules/index.js';

const ROOT = path.resolve(__dirname, '../..');
const placeholders = (text: string): string[] => [...text.matchAll(/\{\$(\w+)\}/g)].map((m) => m[1]).toSorted();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('the message catalogue', () => {
  it('has every key in both languages, and no other', () => {
    expect(Object.keys(zh).toSorted()).toEqual(Object.keys(en).toSorted());
  });

  it.each(Object.keys(en))('%s: same placeholders in en and zh, and zh is Chinese', (id) => {
    const key = id as keyof typeof en;
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
    expect(zh[key].trim()).not.toBe('');
    // Chinese words, or Chinese punctuation for a separator.
    expect(zh[key]).toMatch(/[\u4e00-\u9fff\uff0c]/);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'cli.parse.wrote', { file: 'a.xlsx' })).toBe('wrote a.xlsx');
    expect(translate('zh', 'cli.parse.wroteMerged', { file: 'b.csv', notices: 2, tasks: 31 })).toBe(
      '已写入 b.csv：2 份通知，31 项任务',
    );
    // Text that merely looks like a placeholder is left alone.
    expect(translate('en', 'cli.lint.rule')).toContain('`id=[level, {options}]`');
  });

  it('explains every clean rule for the workbook', () => {
    for (const rule of cleanRules) expect(isMessageId(`stripped.${rule.id}`), rule.id).toBe(true);
  });

  it('every cli. and workbook id is used in src (no dead entries); warning. and stripped. ids are looked up by code', () => {
    const source = sourceFiles(path.join(ROOT, 'src'))
      .filter((f) => !f.includes(`${path.sep}i18n${path.sep}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((id) => id.startsWith('cli.') && !source.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });
});

describe('the language', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'zh' }, 'zh'],
    [{ LANG: 'zu_ZA.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'zh_CN.UTF-8' }, 'zh'],
  ])('%j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('reads a language tag', () => {
    expect(['zh', 'zh-Hans', 'zh_CN', 'ZH-cn', 'en', 'zhx', 'de'].map(langOf)).toEqual([
      'zh',
      'zh',
      'zh',
      'zh',
      'en',
      'en',
      'en',
    ]);
  });
});
