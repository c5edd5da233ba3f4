import { describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS } from '../../src/diff/types.js';
import { makeRegister } from './make-register.js';
import { realDeps } from './real-deps.js';

// Made-up plans: 一 kept (same title), 二 renamed, 三 dissolved, a new 三 with a task of its own, and
// one task of 一 that leaves for the renamed section while its siblings stay: moved.
const oldPlan = makeRegister({ '1': '政策解读', '2': '平台建设', '3': '试点工作' }, [
  { id: '1.1', section: '1', text: '围绕减税降费、稳就业等重大政策措施,做好政策解读和舆情回应。' },
  { id: '1.2', section: '1', text: '按照谁起草谁解读原则,政策文件与解读材料同步组织、同步审签。' },
  { id: '1.3', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
  { id: '2.1', section: '2', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。' },
  { id: '2.2', section: '2', text: '建立政务新媒体分级备案制度,对僵尸账号立即关停。' },
  { id: '3.1', section: '3', text: '开展基层政务公开标准化规范化试点,形成试点经验材料。' },
]);
const newPlan = makeRegister({ '1': '政策解读', '2': '平台与渠道建设', '3': '公共企事业单位信息公开' }, [
  { id: '1.1', section: '1', text: '围绕减税降费、稳就业等重大政策措施,做好政策解读和舆情回应。' },
  { id: '1.2', section: '1', text: '按照谁起草谁解读原则,政策文件与解读材料同步组织、同步审签。' },
  { id: '2.1', section: '2', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。' },
  { id: '2.2', section: '2', text: '建立政务新媒体分级备案制度,对僵尸账号立即关停。' },
  { id: '2.3', section: '2', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
  { id: '3.1', section: '3', text: '组织编制供水、供电、公共交通等领域公开事项目录。' },
]);

describe('the map of level-1 sections', () => {
  const c = diffRegisters(
    [
      { name: 'old', register: oldPlan },
      { name: 'new', register: newPlan },
    ],
    DEFAULT_DIFF_OPTIONS,
    realDeps(),
  ).comparisons[0];

  it('says which sections were kept, renamed, dissolved and new, with counts', () => {
    expect(c.sections).toEqual([
      {
        status: 'kept',
        old: '政策解读',
        new: [
          { title: '政策解读', tasks: 2 },
          { title: '平台与渠道建设', tasks: 1 },
        ],
        oldTasks: 3,
        continued: 3,
      },
      { status: 'renamed', old: '平台建设', new: [{ title: '平台与渠道建设', tasks: 2 }], oldTasks: 2, continued: 2 },
      { status: 'dissolved', old: '试点工作', new: [], oldTasks: 1, continued: 0 },
      { status: 'new', old: null, new: [{ title: '公共企事业单位信息公开', tasks: 1 }], oldTasks: 0, continued: 0 },
    ]);
  });

  it('calls moved only the task that left its section’s counterpart', () => {
    expect(c.entries.filter((e) => e.classes.includes('moved')).map((e) => `${e.old!.id}→${e.new!.id}`)).toEqual(['1.3→2.3']);
  });
});
