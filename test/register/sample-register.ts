import type { Register, RegisterDocument, Task } from '../../src/core/register.js';

/** A small, valid register written by hand (shapes as in seed-003, Hangzhou 2018). */
export function sampleTask(overrides: Partial<Task> = {}): Task {
  return {
    id: '1.1',
    sectionId: '1.1',
    marker: null,
    title: null,
    text: '推进重大建设项目批准和实施领域信息公开,2018年10月底前完成清单编制',
    leads: ['市发改委'],
    owners: ['市建委', '各区、县(市)政府'],
    separately: false,
    unitsText: '(市发改委牵头,市建委、各区、县(市)政府负责落实)',
    deadlines: [{ text: '2018年10月底前', date: '2018-10-31' }],
    targets: [],
    line: 12,
    column: 1,
    ...overrides,
  };
}

export function sampleDocument(overrides: Partial<RegisterDocument> = {}): RegisterDocument {
  return {
    index: 1,
    title: '2018年杭州市政务公开工作要点',
    notice: {
      title: '杭州市人民政府办公厅关于印发2018年杭州市政务公开工作要点的通知',
      issuer: '杭州市人民政府办公厅',
      docNumber: '杭政办函〔2018〕84号',
      date: '2018-06-19',
      recipients: '各区、县(市)人民政府,市政府各部门、各直属单位',
      body: '《2018年杭州市政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。',
      line: 1,
    },
    issuer: '杭州市人民政府办公厅',
    date: '2018-06-19',
    year: 2018,
    disclosure: '此件公开发布',
    preamble: '2018年全市政务公开工作的总体要求是:……',
    closing: null,
    record: null,
    script: 'simplified',
    sections: [
      {
        id: '1',
        marker: '一、',
        level: 1,
        ordinal: 1,
        title: '推进重点领域信息公开',
        intro: null,
        sections: [
          {
            id: '1.1',
            marker: '(一)',
            level: 2,
            ordinal: 1,
            title: '推进重大建设项目信息公开',
            intro: null,
            sections: [],
            line: 11,
          },
        ],
        line: 10,
      },
    ],
    tasks: [
      sampleTask(),
      sampleTask({
        id: '1.1a',
        text: '=HYPERLINK("http://x","点击"),并做好"双公示"工作',
        leads: [],
        owners: ['各地', '各部门'],
        unitsText: '(各地、各部门落实)',
        deadlines: [
          { text: '年底前', date: null },
          { text: '长期坚持', date: null },
        ],
        targets: [{ text: '不少于1次' }],
        line: 13,
        column: 5,
      }),
      sampleTask({ id: '2', sectionId: null, text: '其他工作', leads: [], owners: [], unitsText: null, deadlines: [], line: 20 }),
    ],
    line: 1,
    endLine: 30,
    ...overrides,
  };
}

export function sampleRegister(overrides: Partial<Register> = {}): Register {
  return {
    schemaVersion: '1.0',
    source: {
      path: 'fixtures/seed-003-hangzhou-2018/input.txt',
      sha256: 'a'.repeat(64),
      encoding: 'utf-8',
      format: 'text',
      script: 'simplified',
      outputScript: 'original',
    },
    pageMeta: { date: '2018-06-25', views: '1024' },
    stripped: [{ line: 2, rule: 'seo-spam', reason: 'SEO keyword list', text: '政务公开 工作要点 范文' }],
    warnings: [{ line: 13, code: 'unclosed-annotation', message: 'annotation is not closed' }],
    documents: [sampleDocument()],
    ...overrides,
  };
}

/** A structured deep copy the test can mutate freely. */
export function mutable(register: Register = sampleRegister()): any {
  return structuredClone(register);
}
