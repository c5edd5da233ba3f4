import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseInput } from '../../src/pipeline.js';
import { lint } from '../../src/lint/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function findings(seed: string): string[] {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, seed, 'input.txt')));
  const { tree, clean } = parseInput(bytes, { path: `${seed}/input.txt` });
  return lint(tree, clean.lineIndex).map((m) => `${m.position?.start.line} ${m.ruleId}`);
}

/** Read against each seed by hand: every finding below is a real problem of the raw notice. */
describe('lint on the seeds (raw input, default config)', () => {
  it.each([
    // 相关文章 list and the 大汉版通 CMS footer.
    ['seed-000-huanggang-2019', ['127 lint/debris-left', '129 lint/debris-left']],
    // Farm header, three 【篇N】 titles; two compiled plans lost their dates; `〔……)` on line 60.
    [
      'seed-001-content-farm-compilation',
      [
        '1 lint/debris-left',
        '2 lint/debris-left',
        '3 lint/debris-left',
        '4 lint/missing-date',
        '41 lint/debris-left',
        '42 lint/missing-date',
        '60 lint/unbalanced-bracket',
        '84 lint/debris-left',
      ],
    ],
    // Breadcrumb, 日期/來源 page lines, 相關解讀 and the SEO spam block; section 五 is unannotated as a whole (not reported).
    [
      'seed-002-jiangxi-2019-traditional',
      [
        '1 lint/debris-left',
        '2 lint/debris-left',
        '6 lint/debris-left',
        '69 lint/debris-left',
        '71 lint/debris-left',
        '73 lint/debris-left',
      ],
    ],
    // The page header line only: level-2 numbering continues across level-1 sections, which is fine.
    ['seed-003-hangzhou-2018', ['2 lint/debris-left']],
    // 四、(三) lacks the annotation its siblings carry; section 六 (保障措施) is unannotated as a whole.
    ['seed-004-lianyungang-2020', ['21 lint/task-without-unit']],
  ])('%s', (seed, expected) => {
    expect(findings(seed)).toEqual(expected);
  });
});
