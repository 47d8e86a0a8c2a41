import { CHAR_CLASS, DIGIT, LETTER, MARK } from './char-class.js';

interface Node {
  next: Map<number, Node>;
  /** The term that ends here (normal form: lower case), or undefined. */
  term: string | undefined;
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

function isWordUnit(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === LETTER || k === DIGIT || k === MARK;
}

/**
 * A character trie of the vocabulary terms that hold Chinese characters (产教融合, 1+X证书). The
 * tokenizer looks for them before it segments, leftmost-longest, so that such a term is always one
 * token whatever jieba would have done around it. ASCII letters match case-insensitively.
 */
export class VocabTrie {
  private readonly root: Node = { next: new Map(), term: undefined };
  /** 1 for code units that begin some term: the scanner tries the trie only there. */
  readonly starts = new Uint8Array(0x10000);
  size = 0;

  /** Adds a term (already normalised). */
  add(term: string): void {
    let node = this.root;
    for (let i = 0; i < term.length; i++) {
      const c = lowerAscii(term.charCodeAt(i));
      if (i === 0) {
        this.starts[c] = 1;
        if (c >= 0x61 && c <= 0x7a) this.starts[c - 32] = 1;
      }
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), term: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.term === undefined) this.size++;
    node.term = term.toLowerCase();
  }

  /**
   * The longest term that starts at `from` and ends at or before `to`: its end offset and normal
   * form, or undefined. A term that ends in a letter or digit must not be followed by one ("1+X证书"
   * matches, but a term "ab" does not match inside "abc").
   */
  match(text: string, from: number, to: number): { end: number; term: string } | undefined {
    let node: Node | undefined = this.root;
    let best: { end: number; term: string } | undefined;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      node = node.next.get(lowerAscii(c));
      if (!node) break;
      if (node.term !== undefined && !(isWordUnit(c) && i + 1 < to && isWordUnit(text.charCodeAt(i + 1)))) {
        best = { end: i + 1, term: node.term };
      }
    }
    return best;
  }
}
