/**
 * A known task table rendered into the layouts real notices arrive in (one cell per line with
 * empty cells gone, cells between `|` lines, CRLF, full-width row numbers) parses back to the same
 * tasks, leads and owners (a property: any table of made-up rows).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInput } from '../../src/pipeline.js';

interface Row {
  readonly task: string;
  readonly leads: readonly string[];
  readonly owners: readonly string[];
  readonly requirement: string | null;
}
interface Group {
  readonly title: string;
  readonly rows: readonly Row[];
}

const TASKS = [
  '开展全民健身活动',
  '完善公共文化设施',
  '推进数字档案建设',
  '加强应急演练',
  '建立志愿服务台账',
  '更新便民服务指南',
];
const UNITS = ['县文化馆', '县体育局', '县卫健委', '县应急局', '县档案馆', '县融媒体中心'];
const OWNERS = ['各乡镇人民政府', '县直有关部门', '县民政局', '各社区居委会'];
const TITLES = ['提升公共服务', '强化基础保障', '优化办事体验'];
const REQUIREMENTS = ['每月报送一次进展。', '年内完成并向社会公开结果。'];

const row: fc.Arbitrary<Row> = fc.record({
  task: fc.constantFrom(...TASKS),
  leads: fc.uniqueArray(fc.constantFrom(...UNITS), { maxLength: 3 }),
  owners: fc.uniqueArray(fc.constantFrom(...OWNERS), { minLength: 1, maxLength: 2 }),
  requirement: fc.option(fc.constantFrom(...REQUIREMENTS), { freq: 2 }),
});
const table = fc
  .array(fc.array(row, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((groups) => groups.map((rows, i): Group => ({ title: TITLES[i], rows })));

const NUMERALS = '一二三';
const fullWidth = (n: number) => Array.from(String(n), (d) => String.fromCharCode(0xff10 + Number(d))).join('') + '．';

/** One cell per line: empty cells vanish; a lead cell of several units puts one a line, or lists them. */
function cellPerLine(groups: readonly Group[], options: { leadPerLine: boolean; wide: boolean }): string[] {
  const lines = ['工作任务', '牵头单位', '责任单位', '工作要求'];
  let n = 0;
  groups.forEach((g, i) => {
    lines.push(`${NUMERALS[i]}、${g.title}`);
    for (const r of g.rows) {
      n++;
      lines.push(options.wide ? fullWidth(n) : `${n}.`, r.task);
      if (r.leads.length > 0) lines.push(...(options.leadPerLine ? r.leads : [r.leads.join('、')]));
      lines.push(r.owners.join('，'));
      if (r.requirement !== null) lines.push(r.requirement);
    }
  });
  return lines;
}

/** Cells between lines holding only `|`: an empty cell leaves nothing between its bars. */
function barLines(groups: readonly Group[]): string[] {
  const cells = ['工作任务', '牵头单位', '责任单位', '工作要求'];
  let n = 0;
  groups.forEach((g, i) => {
    cells.push(`${NUMERALS[i]}、${g.title}`);
    for (const r of g.rows) {
      n++;
      cells.push(`${n}.`, r.task, r.leads.join('、'), r.owners.join('、'), r.requirement ?? '');
    }
  });
  return cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']));
}

function expected(groups: readonly Group[]) {
  return groups.flatMap((g, i) =>
    g.rows.map((r, k) => ({
      id: `${i + 1}.${k + 1}`,
      text: r.requirement === null ? r.task : `${r.task} ${r.requirement}`,
      leads: r.leads,
      owners: r.owners,
    })),
  );
}

function parsed(text: string) {
  const doc = parseInput(text).register.documents[0];
  return {
    sections: doc.sections.map((s) => s.title),
    tasks: doc.tasks.map((t) => ({ id: t.id, text: t.text, leads: t.leads, owners: t.owners })),
  };
}

describe('a task table rendered into flattened layouts parses back', () => {
  it('one cell per line, LF or CRLF, half- or full-width row numbers', () => {
    fc.assert(
      fc.property(table, fc.boolean(), fc.boolean(), fc.boolean(), (groups, leadPerLine, wide, crlf) => {
        const text = cellPerLine(groups, { leadPerLine, wide }).join(crlf ? '\r\n' : '\n');
        expect(parsed(text)).toEqual({ sections: groups.map((g) => g.title), tasks: expected(groups) });
      }),
      { numRuns: 60, seed: 14014 },
    );
  }, 120_000);

  it('cells between | lines', () => {
    fc.assert(
      fc.property(table, (groups) => {
        expect(parsed(barLines(groups).join('\n'))).toEqual({ sections: groups.map((g) => g.title), tasks: expected(groups) });
      }),
      { numRuns: 60, seed: 14015 },
    );
  }, 120_000);
});
