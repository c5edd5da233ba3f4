/**
 * Shapes real notices take that the seeds do not show (BRIEF "Beyond the seeds"): a body collapsed
 * onto one line, words and dates broken across lines, bare unit lines, full-width punctuation
 * with CRLF, a truncated annotation, a notice without its plan. Each variant must give the same
 * register as the well-formed notice, line numbers aside.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import type { RegisterDocument } from '../../src/core/register.js';
import { matchMarker, splitBlocks } from '../../src/segment/index.js';
import { splitFrontLines } from '../../src/segment/front-split.js';

const FRONT = [
  '某市人民政府办公室关于印发某市2019年政务公开工作要点的通知',
  '各县(区)人民政府,市人民政府各部门:',
  '《某市2019年政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。',
  '某市人民政府办公室',
  '2019年6月12日',
  '(此件公开发布)',
];
const TITLE = '某市2019年政务公开工作要点';
const BODY = [
  '一、加强政策解读',
  '(一)做好政策解读工作。',
  '1.围绕“12.4”国家宪法日开展普法宣传,2017年10月底前完成解读材料。(市司法局、市发改委牵头,各县区政府负责)',
  '2.推进《政府部门信息公开目录》编制工作。(市政府办公室)',
  '(二)强化回应关切。',
  '3.及时回应社会关切,年底前完成。(市政府办公室、各县区政府按职责分工负责)',
  '二、推进重点领域信息公开',
  '4.推进财政预决算公开。',
  '责任单位:市工信局、财政局、市场监管局。',
  '5.推进重大项目信息公开。',
  '责任单位:区发改局牵头,区直相关部门按职责分工负责',
];
const WELL_FORMED = [...FRONT, TITLE, ...BODY].join('\n');

function fullWidth(text: string): string {
  return text
    .replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/^(\d+)\./gm, '$1．')
    .replace(/\n/g, '\r\n');
}

/** The document with line numbers dropped: what must not depend on how the text was broken. */
function content(text: string): unknown {
  const doc = parseInput(text).register.documents[0];
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'line' || k === 'column' || k === 'endLine' ? undefined : v)));
}

const variants: [string, string][] = [
  ['body collapsed onto one line', [...FRONT, TITLE, BODY.join('')].join('\n')],
  ['the whole notice on one line', [...FRONT, TITLE, ...BODY].join('')],
  ['plan title and body on one line', [...FRONT, TITLE + BODY.join('')].join('\n')],
  [
    'date and a book title broken across lines',
    WELL_FORMED.replace('2019年6月12日', '2019\n年\n6\n月\n12\n日').replace('《政府部门', '《政\n府部门'),
  ],
  ['full-width punctuation and CRLF', fullWidth(WELL_FORMED)],
];

describe('a notice in shapes the seeds do not show', () => {
  const expected = content(WELL_FORMED) as RegisterDocument;

  it('the well-formed notice reads as written', () => {
    expect(expected.notice).toMatchObject({ date: '2019-06-12', recipients: '各县(区)人民政府,市人民政府各部门' });
    expect(expected.title).toBe(TITLE);
    expect(expected.tasks.map((t) => [t.id, t.leads, t.owners])).toEqual([
      ['1.1.1', ['市司法局', '市发改委'], ['各县区政府']],
      ['1.1.2', [], ['市政府办公室']],
      ['1.2.1', [], ['市政府办公室', '各县区政府']],
      ['2.1', [], ['市工信局', '财政局', '市场监管局']],
      ['2.2', ['区发改局'], ['区直相关部门']],
    ]);
    expect(expected.tasks[0].deadlines).toEqual([{ text: '2017年10月底前', date: '2017-10-31' }]);
    // A heading whose only following line is its unit line has no title over it.
    expect(expected.tasks.map((t) => t.title)).toEqual([null, null, null, null, null]);
  });

  it.each(variants)('%s: same document', (_name, text) => {
    expect(content(text)).toEqual(expected);
  });
});

describe('incomplete notices', () => {
  // The cut may fall inside the last name (市财…) and always loses the role word that would have
  // followed, so only units whose role the surviving text states are taken; unitsText keeps all.
  it.each([
    ['(市发改委、市财', [], []],
    ['(市发改委牵头,市财', ['市发改委'], []],
    ['(责任单位:市发改委、市财', [], ['市发改委']],
    ['(市发改委牵头,市财政局负责', ['市发改委'], ['市财政局']],
  ])('truncated mid-annotation %s: text kept, stated units read, a warning', (tail, leads, owners) => {
    const text = [...FRONT, TITLE, ...BODY.slice(0, 7), `4.推进财政预决算公开工作。${tail}`].join('\n');
    const { register } = parseInput(text);
    const last = register.documents[0].tasks.at(-1)!;
    expect(last).toMatchObject({ id: '2.1', text: '推进财政预决算公开工作。', unitsText: tail, leads, owners });
    expect(register.warnings.map((w) => w.code)).toContain('unbalanced-bracket');
  });

  it('a notice whose plan was an attachment: the notice, no tasks', () => {
    const { register } = parseInput([...FRONT.slice(0, 3), '附件:某市2019年政务公开工作要点', ...FRONT.slice(3)].join('\n'));
    const doc = register.documents[0];
    expect(doc.notice).toMatchObject({ title: FRONT[0], issuer: '某市人民政府办公室', date: '2019-06-12' });
    expect(doc.disclosure).toBe('此件公开发布');
    expect(doc.tasks).toEqual([]);
    expect(doc.sections).toEqual([]);
  });
});

describe('inline markers in a collapsed line', () => {
  it.each([
    ['工作要点一、加强解读(一)做好解读。1.开展宣传。', ['一、', '(一)', '1.']],
    ['实施方案一、总体要求', ['一、']],
    ['推进统一、规范的公开。', []],
    ['(此件公开发布)工作要点一、加强解读', ['一、']],
    ['一、甲。二、乙工作要点一、丙', ['一、', '二、']],
    ['1.围绕“12.4”国家宪法日,2017年10月底前完成。2.做好。', ['1.', '2.']],
  ])('%s', (text, markers) => {
    expect(splitBlocks(text).flatMap((b) => (b.marker ? [b.marker.marker] : []))).toEqual(markers);
  });
});

describe('a collapsed notice head', () => {
  const line = (text: string) => [{ start: 0, end: text.length, text }];
  it.each([
    [FRONT.join('') + TITLE, [...FRONT, TITLE]],
    // A date inside a sentence is no 成文日期.
    [
      '某市人民政府办公室关于印发某市2019年政务公开工作要点的通知各县(区)人民政府,市人民政府各部门:请各单位于2019年6月12日前报送,市政府办公室2019年6月12日印发的方案同时废止,请认真贯彻落实。',
      [
        '某市人民政府办公室关于印发某市2019年政务公开工作要点的通知',
        '各县(区)人民政府,市人民政府各部门:',
        '请各单位于2019年6月12日前报送,市政府办公室2019年6月12日印发的方案同时废止,请认真贯彻落实。',
      ],
    ],
  ])('%s', (text, parts) => {
    expect(splitFrontLines(line(text)).map((l) => l.text)).toEqual(parts);
  });
});

describe('an item that opens with its deadline', () => {
  it.each([
    ['1.2017年10月底前完成。', '1.'],
    ['1．2017年10月底前完成。', '1．'],
    ['2.12月底前完成。', '2.'],
    ['3.6月份启动。', '3.'],
    ['1.5年内完成。', null],
    ['1.12倍', null],
    ['1、2月份完成。', null],
  ])('%s', (text, marker) => {
    expect(matchMarker(text, 0)?.marker ?? null).toBe(marker);
  });

  it('inline after a sentence end, in a collapsed body', () => {
    const text = ['工作要点', '一、加强解读。1.12月底前完成解读。(市司法局)2.2019年6月底前推进公开。(市财政局)'].join('\n');
    expect(parseInput(text).register.documents[0].tasks.map((t) => [t.id, t.text])).toEqual([
      ['1.1', '12月底前完成解读。'],
      ['1.2', '2019年6月底前推进公开。'],
    ]);
  });
});
