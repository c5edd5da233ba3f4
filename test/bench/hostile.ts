/**
 * Hostile inputs for the scaling check, each at a size and at ten times that size: brackets,
 * one very long line, thousands of repeated structure markers, a long run of table header words. Run in a child process
 * (hostile-child.ts) so a pathological case can be stopped by a timeout.
 */
export type HostileKind = 'brackets' | 'long-line' | 'markers' | 'annotations' | 'header-words' | 'unclosed' | 'gaps' | 'gaps-one-line';

export const HOSTILE: Record<HostileKind, { readonly small: number; readonly describe: string }> = {
  brackets: { small: 100_000, describe: 'brackets ((((…)))) 0.1 → 1 MB' },
  'long-line': { small: 500_000, describe: 'one line without breaks 0.5 → 5 MB' },
  markers: { small: 1_000, describe: 'repeated markers 一、(一)1. 1,000 → 10,000' },
  annotations: { small: 1_000, describe: 'tasks with annotations 1,000 → 10,000' },
  'header-words': { small: 2_000, describe: 'table header words, one per line, then as many filled lines 2,000 → 20,000' },
  unclosed: { small: 4_000, describe: 'unclosed ( in one task 4,000 → 40,000' },
  gaps: { small: 1_000, describe: 'numbering with a gap at every item 1,000 → 10,000' },
  'gaps-one-line': { small: 1_000, describe: 'numbered items with gaps on one line 1,000 → 10,000' },
};

/** The input for `kind` at `size` (bytes-ish for brackets and long line; repetitions otherwise). */
export function hostileText(kind: HostileKind, size: number): string {
  switch (kind) {
    case 'brackets': {
      // Mixed ASCII and full-width brackets, mostly unbalanced, some CJK between.
      const unit = '((（【〔[（（开展工作';
      return `2019年工作要点\n一、总体要求\n${unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))}\n`;
    }
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
      for (let i = 0; i < size; i++) lines.push(`${(i % 9) + 1}.做好第${i}项重点工作的公开。(市发展改革委牵头，各区县政府负责，2019年${(i % 12) + 1}月底前完成)`);
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
