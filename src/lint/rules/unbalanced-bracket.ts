import type { LineIndex } from '../../core/position.js';
import type { Finding, Rule } from '../rule.js';
import { checkBrackets, describeBracketProblem, type BracketProblem } from '../brackets.js';
import { findOnLine, foldedLine } from '../locate.js';
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
      const texts: { text: string; line: number; column: number }[] = [];
      const addSections = (sections: readonly Section[]): void => {
        for (const s of sections) {
          texts.push({ text: s.title, line: s.line, column: 1 });
          if (s.intro) texts.push({ text: s.intro, line: s.line, column: 1 });
          addSections(s.sections);
        }
      };
      addSections(doc.sections);
      for (const task of doc.tasks) texts.push({ text: task.unitsText === null ? task.text : `${task.text}${task.unitsText}`, line: task.line, column: task.column });
      for (const { text, line, column } of texts) {
        const problems = checkBrackets(text);
        if (problems.length === 0) continue;
        for (const finding of locateAll(subject.source, text, line, column, problems)) {
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
 * Places problems found in joined text back on source lines: the n-th occurrence of a bracket in
 * the text is taken to be the n-th occurrence in the source from the item's start on. One pass
 * over the text for all its problems, and each line's bracket positions found once (see
 * bracketsOn), so 40,000 unclosed brackets cost what one does, times 40,000.
 */
function locateAll(source: LineIndex, text: string, line: number, column: number, problems: readonly BracketProblem[]): Finding[] {
  // problems are sorted by index; nth[k] counts the same bracket before problem k.
  const nth: number[] = [];
  const seen = new Map<string, number>();
  const folded = foldWidth(text);
  let k = 0;
  for (let i = 0; i < folded.length && k < problems.length; i++) {
    const ch = folded[i];
    while (k < problems.length && problems[k].index === i) nth[k++] = seen.get(ch) ?? 0;
    if (BRACKETS.has(ch)) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  }
  // Start where the text starts, so brackets of a marker like `(一)` are not counted.
  const start = (findOnLine(source, line, text.slice(0, 6), column) ?? 1) - 1;
  return problems.map((problem, p) => {
    const reason = describeBracketProblem(problem);
    const ch = foldWidth(problem.char);
    let want = nth[p] ?? 0;
    for (let l = line; l < line + SPAN_LINES && l <= source.starts.length; l++) {
      const at = bracketsOn(source, l).get(ch) ?? [];
      const from = l === line ? firstAtOrAfter(at, start) : 0;
      if (from + want < at.length) return { line: l, column: at[from + want] + 1, length: 1, reason, actual: problem.char };
      want -= at.length - from;
    }
    return { line, reason, actual: problem.char };
  });
}

const BRACKETS = new Set('()[]〔〕【】《》〈〉{}');
const bracketCache = new WeakMap<LineIndex, Map<number, Map<string, number[]>>>();

/** 0-based offsets of each bracket on a line (width-folded), found once per line. */
function bracketsOn(source: LineIndex, line: number): Map<string, number[]> {
  let lines = bracketCache.get(source);
  if (!lines) bracketCache.set(source, (lines = new Map()));
  let found = lines.get(line);
  if (found === undefined) {
    found = new Map();
    const text = foldedLine(source, line);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (!BRACKETS.has(ch)) continue;
      const list = found.get(ch);
      if (list) list.push(i);
      else found.set(ch, [i]);
    }
    lines.set(line, found);
  }
  return found;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
