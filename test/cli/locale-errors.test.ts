/** Errors for bad input follow the locale too: one line naming the file, the same exit code; English by default. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { deserializeError, serializeError } from '../../src/cli/batch/errors.js';
import { said } from '../../src/i18n/catalogue.js';
import { runMain, tempDir } from './helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
const NOTICE = '某县政务公开工作要点\n\n一、加强政策解读\n（一）做好解读工作。（县政府办负责）\n';

/** A folder with a notice, a PNG under a text name, a bad lint config, a table already there; made up. */
function workspace(): string {
  const dir = tempDir('workplan-locale-errors-');
  writeFileSync(path.join(dir, 'ok.txt'), NOTICE);
  writeFileSync(path.join(dir, '图.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(path.join(dir, 'bad.yaml'), 'rules:\n  no-such-rule: error\n');
  writeFileSync(path.join(dir, '表.csv'), 'kept\n');
  return dir;
}

const CASES: readonly { name: string; args: string[]; zh: string; en: string }[] = [
  {
    name: 'a missing file',
    args: ['parse', 'missing.txt'],
    zh: 'workplan: missing.txt: 没有这个文件或文件夹\n',
    en: 'workplan: missing.txt: no such file or folder\n',
  },
  {
    name: 'a glob matching nothing',
    args: ['lint', 'nope/*.txt'],
    zh: 'workplan: nope/*.txt: 没有文件匹配这个模式\n',
    en: 'workplan: nope/*.txt: no files match this pattern\n',
  },
  {
    name: 'a binary file',
    args: ['parse', '图.txt'],
    zh: 'workplan: 图.txt: 这是 PNG 图片，不是文本或 HTML 文档\n',
    en: 'workplan: 图.txt: a PNG image, not a text or HTML document\n',
  },
  {
    name: 'a bad config',
    args: ['lint', '--config', 'bad.yaml', 'ok.txt'],
    zh: 'workplan: bad.yaml: 2:3 处：未知的规则“no-such-rule”\n',
    en: "workplan: bad.yaml: 2:3: unknown rule 'no-such-rule'\n",
  },
  {
    name: 'a bad --rule',
    args: ['lint', '--rule', 'x', 'ok.txt'],
    zh: 'workplan: --rule: “x”不是 id=级别 的形式（级别：off、warning、error）\n',
    en: "workplan: --rule: 'x' is not of the form id=level (levels: off, warning, error)\n",
  },
  {
    name: 'an output that exists',
    args: ['parse', 'ok.txt', '-f', 'csv', '-o', '表.csv'],
    zh: 'workplan: ok.txt: 表.csv：已存在（要替换请加 --force）\n',
    en: 'workplan: ok.txt: 表.csv: already exists (use --force to replace it)\n',
  },
  {
    name: 'an unknown encoding',
    args: ['clean', '--encoding', 'nope', 'ok.txt'],
    zh: 'workplan: ok.txt: 未知的编码“nope”\n',
    en: "workplan: ok.txt: unknown encoding 'nope'\n",
  },
];

describe('errors for bad input in the language of the run', () => {
  it.each(CASES)('$name: Chinese under LANG=zh_CN.UTF-8 and --lang zh, English by default, exit 2', async ({ args, zh, en }) => {
    const dir = workspace();
    for (const [flags, env] of [
      [[], ZH],
      [['--lang', 'zh'], { LANG: 'C' }],
    ] as const) {
      const run = await runMain([...flags, ...args], dir, { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(zh);
    }
    for (const env of [{}, { LANG: 'C' }, { LANG: 'en_US.UTF-8' }] as Record<string, string>[]) {
      const run = await runMain(args, dir, { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(en);
    }
  });

  it('a folder with nothing to take, and the other inputs still done', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'notes.md'), 'x');
    const run = await runMain(['stats', '.', 'missing.txt', '-f', 'json', '--include', '*.md'], dir, { env: ZH });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('workplan: missing.txt: 没有这个文件或文件夹\n');
    const empty = await runMain(['lint', '.', '--include', '*.docx'], dir, { env: ZH });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('workplan: .: 是文件夹，但其中没有匹配 *.docx 的文件\n');
  });

  it('a file name in a message is escaped, not obeyed, in Chinese too', async () => {
    const dir = workspace();
    const run = await runMain(['parse', 'a\u001b[31mb.txt'], dir, { env: ZH });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toMatch(/^workplan: a.*b\.txt: 没有这个文件或文件夹\n$/);
  });

  it('a message id survives the worker boundary; its English is the message', () => {
    const error = new InputError(said('input.cannotDecode', { encoding: 'gbk', byte: 7 }));
    expect(error.message).toBe('cannot decode as gbk at byte 7');
    const back = deserializeError(serializeError(error, 'a.txt'));
    expect(back).toBeInstanceOf(InputError);
    expect(back.said).toEqual({ id: 'input.cannotDecode', params: { encoding: 'gbk', byte: 7 } });
    expect(back.message).toBe('cannot decode as gbk at byte 7');
    expect(back.file).toBe('a.txt');
  });
});
