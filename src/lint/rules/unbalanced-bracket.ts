import type { LineIndex } from '../../core/position.js';
import type { Finding, Rule } from '../rule.js';
import { checkBrackets, describeBracketProblem, type BracketProblem } from '../brackets.js';
import { findOnLine, lineText } from '../locate.js';
import { foldWidth } from '../marker.js';
import type { Section } from '../../core/register.js';

/** Codes the segment stage uses for bracket trouble it met while reading annotations. */
export const BRACKET_CODES: ReadonlySet<string> = new Set(['unbalanced-bracket', 'unclosed-annotation', 'mismatched-bracket', 'unclosed-bracket']);

/** How many lines after an item's first line its text may run (lines joined by the pipeline). */
const SPAN_LINES = 8;

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
    const seenLines = new Set<number>();
    for (const doc of subject.register.documents) {
      const texts: { text: string; line: number }[] = [];
      const addSections = (sections: readonly Section[]): void => {
        for (const s of sections) {
          texts.push({ text: s.title, line: s.line });
          if (s.intro) texts.push({ text: s.intro, line: s.line });
          addSections(s.sections);
        }
      };
      addSections(doc.sections);
      for (const task of doc.tasks) texts.push({ text: task.unitsText === null ? task.text : `${task.text}${task.unitsText}`, line: task.line });
      for (const { text, line } of texts) {
        for (const problem of checkBrackets(text)) {
          const finding = locate(subject.source, text, line, problem);
          seenLines.add(finding.line);
          yield finding;
        }
      }
    }
    for (const warning of subject.register.warnings) {
      if (BRACKET_CODES.has(warning.code) && !seenLines.has(warning.line)) yield { line: warning.line, reason: warning.message };
    }
  },
};

/**
 * Places a problem found in joined text back on a source line: the n-th occurrence of the
 * bracket in the text is taken to be the n-th occurrence in the source from the item's line on.
 */
function locate(source: LineIndex, text: string, line: number, problem: BracketProblem): Finding {
  const ch = foldWidth(problem.char);
  const folded = foldWidth(text);
  let nth = 0;
  for (let i = folded.indexOf(ch); i >= 0 && i < problem.index; i = folded.indexOf(ch, i + 1)) nth++;
  const reason = describeBracketProblem(problem);
  // Start where the text starts, so brackets of a marker like `(一)` are not counted.
  const start = (findOnLine(source, line, text.slice(0, 6)) ?? 1) - 1;
  for (let l = line; l < line + SPAN_LINES && l <= source.starts.length; l++) {
    const lineFolded = foldWidth(lineText(source, l));
    for (let i = lineFolded.indexOf(ch, l === line ? start : 0); i >= 0; i = lineFolded.indexOf(ch, i + 1)) {
      if (nth === 0) return { line: l, column: i + 1, length: 1, reason, actual: problem.char };
      nth--;
    }
  }
  return { line, reason, actual: problem.char };
}
