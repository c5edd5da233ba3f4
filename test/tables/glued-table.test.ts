/**
 * A task table whose rows an archive extraction glued onto one line with no separator (C4, made
 * up): rows at the next expected number, headings grouping them, the unit run between the task
 * and the requirement (or closing the row), an empty lead cell left as one space.
 * Known limit: a task cell holding a level word before its units (举办全县…县体育局) starts the
 * unit run too early; the glued text has nothing else to tell them apart.
 */
import { describe, expect, it } from 'vitest';
import { gluedTable } from '../../src/tables/glued-table.js';
import { parseInput } from '../../src/pipeline.js';
import { checkLines, checkSchema } from '../properties/checks.js';

describe('a task table glued onto one line', () => {
  const line =
    '各镇人民政府：现将任务分解表印发给你们。县政府办公室 2025年3月2日 附件县2025年体育工作任务分解表' +
    '工 作 任 务牵头单位责 任 单 位工 作 要 求' +
    '一、完善健身设施（一）补齐场地短板' +
    '1.新建社区健身广场 各镇人民政府、县直有关部门按每镇不少于2处建设，年底前建成。' +
    '2.改造老旧体育场馆县体育局各镇人民政府，县住建局完成3处场馆改造并向社会开放。' +
    '二、丰富赛事活动（二）办好群众赛事' +
    '3.举办农民运动会县体育局县文旅局各镇人民政府、县融媒体中心组织10个以上项目比赛。';

  it('reads rows, headings and units', () => {
    const glued = gluedTable(line, 0);
    // Lead vs owner by position: the glued names before the listed 责任单位 cell are the 牵头单位 cell.
    expect(
      glued?.table.rows.map((r) => [r.groups.map((g) => g.text), r.seq, r.text, r.leadText, r.ownerText, r.requirementText]),
    ).toEqual([
      [
        ['一、完善健身设施', '（一）补齐场地短板'],
        '1.',
        '新建社区健身广场',
        '',
        '各镇人民政府、县直有关部门',
        '按每镇不少于2处建设，年底前建成。',
      ],
      [
        ['一、完善健身设施', '（一）补齐场地短板'],
        '2.',
        '改造老旧体育场馆',
        '县体育局',
        '各镇人民政府，县住建局',
        '完成3处场馆改造并向社会开放。',
      ],
      [
        ['二、丰富赛事活动', '（二）办好群众赛事'],
        '3.',
        '举办农民运动会',
        '县体育局县文旅局',
        '各镇人民政府、县融媒体中心',
        '组织10个以上项目比赛。',
      ],
    ]);
    expect(line.slice(0, glued?.start)).toMatch(/分解表$/);
  });

  it('keeps the notice before the table and gives the plan its sections through parseInput', () => {
    const out = parseInput(line);
    expect(checkSchema(out)).toBeNull();
    expect(checkLines(out)).toBeNull();
    const doc = out.register.documents[0];
    // The notice before the header stays the document's own text.
    expect(JSON.stringify(doc)).toContain('现将任务分解表印发给你们');
    expect(doc.sections.map((s) => [s.id, s.marker, s.title, s.sections.map((c) => c.marker)])).toEqual([
      ['1', '一、', '完善健身设施', ['(一)']],
      ['2', '二、', '丰富赛事活动', ['(二)']],
    ]);
    expect(doc.tasks.map((t) => [t.id, t.text.split(' ')[0], t.owners.length > 0])).toEqual([
      ['1.1.1', '新建社区健身广场', true],
      ['1.1.2', '改造老旧体育场馆', true],
      ['2.1.1', '举办农民运动会', true],
    ]);
  });

  it('reads a table whose units close each row (requirement before the units)', () => {
    const text =
      '附件任务清单工作任务工作要求牵头单位责任单位一、加强宣传1.开展健身知识讲座。 各镇人民政府，县直有关部门2.发布赛事信息。县融媒体中心各镇人民政府（社区）';
    const glued = gluedTable(text, 0);
    expect(glued?.table.rows.map((r) => [r.text, r.leadText, r.ownerText])).toEqual([
      ['开展健身知识讲座。', '', '各镇人民政府，县直有关部门'],
      ['发布赛事信息。', '县融媒体中心', '各镇人民政府（社区）'],
    ]);
  });

  it('takes a heading printed twice as one group, a tail the unit reader stops short in, and ends at the last units', () => {
    const text =
      '工作任务工作要求牵头单位责任单位一、加强宣传1.开展健身知识讲座。 各镇人民政府一、加强宣传2.发布赛事信息。 各镇人民政府，县直有关部鬥' +
      '3.更新场馆开放目录。县体育局各镇人民政府任务清单.docx 下载';
    const glued = gluedTable(text, 0);
    expect(glued?.table.rows.map((r) => [r.groups.map((g) => g.text), r.text, r.leadText, r.ownerText])).toEqual([
      [['一、加强宣传'], '开展健身知识讲座。', '', '各镇人民政府'],
      [['一、加强宣传'], '发布赛事信息。', '', '各镇人民政府，县直有关部鬥'],
      [['一、加强宣传'], '更新场馆开放目录。', '县体育局', '各镇人民政府'],
    ]);
    expect(text.slice(glued?.end)).toBe('任务清单.docx 下载');
  });
});
