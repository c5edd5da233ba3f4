/**
 * The clean stage: strips web debris (spam, page chrome, content-farm wrappers) from normalised
 * text, keeps every removal in an audit list with source offsets, keeps the page's own metadata,
 * and splits compilations into documents.
 */
import { composeMaps, type MappedText } from '../core/source-map.js';
import type { PageMeta } from '../core/register.js';
import { applyTails, classifyLine, type LineVerdict } from './engine.js';
import { buildDocuments, collectRemovals, splitLines } from './assemble.js';
import { cleanRules } from './rules/index.js';
import { rejudgeJoinedLines } from './joined-lines.js';
import type { CleanResult, CleanRule, LineContext } from './types.js';

export type { CleanResult, CleanRule, Removal, Hit, LineContext, RuleExamples } from './types.js';
export { cleanRules } from './rules/index.js';

export interface CleanOptions {
  /** Rules to apply, in order; defaults to all of them. */
  readonly rules?: readonly CleanRule[];
}

export function cleanText(input: MappedText, options: CleanOptions = {}): CleanResult {
  const rules = options.rules ?? cleanRules;
  const lines = splitLines(input.text);
  const texts = lines.starts.map((s, i) => input.text.slice(s, lines.ends[i]));
  const memo = new Map<string, unknown>();
  const verdicts: LineVerdict[] = texts.map((line, index) => {
    const ctx: LineContext = { lines: texts, index, memo };
    return classifyLine(line, rules, ctx);
  });
  applyTails(texts, verdicts);
  const read = rejudgeJoinedLines(input.text, lines, texts, verdicts, rules, memo);
  return {
    documents: buildDocuments(input, lines, verdicts),
    removals: collectRemovals(input, lines, verdicts),
    pageMeta: mergeMeta(verdicts),
    ...(read === null ? {} : { read: read.map((doc) => ({ text: doc.text, map: composeMaps(input.map, doc.map) })) }),
  };
}

const HOME_ONLY = /^(?:网站首页|網站首頁|首页|首頁|主页|主頁)$/;

/** First value of each field wins: page headers come before anything quoted further down. */
function mergeMeta(verdicts: readonly LineVerdict[]): PageMeta {
  const meta: Record<string, string> = {};
  for (const v of verdicts) {
    for (const m of v.meta) {
      for (const [key, value] of Object.entries(m)) {
        if (value === undefined) continue;
        if (!(key in meta)) meta[key] = value;
        // A trail split over two lines (`首頁` then `> a > b`) is one breadcrumb.
        else if (key === 'breadcrumb' && HOME_ONLY.test(meta[key]) && !HOME_ONLY.test(value)) meta[key] += ` > ${value}`;
      }
    }
  }
  return meta;
}
