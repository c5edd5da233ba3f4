import { describe, expect, it } from 'vitest';
import { parseWarnings } from '../../src/diff/quality.js';
import { makeRegister } from './make-register.js';

describe('parse-quality warnings of a diff input', () => {
  it('says when numbered items were left inside task texts', () => {
    const r = makeRegister({ '1': '平台建设' }, [
      { id: '1.1', section: '1', text: '加强网站建设\n1.\n推进集约化\n2.\n做好迁移\n3.\n完成改造' },
      { id: '1.2', section: '1', text: '用好新媒体\n4.\n分级备案' },
    ]);
    expect(parseWarnings(r).join('\n')).toMatch(/4 numbered items inside the texts of 2 tasks/);
  });

  it('says when most tasks have units and some do not', () => {
    const tasks = ['一', '二', '三', '四', '五'].map((n, i) => ({
      id: `1.${i + 1}`,
      section: '1',
      text: `第${n}项任务的内容。`,
      owners: i < 4 ? ['市财政局'] : [],
    }));
    expect(parseWarnings(makeRegister({ '1': '保障' }, tasks))).toEqual(['1 of 5 tasks have no units while most do']);
  });

  it('says when a section number is skipped', () => {
    const r = makeRegister({ '1': '甲', '3': '丙' }, [{ id: '1.1', section: '1', text: '某项任务。' }]);
    expect(parseWarnings(r).join('\n')).toMatch(/numbering skips/);
  });

  it('says nothing about a clean register', () => {
    const r = makeRegister({ '1': '甲', '2': '乙' }, [
      { id: '1.1', section: '1', text: '推进网站集约化。', owners: ['市政管局'] },
      { id: '2.1', section: '2', text: '办好政府公报。', owners: ['市政府办'] },
    ]);
    expect(parseWarnings(r)).toEqual([]);
  });
});
