/**
 * Hostile inputs for the scaling check, each at a size and at ten times that size: brackets,
 * one very long line, thousands of repeated structure markers, a long run of table header words. Run in a child process
 * (hostile-child.ts) so a pathological case can be stopped by a timeout.
 */
export type HostileKind =
  | 'brackets'
  | 'split-brackets'
  | 'long-line'
  | 'markers'
  | 'annotations'
  | 'header-words'
  | 'unclosed'
  | 'gaps'
  | 'gaps-one-line'
  | RepeatedKind;

/**
 * Inputs that repeat one piece: on one line (sizes in characters) or as lines (sizes in lines). The
 * cases the clean, normalize, table and HTML stages once timed in the suite live here, where timing
 * belongs: the suite runs them for correctness only.
 */
const REPEATED = {
  'pinyin-glosses': { unit: '印發(fā)', small: 500_000, describe: 'pinyin glosses 印發(fā), one line 0.5 → 5 M chars' },
  'almost-glosses': {
    unit: '發(fāaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    small: 500_000,
    describe: 'unclosed gloss-like brackets, one line 0.5 → 5 M chars',
  },
  breadcrumb: { unit: ' > 政务公开', small: 500_000, describe: 'breadcrumb separators, one line 0.5 → 5 M chars', head: '首页' },
  'label-pairs': { unit: '来源:本站 ', small: 500_000, describe: 'label pairs 来源:本站, one line 0.5 → 5 M chars' },
  'spam-list': { unit: '久久中文字幕人妻丝袜| ', small: 500_000, describe: 'spam list, one line 0.5 → 5 M chars' },
  'spam-prose': {
    unit: '国产免费精品亚洲政务公开工作',
    small: 500_000,
    describe: 'spam words in prose, one line 0.5 → 5 M chars',
  },
  'farm-sentences': { unit: '小编为大家整理的。', small: 500_000, describe: 'content-farm sentences, one line 0.5 → 5 M chars' },
  'share-words': { unit: '微信 微博 ', small: 500_000, describe: 'share words, one line 0.5 → 5 M chars' },
  colons: { unit: ':', small: 500_000, describe: 'colons, one line 0.5 → 5 M chars' },
  'full-width': {
    unit: '（一）推进ＡＢＣ１２３，　公开。',
    small: 500_000,
    describe: 'full-width text and ideographic spaces, one line 0.5 → 5 M chars',
  },
  'plan-lines': { unit: '1.做好信息公开。\n', small: 10_000, describe: 'short numbered lines 10,000 → 100,000' },
  'compilation-markers': {
    unit: '【篇一】xx市工作要点\n',
    small: 10_000,
    describe: 'compilation markers 10,000 → 100,000 lines',
  },
  'related-lines': {
    unit: '相关文章\n关于做好工作的通知\n',
    small: 5_000,
    describe: 'related headings and items 10,000 → 100,000 lines',
  },
  'footer-lines': {
    unit: '版权所有\n',
    small: 5_000,
    describe: 'footer lines then prose 5,000 → 50,000 lines',
    tail: '一、做好信息公开。',
  },
  'blank-lines': { unit: '\n', small: 10_000, describe: 'blank lines 10,000 → 100,000' },
  'tab-header-lines': {
    unit: '序号\t工作任务\t牵头单位\t完成时限\n',
    small: 2_000,
    describe: 'repeated tab-separated header lines 2,000 → 20,000',
  },
  'pipe-header-lines': {
    unit: '| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n',
    small: 1_000,
    describe: 'markdown header lines with rules 2,000 → 20,000 lines',
  },
  'html-flat': {
    unit: '<p>推进政务公开工作。</p>',
    small: 20_000,
    describe: 'a flat HTML page of <p> 20,000 → 200,000',
    head: '<html><body>',
    tail: '</body></html>',
  },
  'html-nested': {
    unit: '<div>',
    small: 20_000,
    describe: 'unclosed <div> nested 20,000 → 200,000 deep (refused)',
    head: '<html><body>',
    tail: '正文',
  },
  'header-word-run': {
    unit: '序号\n重点任务\n牵头单位\n',
    small: 2_000,
    describe: 'a run of table header words, one per line, then one task 6,000 → 60,000 lines',
    head: '关于印发工作要点的通知\n首页 | 政务公开\n',
    tail: '一、做好信息公开。\n',
  },
  'tab-header-empty-rows': {
    unit: '序号\t重点任务\t牵头单位\n1\t\n',
    small: 2_000,
    describe: 'tab header lines over rows without task text 4,000 → 40,000 lines',
  },
  'header-spellings': {
    unit: '序号\t重点任务\t牵头单位\n序 号\t重點任務\t牵头单位\n\n',
    small: 1_000,
    describe: 'tab header lines spelled two ways, blank lines between 3,000 → 30,000 lines',
  },
  'produced-by': {
    unit: '政务 公开(市政管局)\u3000Produced By ',
    small: 500_000,
    describe: 'spaced CJK, ideographic spaces and CMS credits, one line 0.5 → 5 M chars',
  },
  'semicolon-lines': { unit: '甲;\n', small: 10_000, describe: 'short lines ending in ; to be joined 10,000 → 100,000' },
  'mixed-script': {
    unit: '省發展改革委牽頭落實,市发展改革委牵头落实。',
    small: 500_000,
    describe: 'traditional and simplified mixed, one line 0.5 → 5 M chars',
  },
} as const satisfies Record<string, { unit: string; small: number; describe: string; head?: string; tail?: string }>;

type RepeatedKind = keyof typeof REPEATED;

export const HOSTILE: Record<HostileKind, { readonly small: number; readonly describe: string }> = {
  brackets: { small: 100_000, describe: 'brackets ((((…)))) 0.1 → 1 MB' },
  'split-brackets': { small: 100_000, describe: 'open brackets on one line, as many closing on the next 0.1 → 1 M each' },
  'long-line': { small: 500_000, describe: 'one line without breaks 0.5 → 5 MB' },
  markers: { small: 1_000, describe: 'repeated markers 一、(一)1. 1,000 → 10,000' },
  annotations: { small: 1_000, describe: 'tasks with annotations 1,000 → 10,000' },
  'header-words': { small: 2_000, describe: 'table header words, one per line, then as many filled lines 2,000 → 20,000' },
  unclosed: { small: 4_000, describe: 'unclosed ( in one task 4,000 → 40,000' },
  gaps: { small: 1_000, describe: 'numbering with a gap at every item 1,000 → 10,000' },
  'gaps-one-line': { small: 1_000, describe: 'numbered items with gaps on one line 1,000 → 10,000' },
  ...REPEATED,
};

/** The input for `kind` at `size` (bytes-ish for brackets and long line; repetitions otherwise). */
export function hostileText(kind: HostileKind, size: number): string {
  if (kind in REPEATED) {
    const r: { unit: string; head?: string; tail?: string } = REPEATED[kind as RepeatedKind];
    // One-line kinds are sized in characters, line kinds in repetitions.
    const times = r.unit.endsWith('\n') || r.unit.startsWith('<') ? size : Math.ceil(size / r.unit.length);
    return `${r.head ?? ''}${r.unit.repeat(times)}${r.tail ?? ''}`;
  }
  switch (kind as Exclude<HostileKind, RepeatedKind>) {
    case 'brackets': {
      // Mixed ASCII and full-width brackets, mostly unbalanced, some CJK between.
      const unit = '((（【〔[（（开展工作';
      return `2019年工作要点\n一、总体要求\n${unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))}\n`;
    }
    case 'split-brackets':
      return `2019年工作要点\n一、总体要求\n${'('.repeat(size)}\n${')'.repeat(size)}\n`;
    case 'long-line': {
      const unit = '加强统筹协调，推进政务公开工作（市政府办公室牵头，各区县政府负责，2019年6月底前完成）；';
      return `2019年政务公开工作要点\n${unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))}\n`;
    }
    case 'markers': {
      const lines = ['2019年政务公开工作要点'];
      for (let i = 0; i < size; i++) lines.push(i % 3 === 0 ? '一、' : i % 3 === 1 ? '(一)' : '1.');
      return `${lines.join('\n')}\n`;
    }
    case 'annotations': {
      const lines = ['2019年政务公开工作要点', '一、推进决策公开'];
      for (let i = 0; i < size; i++)
        lines.push(
          `${(i % 9) + 1}.做好第${i}项重点工作的公开。(市发展改革委牵头，各区县政府负责，2019年${(i % 12) + 1}月底前完成)`,
        );
      return `${lines.join('\n')}\n`;
    }
    case 'unclosed':
      return `2019年工作要点\n一、总体要求\n1.推进工作${'('.repeat(size)}\n`;
    case 'gaps': {
      const lines = ['2019年政务公开工作要点'];
      for (let i = 0; i < size; i++) lines.push(`${2 * i + 1}.做好第${i}项工作。`);
      return `${lines.join('\n')}\n`;
    }
    case 'gaps-one-line': {
      const parts = ['2019年政务公开工作要点\n一、总体要求\n'];
      for (let i = 0; i < size; i++) parts.push(`(${2 * i + 1})做好第${i}项工作。`);
      return `${parts.join('')}\n`;
    }
    case 'header-words': {
      // The '|' makes the pipeline look for flattened tables at all.
      const lines = ['2019年政务公开工作要点', '首页 | 政务公开'];
      for (let i = 0; i < size; i++) lines.push(['序号', '重点任务', '牵头单位'][i % 3]);
      for (let i = 0; i < size; i++) lines.push(`第${i}行内容`);
      return `${lines.join('\n')}\n`;
    }
  }
}
