/**
 * True when two tokens are neighbours in running text: only spaces, tabs and at most one line
 * break stand between them (no punctuation, no paragraph or page break).
 */
export function gapJoins(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x3000) continue;
    if (c === 0x0a && ++breaks === 1) continue;
    return false;
  }
  return true;
}
