import { describe, expect, it } from 'vitest';
import { addScores, matchByText, norm, perfect, rate, scoreRegister, similarity, type ScoredRegister } from './score.js';

const task = (
  text: string,
  leads: string[] = [],
  owners: string[] = [],
  deadlines: { text: string; date: string | null }[] = [],
) => ({ text, leads, owners, deadlines });

const expected: ScoredRegister = {
  stripped: [
    { line: 1, text: '标题:某县关于印发河道管理要点的通知' },
    { line: 2, text: '来源:某县水务局' },
  ],
  documents: [
    {
      title: '某县2025年河道管理工作要点',
      notice: { title: '某县关于印发河道管理要点的通知', docNumber: '某水〔2025〕3号', date: '2025-03-02' },
      sections: [
        { level: 1, title: '强化日常巡查' },
        { level: 1, title: '加强督查考核' },
      ],
      tasks: [
        task('建立河道巡查台账,每周报送一次。', ['县水务局'], ['各镇人民政府'], [{ text: '年底前', date: '2025-12-31' }]),
        task('开展汛前隐患排查。', [], ['县应急管理局']),
        task('组织季度考评通报。', ['县督查室'], []),
      ],
    },
  ],
};

describe('norm and similarity', () => {
  it('folds widths and drops white space', () => {
    expect(norm('(县 水务局)')).toBe('(县水务局)');
    expect(norm(null)).toBe('');
  });
  it('is 1 for equal texts and 0 for texts with nothing in common', () => {
    expect(similarity('开展巡查', '开展巡查')).toBe(1);
    expect(similarity('开展巡查', '组织考评')).toBe(0);
    expect(similarity('开展汛前隐患排查。', '开展汛前隐患排查。县应急管理局')).toBeGreaterThan(0.7);
  });
});

describe('matchByText', () => {
  it('matches one to one, the most similar first, nothing under the threshold', () => {
    expect(matchByText(['甲乙丙丁', '戊己庚辛'], ['戊己庚辛', '甲乙丙丁', '壬癸子丑'])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('gives a repeated text to the nearest position once each', () => {
    expect(matchByText(['开展巡查', '开展巡查'], ['开展巡查'])).toEqual([[0, 0]]);
    expect(matchByText(['开展巡查', '开展巡查'], ['开展巡查', '开展巡查'])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('scoreRegister', () => {
  it('is perfect on the golden register itself', () => {
    const s = scoreRegister(expected, expected);
    expect(perfect(s)).toBe(true);
    expect(s.tasksR).toEqual({ hit: 3, total: 3 });
    expect(s.meta).toEqual({ hit: 3, total: 3 });
    expect(s.debrisR).toEqual({ hit: 2, total: 2 });
  });

  it('scores leads and owners separately on matched tasks, and precision and recall of tasks', () => {
    const actual: ScoredRegister = {
      stripped: [
        { line: 2, text: '来源: 某县水务局' },
        { line: 9, text: '一、强化日常巡查' },
      ],
      documents: [
        {
          title: '2025年河道管理工作要点',
          notice: { title: null, docNumber: '某水〔2025〕3号', date: '2025-03-02' },
          sections: [
            { level: 1, title: '强化日常巡查' },
            { level: 1, title: '加强督查考核' },
            { level: 1, title: '工作要求' },
          ],
          tasks: [
            // owners taken as leads: leads and owners both wrong
            task('建立河道巡查台账,每周报送一次。', ['县水务局', '各镇人民政府'], [], [{ text: '年底前', date: '2025-12-31' }]),
            // unit glued onto the text: still the same task, text wrong, owners missed
            task('开展汛前隐患排查。县应急管理局', [], []),
            task('加强组织领导。', [], []),
          ],
        },
      ],
    };
    const s = scoreRegister(expected, actual);
    expect(s.title).toEqual({ hit: 0, total: 1 });
    expect(s.meta).toEqual({ hit: 2, total: 3 });
    expect(s.sections).toEqual({ hit: 2, total: 3 });
    expect(s.tasksP).toEqual({ hit: 2, total: 3 });
    expect(s.tasksR).toEqual({ hit: 2, total: 3 });
    expect(s.text).toEqual({ hit: 1, total: 2 });
    expect(s.leads).toEqual({ hit: 1, total: 2 });
    expect(s.owners).toEqual({ hit: 0, total: 2 });
    expect(s.deadlines).toEqual({ hit: 2, total: 2 });
    expect(s.debrisP).toEqual({ hit: 1, total: 2 });
    expect(s.debrisR).toEqual({ hit: 1, total: 2 });
    expect(perfect(s)).toBe(false);
  });

  it('scores stripped text by line, whatever spans a rule cuts it into', () => {
    const e: ScoredRegister = {
      stripped: [
        { line: 4, text: '来源:某县水务局 时间:2025-03-02' },
        { line: 4, text: '微信 微博 -->' },
        { line: 9, text: '附件下载' },
      ],
    };
    // one span where two were expected, a span on the wrong line, and a content line stripped by mistake
    const a: ScoredRegister = {
      stripped: [
        { line: 4, text: '来源: 某县水务局 时间:2025-03-02 微信 微博 -->' },
        { line: 8, text: '附件下载' },
        { line: 9, text: '一、强化巡查' },
      ],
    };
    const s = scoreRegister(e, a);
    expect(s.debrisR).toEqual({ hit: 2, total: 3 });
    expect(s.debrisP).toEqual({ hit: 1, total: 3 });
  });

  it('leaves out measures that do not apply and counts missing documents as wrong', () => {
    const s = scoreRegister({ stripped: [], documents: [{ title: 'A', tasks: [] }] }, { stripped: [], documents: [] });
    expect(s.title).toEqual({ hit: 0, total: 1 });
    expect(rate(s.tasksR)).toBeNull();
    expect(rate(s.debrisP)).toBeNull();
    expect(s.meta).toEqual({ hit: 0, total: 0 });
  });

  it('adds documents item by item', () => {
    const a = scoreRegister(expected, expected);
    const b = scoreRegister(expected, { documents: [] });
    const t = addScores([a, b]);
    expect(t.tasksR).toEqual({ hit: 3, total: 6 });
    expect(t.title).toEqual({ hit: 1, total: 2 });
  });
});
