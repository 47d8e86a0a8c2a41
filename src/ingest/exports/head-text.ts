/**
 * The first bytes of a file as text, for content sniffing: the byte order mark decides UTF-8,
 * UTF-16LE or UTF-16BE (and is dropped); otherwise UTF-8 with replacement characters, which keeps
 * the ASCII field tags of GB18030 files readable. Line ends are normalised to LF.
 */
export function headText(head: Uint8Array): string {
  const b0 = head[0];
  const b1 = head[1];
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) text = new TextDecoder('utf-16le').decode(head.subarray(2, head.length & ~1));
  else if (b0 === 0xfe && b1 === 0xff) text = new TextDecoder('utf-16be').decode(head.subarray(2, head.length & ~1));
  else if (b0 === 0xef && b1 === 0xbb && head[2] === 0xbf) text = new TextDecoder('utf-8').decode(head.subarray(3));
  else text = new TextDecoder('utf-8').decode(head);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The first `count` lines of the head that are not blank, right-trimmed. The last line is dropped
 * when the head ends inside it and more than one line was seen (it may be cut).
 */
export function firstLines(head: Uint8Array, count: number): string[] {
  const lines = headText(head).split('\n');
  if (lines.length > 1) lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const t = line.trimEnd();
    if (t.trim() === '') continue;
    out.push(t);
    if (out.length === count) break;
  }
  return out;
}
