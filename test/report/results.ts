import type { Message } from '../../src/core/message.js';
import type { FileResult } from '../../src/report/index.js';

export function message(
  ruleId: string,
  severity: Message['severity'],
  reason: string,
  line?: number,
  column = 1,
  endColumn = column + 2,
): Message {
  if (line === undefined) return { ruleId, severity, reason };
  return {
    ruleId,
    severity,
    reason,
    position: { start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } },
  };
}

/** Two files with errors, warnings and awkward text; one file without findings. */
export const sample: FileResult[] = [
  {
    file: 'notices/杭州 2018.txt',
    messages: [
      message('lint/debris-left', 'error', 'Debris left in the text (page-meta): `时间:2018-06-19`', 2, 1, 30),
      message('lint/numbering-gap', 'error', 'Expected `三、`, found `四、`: `三、` is missing', 42, 3, 5),
      message(
        'lint/task-without-unit',
        'warning',
        'Task `(三)` names no unit, though 12 of the 17 tasks in this document do',
        21,
      ),
    ],
  },
  { file: 'clean.txt', messages: [] },
  {
    file: 'odd,name:1.txt',
    messages: [
      message('lint/missing-date', 'warning', '100% sure\r\nsecond line, with: colon', 1),
      message('schema/required', 'error', 'whole file'),
    ],
  },
];
