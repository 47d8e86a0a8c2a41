/**
 * The list numbers of a numbered reference section: which kind a section uses ([1], 1., (1), 1), ①,
 * "1 Smith", citation keys [AH]), whether they run in order, and list numbers inside a line.
 */

import { cutLine, type Line } from './split-line.js';
import { endsLikeEntry, startsLikeEntry } from './split-shapes.js';

/** The ways a list number is written. 'lone' is a number alone on its line ("18"), of no kind. */
export type LabelKind = 'bracket' | 'dot' | 'paren' | 'half-paren' | 'bare' | 'circle' | 'key' | 'lone';

/** The list number a line starts with, and its kind: [12], 12., (12), 12), ⑫, "12 Smith", a lone "12". */
export function labelOf(line: string): { kind: LabelKind; n: number } | null {
  const c = line.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return { kind: 'circle', n: c - 0x2460 + 1 };
  // Citation keys: [AH], [BDGHK], [Smi05], [Allison2006-MIT].
  if (/^\[[A-Za-z][\w+.:-]{0,24}\]/.test(line) && !/^\[\d/.test(line)) return { kind: 'key', n: 0 };
  if (/^\d{1,4}$/.test(line)) return { kind: 'lone', n: Number(line) };
  const m =
    /^\[(\d{1,4})\]/.exec(line) ??
    /^(\d{1,4})\.(?=\s|\p{Lu}|$)/u.exec(line) ??
    /^\((\d{1,4})\)/.exec(line) ??
    /^(\d{1,4})\)/.exec(line) ??
    /^(\d{1,3})\s(?=\p{Lu}|\p{Script=Han})/u.exec(line);
  if (!m || !m[1]) return null;
  const first = m[0][0];
  const kind: LabelKind = first === '[' ? 'bracket' : first === '(' ? 'paren' : m[0].endsWith(')') ? 'half-paren' : m[0].endsWith('.') ? 'dot' : 'bare';
  return { kind, n: Number(m[1]) };
}

/** The number of the next line after i that starts with a list number of this kind. */
export function nextLabel(lines: Line[], i: number, kind: LabelKind): number | undefined {
  for (let j = i + 1; j < lines.length && j < i + 40; j++) {
    const lab = labelOf(lines[j]!.text);
    if (lab && lab.kind === kind) return lab.n;
  }
  return undefined;
}

/** True when `b` is the number after `a` (up to three numbers may be missing). */
export function isNext(a: number, b: number | undefined): boolean {
  return b !== undefined && b > a && b <= a + 3;
}

/**
 * Finds the dominant kind of list number and whether the numbers run in order; null when the
 * numbered entries are fewer than half the lines that start with names after a finished entry (an
 * author-year list in which a few entries kept a number).
 */
export function numbering(lines: Line[]): LabelKind | null {
  const byKind = new Map<LabelKind, number[]>();
  for (const l of lines) {
    const lab = labelOf(l.text);
    if (!lab || lab.kind === 'lone') continue;
    const list = byKind.get(lab.kind) ?? [];
    list.push(lab.n);
    byKind.set(lab.kind, list);
  }
  let best: LabelKind | null = null;
  let bestRun = 0;
  for (const [kind, nums] of byKind) {
    if (kind === 'key') {
      if (nums.length > bestRun) {
        best = kind;
        bestRun = nums.length;
      }
      continue;
    }
    // Length of the increasing run 1, 2, 3 … found in order (gaps of up to 3 allowed).
    let expect = 0;
    let run = 0;
    for (let j = 0; j < nums.length; j++) {
      const n = nums[j]!;
      // The first number may be any (a section cut at a page break starts with "(4)"), and after
      // numbers lost in conversion the run picks up again when the next number follows this one.
      const resync = n > expect && n < 1000 && kind !== 'bare' && (run === 0 || isNext(n, nums[j + 1]));
      // A second list that starts again at 1 (supplementary references).
      const restart = n === 1 && expect >= 2 && nums[j + 1] === 2;
      if (resync || restart || (n > expect && n <= expect + 3)) {
        run++;
        expect = n;
      }
    }
    if (run > bestRun) {
      best = kind;
      bestRun = run;
    }
  }
  // "12 Smith" without punctuation is trusted only with a long run.
  if (best === 'bare' && bestRun < 5) return null;
  // A few numbered entries among many that start with names after a finished entry: an
  // author-year list in which some entries kept a number. Not where the numbers stand on lines of
  // their own (a column of numbers: "2." + "J. E. O'BRIEN, …" + "B. SOLASTIOUK …" under one number).
  const column = lines.some((l) => /^[[(]?\d{1,4}[.)\]]?$/.test(l.text) && labelOf(l.text)?.kind === best);
  if (!column && bestRun * 2 < unnumberedStarts(lines)) return null;
  return bestRun >= 2 ? best : null;
}

/** The lines without a list number that start like an entry after a line that ends like one. */
function unnumberedStarts(lines: Line[]): number {
  let n = 0;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!labelOf(text) && startsLikeEntry(text) && endsLikeEntry(lines[i - 1]!.text)) n++;
  }
  return n;
}

/** How the list number n is written inside a line, for the kinds that can be found there. */
const INLINE: Partial<Record<LabelKind, (n: number) => string>> = {
  dot: (n) => `${n}. `,
  bracket: (n) => `[${n}]`,
  paren: (n) => `(${n}) `,
};

/**
 * Entries run together on one line ("… doi: 10.1371/x ;  2. Kurtzer et al., …"): cuts a line before
 * the list number that comes next in the section's order, when it follows a sentence end, a
 * semicolon or a wide space and is followed by a word, and no later line starts with that number.
 * Applies the kind that explains most of the list and changes `lines` in place.
 */
export function cutInlineLabels(lines: Line[]): void {
  let best: { kind: LabelKind; cuts: Map<number, number[]>; total: number } | null = null;
  for (const kind of Object.keys(INLINE) as LabelKind[]) {
    const token = INLINE[kind]!;
    const cuts = new Map<number, number[]>();
    let expect = 0;
    let total = 0;
    let inline = 0;
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!.text;
      const lab = labelOf(text);
      let from = 0;
      if (lab && lab.kind === kind && (lab.n === expect + 1 || (expect === 0 && lab.n < 1000))) {
        expect = lab.n;
        total++;
        from = String(lab.n).length + 1;
      }
      if (expect === 0) continue;
      const later = nextLabel(lines, i, kind);
      for (let guard = 0; guard < 50; guard++) {
        const want = token(expect + 1);
        const at = text.indexOf(want, from);
        if (at < 0 || (later !== undefined && later <= expect + 1)) break;
        const before = text.slice(Math.max(0, at - 4), at);
        const after = text.slice(at + want.length, at + want.length + 6);
        const separated = /(?:[.;,)\]]\s{1,3}|\s{2,})$/.test(before);
        if (separated && at >= 20 && /^\s?(?:\p{L}|https?:)/u.test(after)) {
          const list = cuts.get(i) ?? [];
          list.push(at);
          cuts.set(i, list);
          expect++;
          total++;
          inline++;
        }
        from = at + want.length;
      }
    }
    if (inline > 0 && total >= 3 && (!best || total > best.total)) best = { kind, cuts, total };
  }
  if (!best) return;
  for (let i = lines.length - 1; i >= 0; i--) {
    const at = best.cuts.get(i);
    if (!at) continue;
    lines.splice(i, 1, ...cutLine(lines[i]!, at));
  }
}
