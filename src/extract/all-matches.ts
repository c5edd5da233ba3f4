/**
 * All matches of a global regex, as `[...text.matchAll(re)]` gives them. matchAll clones the
 * regex (species constructor) and walks an iterator on every call; on short task texts that cost
 * three times the matching itself. The patterns here never match the empty string, but an empty
 * match still advances one unit, so the loop always ends.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
