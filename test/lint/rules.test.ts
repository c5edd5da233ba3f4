import { describe, expect, it } from 'vitest';
import { lintTree } from '../../src/lint/engine.js';
import { parseInput } from '../../src/pipeline.js';
import type { AnyRule } from '../../src/lint/rule.js';
import {
  debrisLeft,
  emptySection,
  levelSkip,
  missingDate,
  missingTitle,
  mixedMarkers,
  mixedScript,
  numberingGap,
  taskWithoutUnit,
  unbalancedBracket,
  unparsedAnnotation,
} from '../../src/lint/rules/index.js';
import type { Register } from '../../src/core/register.js';
import { doc, register, section, subject, task } from './make-register.js';

function run(rule: AnyRule, reg: Register, options: Record<string, unknown> = {}, text?: string): string[] {
  return lintTree(subject(reg, text), [{ rule, level: 'error', options }]).map((m) => `${m.position?.start.line}: ${m.reason}`);
}

const l1 = (ordinals: number[], start = 2) =>
  ordinals.map((n, i) => section(String(i + 1), `${'一二三四五六七八九十'[n - 1]}、`, 1, n, start + i * 10));

describe('numbering-gap', () => {
  it.each([
    ['continuous', [1, 2, 3], []],
    ['a gap', [1, 2, 4], ['22: Expected `三、`, found `四、`: `三、` is missing']],
    ['a wider gap', [1, 5], ['12: Expected `二、`, found `五、`: `二、` to `四、` are missing']],
    ['a repeat', [1, 2, 2], ['22: `二、` repeats the previous number']],
    [
      'a step back',
      [1, 3, 2],
      ['12: Expected `二、`, found `三、`: `二、` is missing', '22: Expected `四、`, found `二、`: the numbering steps back'],
    ],
    ['a late start', [2, 3], ['2: Expected `一、`, found `二、`: `一、` is missing']],
    ['a second block starting again at 一、', [1, 2, 3, 1, 2], []],
    ['a second block that repeats', [1, 2, 1, 1], ['32: `一、` repeats the previous number']],
  ])('level 1 %s', (_name, ordinals, expected) => {
    expect(run(numberingGap, register([doc({ sections: l1(ordinals) })]))).toEqual(expected);
  });

  const continued = () =>
    register([
      doc({
        sections: [
          section('1', '一、', 1, 1, 2, [section('1.1', '(一)', 2, 1, 3), section('1.2', '(二)', 2, 2, 4)]),
          section('2', '二、', 1, 2, 5, [section('2.1', '(三)', 2, 3, 6), section('2.2', '(四)', 2, 4, 7)]),
          section('3', '三、', 1, 3, 8, [section('3.1', '(五)', 2, 5, 9)]),
        ],
      }),
    ]);
  const restarted = () =>
    register([
      doc({
        sections: [
          section('1', '一、', 1, 1, 2, [section('1.1', '(一)', 2, 1, 3), section('1.2', '(二)', 2, 2, 4)]),
          section('2', '二、', 1, 2, 5, [section('2.1', '(一)', 2, 1, 6)]),
        ],
      }),
    ]);

  it.each([
    ['auto', 'continued', continued, []],
    ['continue', 'continued', continued, []],
    [
      'restart',
      'continued',
      continued,
      [
        '6: Expected `(一)`, found `(三)`: `(一)` to `(二)` are missing',
        '9: Expected `(一)`, found `(五)`: `(一)` to `(四)` are missing',
      ],
    ],
    ['auto', 'restarted', restarted, []],
    ['restart', 'restarted', restarted, []],
    ['continue', 'restarted', restarted, ['6: Expected `(三)`, found `(一)`: the numbering steps back']],
  ])('continuation %s on %s numbering', (continuation, _kind, make, expected) => {
    expect(run(numberingGap, make(), { continuation })).toEqual(expected);
  });

  it('counts a numbered item once although it is both a section and its tasks', () => {
    const reg = register([
      doc({
        sections: [section('1', '(一)', 2, 1, 2), section('2', '(二)', 2, 2, 3)],
        tasks: [
          task('1a', '1', 2, { marker: '(一)' }),
          task('1b', '1', 2, { marker: '(一)' }),
          task('2', '2', 3, { marker: '(二)' }),
        ],
      }),
    ]);
    expect(run(numberingGap, reg)).toEqual([]);
  });

  it('reads numbered tasks that are not sections', () => {
    const reg = register([
      doc({
        sections: [section('1', '一、', 1, 1, 2)],
        tasks: [task('1.1', '1', 3, { marker: '1.' }), task('1.2', '1', 4, { marker: '3.' })],
      }),
    ]);
    expect(run(numberingGap, reg)).toEqual(['4: Expected `2.`, found `3.`: `2.` is missing']);
  });
});

describe('level-skip', () => {
  it.each([
    [
      '一、 → (一) → 1.',
      [section('1', '一、', 1, 1, 2, [section('1.1', '(一)', 2, 1, 3, [section('1.1.1', '1.', 3, 1, 4)])])],
      [],
    ],
    [
      '一、 → 1.',
      [section('1', '一、', 1, 1, 2, [section('1.1', '1.', 3, 1, 3), section('1.2', '2.', 3, 2, 4)])],
      ['3: `1.` comes straight under `一、`: level 2 (`(一)`) is skipped'],
    ],
    [
      '(一) → (1)',
      [section('1', '(一)', 2, 1, 2, [section('1.1', '(1)', 4, 1, 3)])],
      ['3: `(1)` comes straight under `(一)`: level 3 (`1.`) is skipped'],
    ],
    ['a plan that starts at 1.', [section('1', '1.', 3, 1, 2), section('2', '2.', 3, 2, 3)], []],
  ])('%s', (_name, sections, expected) => {
    expect(run(levelSkip, register([doc({ sections })]))).toEqual(expected);
  });
});

describe('mixed-markers', () => {
  it.each([
    ['one style', ['1.', '2.', '3.'], []],
    ['1、 among 1.', ['1.', '2、', '3.'], ['4: `2、` is written in another style than the `1.` used at this level']],
    ['full width is the same style', ['1.', '2．', '3.'], []],
  ])('%s', (_name, markers, expected) => {
    const children = markers.map((m, i) => section(`1.${i + 1}`, m, 3, i + 1, 3 + i));
    expect(run(mixedMarkers, register([doc({ sections: [section('1', '(一)', 2, 1, 2, children)] })]))).toEqual(expected);
  });
});

describe('task-without-unit', () => {
  const annotated = (id: string, sectionId: string, line: number) =>
    task(id, sectionId, line, { owners: ['市财政局'], unitsText: '(市财政局负责)' });
  it.each([
    ['all annotated', [annotated('1', '1', 3), annotated('2', '1', 4)], []],
    ['none annotated', [task('1', '1', 3), task('2', '1', 4)], []],
    [
      'one missing',
      [annotated('1', '1', 3), annotated('2', '1', 4), task('3', '1', 5, { marker: '3.' })],
      ['5: Task `3.` names no unit, though 2 of the 3 tasks in this document do'],
    ],
    ['half annotated is not "most"', [annotated('1', '1', 3), task('2', '1', 4), annotated('3', '1', 5), task('4', '1', 6)], []],
    [
      'a further paragraph of an annotated item',
      [
        annotated('1', '1', 3),
        task('2a', '1.1', 4, { marker: '2.', owners: ['市教育局'], unitsText: '(市教育局)' }),
        task('2b', '1.1', 5, { marker: '2.' }),
      ],
      [],
    ],
    [
      'a task of a multi-task paragraph',
      [
        annotated('1', '1', 3),
        task('2a', '1.1', 4, { marker: '2.', owners: ['市教育局'], unitsText: '(市教育局)' }),
        task('2b', '1.1', 4, { marker: '2.' }),
      ],
      ['4: Task `2.` names no unit, though 2 of the 3 tasks in this document do'],
    ],
    [
      'a wholly unannotated top-level section',
      [annotated('1', '1.1', 3), annotated('2', '1.2', 4), annotated('3', '1.3', 5), task('4', '2.1', 6)],
      [],
    ],
  ])('%s', (_name, tasks, expected) => {
    expect(run(taskWithoutUnit, register([doc({ tasks })]))).toEqual(expected);
  });

  it('reports unannotated sections too when asked', () => {
    const tasks = [annotated('1', '1.1', 3), annotated('2', '1.2', 4), annotated('3', '1.3', 5), task('4', '2.1', 6)];
    expect(run(taskWithoutUnit, register([doc({ tasks })]), { unannotatedSections: true })).toHaveLength(1);
  });
});

describe('unparsed-annotation', () => {
  it('reports an annotation that gave no unit, and a segment warning on another line', () => {
    const reg = register(
      [
        doc({
          tasks: [
            task('1', null, 3, { unitsText: '(待定)' }),
            task('2', null, 4, { owners: ['市财政局'], unitsText: '(市财政局)' }),
          ],
        }),
      ],
      {
        warnings: [
          { line: 3, code: 'unparsed-annotation', message: 'no units found in (待定)' },
          { line: 9, code: 'unparsed-annotation', message: 'no units found in 责任单位:另行确定' },
          { line: 10, code: 'title-guessed', message: 'not ours' },
        ],
      },
    );
    expect(run(unparsedAnnotation, reg)).toEqual([
      '3: No unit could be read from the annotation `(待定)`',
      '9: no units found in 责任单位:另行确定',
    ]);
  });
});

describe('unbalanced-bracket', () => {
  /** Line, column and reason of each finding of one rule on a notice run through the pipeline. */
  function places(rule: AnyRule, text: string): [number | undefined, number | undefined, string][] {
    const { tree, clean } = parseInput(text, {});
    return lintTree({ tree, source: clean.lineIndex }, [{ rule, level: 'warn', options: {} }]).map((m) => [
      m.position?.start.line,
      m.position?.start.column,
      m.reason,
    ]);
  }

  it('places the damaged bracket on its source line and column', () => {
    expect(places(unbalancedBracket, '标题\n1.做好甲工作。〔区委宣传部负责落实)')).toEqual([[2, 9, '`〔` is closed by `)`']]);
  });

  it('does not count the brackets of a (一) marker', () => {
    expect(places(unbalancedBracket, '2019年工作要点\n(一)做好甲工作(市财政局负责').map((p) => p[1])).toEqual([9]);
  });

  it('reports an annotation the file ends in once, at its bracket, not at its item', () => {
    expect(places(unbalancedBracket, '2019年工作要点\n一、加强领导\n(一)做好甲工作。\n做好乙工作。(市财政局牵头')).toEqual([
      [4, 7, '`(` is never closed'],
    ]);
  });

  it('places a bracket after text the cleaner removed (a pinyin gloss) on its own column', () => {
    const text = '2019年工作要點\n一、加強領導\n(一)推進權力清單和(hé)責任清單公開。(國務院審改辦牽頭';
    expect(places(unbalancedBracket, text)).toEqual([[3, 22, '`(` is never closed']]);
  });

  it('places repeated markers of a one-line notice each on its own', () => {
    const found = lintTree(
      (({ tree, clean }) => ({ tree, source: clean.lineIndex }))(
        parseInput('2019年工作要点\n一、甲。(一)做好甲工作。(三)做好丙工作。二、乙。(一)做好乙工作。(三)做好丁工作。', {}),
      ),
      [{ rule: numberingGap, level: 'error', options: { continuation: 'restart' } }],
    );
    expect(found.map((m) => [m.position?.start.column, m.reason])).toEqual([
      [14, 'Expected `(二)`, found `(三)`: `(二)` is missing'],
      [36, 'Expected `(二)`, found `(三)`: `(二)` is missing'],
    ]);
  });
});

describe('debris-left', () => {
  const reg = register([doc()], {
    stripped: [
      { line: 1, rule: 'breadcrumb', reason: 'navigation trail', text: '首页 > 通知' },
      { line: 5, rule: 'page-meta', reason: 'page metadata', text: '来源:某网站' },
    ],
  });
  it.each([
    [{}, ['1: Debris left in the text (breadcrumb): `首页 > 通知`', '5: Debris left in the text (page-meta): `来源:某网站`']],
    [{ ignore: ['page-meta'] }, ['1: Debris left in the text (breadcrumb): `首页 > 通知`']],
  ])('options %j', (options, expected) => {
    expect(run(debrisLeft, reg, options)).toEqual(expected);
  });

  it('finds nothing in a cleaned file', () => {
    expect(run(debrisLeft, register([doc()]))).toEqual([]);
  });

  it('reports each stripped piece where it stood, also the same text twice on one line', () => {
    const { tree, clean } = parseInput(
      '2019年工作要點\n一、加強領導\n(一)推進權(quán)力和責(zé)任公開,推進權(quán)力清單公開。',
      {},
    );
    const found = lintTree({ tree, source: clean.lineIndex }, [{ rule: debrisLeft, level: 'error', options: {} }]);
    expect(found.map((m) => [m.position?.start.line, m.position?.start.column, m.position?.end.column])).toEqual([
      [3, 7, 13],
      [3, 16, 20],
      [3, 27, 33],
    ]);
  });
});

describe('document rules', () => {
  it.each([
    ['mixed-script', mixedScript, doc({ script: 'mixed' }), ['1: The document mixes simplified and traditional script']],
    ['mixed-script', mixedScript, doc({ script: 'traditional' }), []],
    ['missing-title', missingTitle, doc({ title: null }), ['1: The document has no title']],
    [
      'missing-title',
      missingTitle,
      doc({
        title: null,
        notice: { title: '关于印发的通知', issuer: null, docNumber: null, date: null, recipients: null, body: null, line: 1 },
      }),
      [],
    ],
    ['missing-date', missingDate, doc({ date: null }), ['1: The document has no date']],
    [
      'missing-date',
      missingDate,
      doc({ date: null, record: { keywords: null, cc: null, printedBy: '秘书处', printedDate: '2011-03-02', line: 9 } }),
      [],
    ],
  ])('%s', (_id, rule, document, expected) => {
    expect(run(rule, register([document]))).toEqual(expected);
  });

  it('names the document when a file holds several', () => {
    expect(run(missingTitle, register([doc(), doc({ index: 2, title: null, line: 20 })]))).toEqual([
      '20: Document 2 has no title',
    ]);
  });
});

describe('empty-section', () => {
  it.each([
    [
      'a level-1 heading with nothing under it',
      [section('1', '一、', 1, 1, 2), section('2', '二、', 1, 2, 3, [section('2.1', '(一)', 2, 1, 4)])],
      [task('h', '1', 2, { text: '标题1' })],
      ['2: Section `一、标题1` is empty'],
    ],
    ['a heading with an intro', [section('1', '一、', 1, 1, 2, [], { intro: '导语' })], [], []],
    ['a heading whose body is a task', [section('1', '一、', 1, 1, 2)], [task('1', '1', 2, { text: '标题1。做好工作' })], []],
    ['one-sentence items at a level with no headings', [section('1', '1.', 3, 1, 2)], [task('1', '1', 2, { text: '标题1' })], []],
  ])('%s', (_name, sections, tasks, expected) => {
    expect(run(emptySection, register([doc({ sections, tasks })]))).toEqual(expected);
  });
});

describe('unbalanced-bracket on hostile input', () => {
  // 40,000 unclosed brackets once took 54 s (each finding rescanned the text); the bench's
  // hostile lint rows measure the scaling, this checks every finding is placed on its own bracket.
  it('places each of 40,000 unclosed brackets at its own column', async () => {
    const { lint } = await import('../../src/lint/index.js');
    const text = `2019年工作要点\n一、总体要求\n1.推进工作${'('.repeat(40_000)}\n`;
    const { tree, clean } = parseInput(text, { path: 'h.txt' });
    const found = lint(tree, clean.lineIndex).filter(
      (m) => m.ruleId === 'lint/unbalanced-bracket' && m.position?.start.line === 3,
    );
    expect(found).toHaveLength(40_000);
    expect(found.map((m) => m.position?.start.column)).toEqual(Array.from({ length: 40_000 }, (_, i) => i + 7));
  });
});
