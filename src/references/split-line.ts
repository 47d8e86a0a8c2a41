/** One line of a reference section with its offsets in the block. */
export interface Line {
  text: string;
  /** Offset of its first visible character in the block. */
  start: number;
  /** Offset after its last visible character. */
  end: number;
}

/** Cuts a line at the given offsets (into line.text, ascending) into trimmed parts with their offsets. */
export function cutLine(line: Line, cuts: number[]): Line[] {
  const parts: Line[] = [];
  let from = 0;
  for (const c of [...cuts, line.text.length]) {
    const raw = line.text.slice(from, c);
    const text = raw.trim();
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      parts.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
    }
    from = c;
  }
  return parts;
}
