import { pointAt, type LineIndex } from '../../core/position.js';
import type { Finding, Rule } from '../rule.js';
import { checkBrackets, describeBracketProblem } from '../brackets.js';
import { children } from '../tree.js';
import { walk } from '../../core/tree.js';
import { foldWidthText } from '../../core/zh/index.js';

export const unbalancedBracket: Rule = {
  id: 'unbalanced-bracket',
  description: 'A bracket is never closed, never opened, or closed by the wrong kind (`〔……)`)',
  rationale:
    'Unbalanced brackets are typing or copying damage. In an annotation they can make the parser take too much or too little text as unit names, and a file cut off mid-annotation loses the units of its last task.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n1.按照《条例》(国办发〔2018〕23号)做好甲工作。(市财政局负责)'],
    notOk: [{ input: '2019年工作要点\n一、甲\n1.做好甲工作。〔市财政局负责)', output: ['3:9: `〔` is closed by `)`'] }],
  },
  *check(subject) {
    for (const doc of children(subject.tree)) {
      // The source text each node holds of its own: a parent section's heading and lead-in, each
      // task from after its marker to its last annotation (an annotation the text ends in is
      // among them), a table row's lines. One pass over each.
      for (const node of walk(doc)) {
        const span = node.type === 'section' ? node.head : [node.textStart, node.position.end.offset];
        if (span !== null && span[1] > span[0]) yield* bracketFindings(subject.source, span[0], span[1]);
      }
    }
  },
};

/** Bracket problems of source[start, end), each at its own bracket. */
function bracketFindings(source: LineIndex, start: number, end: number): Finding[] {
  return checkBrackets(source.text.slice(start, end)).map((problem) => {
    const at = start + problem.index;
    // Named as the text stages read it (full-width folded), as the other messages quote the text.
    const folded = {
      ...problem,
      char: foldWidthText(problem.char),
      closedBy: problem.closedBy === undefined ? undefined : foldWidthText(problem.closedBy),
    };
    return {
      at: { start: pointAt(source, at), end: pointAt(source, at + 1) },
      reason: describeBracketProblem(folded),
      actual: folded.char,
    };
  });
}
