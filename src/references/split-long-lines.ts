import { labelOf } from './split-labels.js';
import { cutLine, type Line } from './split-line.js';
import { commonestSlot, hasYear, startsLikeEntry, startsWithNameList, strongEntryStart, yearSlot } from './split-shapes.js';

interface Candidate {
  at: number;
  label: boolean;
  strong: boolean;
  slot: ReturnType<typeof yearSlot>;
  /** Three names or more in a row: an entry whatever its year. */
  names: boolean;
}

/**
 * Text without line breaks (a whole section on one line, as from some HTML or DOCX exports) is cut
 * into virtual lines before each list number and after each sentence end followed by a name.
 * Only lines far longer than the others are cut. Which candidates cut is learnt from the line: list
 * numbers when they are many; else the names followed by their year the way most candidates are
 * ("Smith, J., 2007." — not "North Am. Equine Pract. 24" nor "New Orleans, LA. Stephan Vogel. 2003."),
 * and three names or more in a row whatever their year ("Jan Hajič, Jarmila Panevová, Eva …");
 * else the names with a year close behind. Changes `lines` in place.
 */
export function splitLongLines(lines: Line[]): void {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const limit = Math.max(300, lines.length > 3 ? median * 4 : 300);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text.length <= limit) continue;
    const candidates = candidatesOf(line.text);
    const cuts = chooseCuts(candidates);
    if (cuts.length > 0) lines.splice(i, 1, ...cutLine(line, cuts));
  }
}

/** Places in a long line where an entry may start. */
function candidatesOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Sentence ends, list numbers ("[12] ", "[12]Y. Saito", "12. ", "(12) "), and a number before
  // "Surname I." (astronomy lists without periods: "… 2010, MNRAS, 407, 83 Elíasdó A. et al., 2007",
  // "… 329, 924 Kneib J.-P., Natarajan P., 2011"), and before "Surname AB, Surname C," after a year
  // ("… 123A:64–67 (2003) Fedurco M, Romieu A, …").
  const re =
    /(?:\.|;)\s(?=\S)|\s(?=\[\d{1,4}\]\s?\p{Lu}|\[\d{1,4}\]\s|\[[A-Za-z][\w+.:-]{0,24}\]\s|\d{1,4}\.\s\p{Lu}|\(\d{1,4}\)\s)|(?<=[\d)])\s(?=\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.(?:-\p{Lu}\.)?){1,3}(?:,|\set\sal\.)|\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3},\s\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}[,:])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + m[0].length;
    const ahead = text.slice(at, at + 300);
    const lab = labelOf(ahead);
    // "(2010). Letters …" is a year, not a list number.
    const label = lab !== null && lab.kind !== 'lone' && lab.n < 1000;
    if (lab && !label) continue;
    // A period after an initial ("Peter F. Brown") does not end an entry.
    if (!label && m[0][0] === '.' && /(?:^|[\s.(‐-])\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (!label && !startsLikeEntry(ahead)) continue;
    out.push({ at, label, strong: label || strongEntryStart(ahead), slot: label ? 'other' : yearSlot(ahead), names: !label && startsWithNameList(ahead) });
    if (out.length > 5000) break;
  }
  return out;
}

/** The offsets to cut at: list numbers when most candidates are, else one way of writing names. */
function chooseCuts(candidates: Candidate[]): number[] {
  const labels = candidates.filter((c) => c.label);
  if (labels.length >= 3 && labels.length >= candidates.length * 0.4) return labels.map((c) => c.at);
  const names = candidates.filter((c) => !c.label);
  const { slot, count } = commonestSlot(names.map((c) => c.slot));
  if (count >= 3 && count >= names.length * 0.6) return candidates.filter((c) => c.label || c.slot === slot || c.names).map((c) => c.at);
  const strong = candidates.filter((c) => c.strong);
  if (strong.length >= 3 && strong.length >= candidates.length * 0.5) return strong.map((c) => c.at);
  return candidates.map((c) => c.at);
}

/**
 * An author-year entry that starts inside a line after the end of the one before ("…
 * Computational Linguistics, 24. Dan Klein and Chris Manning. 2003. Accurate …"): the line is cut
 * there when the names are followed by their year the way most entries of the section are (`slot`,
 * see yearSlot) and the entry before holds a year. Changes `lines` in place.
 */
export function cutRunOnEntries(lines: Line[], slot: string): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const cuts: number[] = [];
    for (const m of line.text.matchAll(/[.;]\s(?=\p{Lu})/gu)) {
      const at = m.index + m[0].length;
      // A period after an initial ("Peter F. Brown") does not end an entry.
      if (at < 15 || /(?:^|[\s.(‐-])\p{Lu}$/u.test(line.text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const ahead = line.text.slice(at, at + 300);
      if (!startsLikeEntry(ahead) || yearSlot(ahead) !== slot) continue;
      const before = line.text.slice(cuts[cuts.length - 1] ?? 0, m.index);
      if (!hasYear(before) && !(cuts.length === 0 && i > 0 && hasYear(lines[i - 1]!.text))) continue;
      cuts.push(at);
      if (cuts.length > 1000) break;
    }
    if (cuts.length > 0) lines.splice(i, 1, ...cutLine(line, cuts));
  }
}
