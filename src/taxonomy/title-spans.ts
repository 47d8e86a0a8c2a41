/**
 * Spans of a passage that name a document rather than make a claim: Chinese titles in 《》 and
 * English policy titles in Title Case ("the Several Opinions on Deepening the Integration of
 * Industry and Education") and other long Title Case runs (titles of papers and books). "Deepening" in a title is not a strategy proposed by the passage.
 */

const POLICY_NOUNS = new Set([
  'opinions', 'opinion', 'plan', 'plans', 'measures', 'notice', 'law', 'decision', 'decisions', 'guidelines', 'guideline',
  'regulations', 'regulation', 'programme', 'program', 'outline', 'scheme', 'act', 'action', 'provisions', 'rules',
  'circular', 'framework', 'strategy', 'initiative', 'standards',
]);
const CONNECTORS = new Set(['of', 'on', 'the', 'and', 'for', 'in', 'to', 'a', 'an', 'with', 'about', 'by', '&']);
const WORD = /[A-Za-z][A-Za-z'’-]*|&/g;
const MAX_TITLE = 120;
/** A run of this many capitalised words is a title whatever its words (paper and book titles). */
const LONG_TITLE = 6;

/**
 * Half-open [start, end) spans of titles in a passage, sorted.
 * @param text the passage
 */
export function titleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Chinese titles: 《…》 (and 〈…〉 for parts of them).
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const close = text.indexOf('》', i + 1);
    if (close > i && close - i <= MAX_TITLE) spans.push([i, close + 1]);
  }
  // English titles: runs of three or more capitalised words (connectors allowed between) that hold a policy noun.
  let run: Array<{ start: number; end: number; word: string }> = [];
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has((run[run.length - 1]?.word ?? '').toLowerCase())) run.pop();
    const capitals = run.filter((w) => /^[A-Z]/.test(w.word)).length;
    const policyTitle = capitals >= 3 && run.some((w) => POLICY_NOUNS.has(w.word.toLowerCase()) && /^[A-Z]/.test(w.word));
    if (policyTitle || capitals >= LONG_TITLE) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) spans.push([first.start, last.end]);
    }
    run = [];
  };
  WORD.lastIndex = 0;
  let prevEnd = -1;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const gap = prevEnd >= 0 ? text.slice(prevEnd, start) : ' ';
    const joined = /^[\s"“”]*$/.test(gap);
    if (!joined) flush();
    const capital = /^[A-Z]/.test(word);
    if (capital || (run.length > 0 && CONNECTORS.has(word.toLowerCase()))) run.push({ start, end: start + word.length, word });
    else flush();
    prevEnd = start + word.length;
  }
  flush();
  return spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** True when [start, end) lies inside one of the spans. */
export function insideSpans(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [a, b] of spans) {
    if (start >= a && end <= b) return true;
  }
  return false;
}
