import type { CleanRule } from '../types.js';

/** The line `workplan clean` prints between documents: its own output parses back into the same documents. */
const SEPARATOR = /^=== document \d+ of \d+(?: \(input line \d+\))? ===$/;

export const documentSeparator: CleanRule = {
  id: 'document-separator',
  description: 'The separator line workplan clean writes between documents; starts a new document (not debris)',
  examples: {
    hit: ['=== document 2 of 3 (input line 41) ===', '=== document 1 of 2 ==='],
    miss: ['=== 说明 ===', '一、=== document'],
  },
  match(line) {
    if (!SEPARATOR.test(line.trim())) return [];
    return [{ reason: 'Document separator written by workplan clean; starts a new document', splits: true }];
  },
};
