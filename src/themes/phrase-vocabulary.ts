import { gapJoins } from './gap.js';
import { LATIN, type Lexicon } from './lexicon.js';
import type { TokenBuffer } from './token-buffer.js';

interface Node {
  next: Map<string, Node>;
  /** Term id of the phrase that ends here, or -1. */
  term: number;
}

/**
 * Multi-word vocabulary terms of spaced scripts ("school-enterprise cooperation", "lack of funds"),
 * matched on the stemmed parts of consecutive tokens and merged into one token, so that a taxonomy
 * phrase is one term however it is hyphenated or inflected: "school–enterprise cooperation",
 * "school enterprise cooperation" and "School-enterprise cooperations" all give the same term.
 */
export class PhraseVocabulary {
  private readonly root: Node = { next: new Map(), term: -1 };
  size = 0;

  /** Adds a phrase given as its stemmed parts; its term is created in the lexicon. */
  add(lexicon: Lexicon, parts: readonly string[], label: string): void {
    if (parts.length < 2) return;
    let node = this.root;
    for (const p of parts) {
      let child = node.next.get(p);
      if (!child) {
        child = { next: new Map(), term: -1 };
        node.next.set(p, child);
      }
      node = child;
    }
    if (node.term >= 0) return;
    const term = lexicon.term(parts.join(' '), LATIN, false);
    lexicon.termVocab[term] = 1;
    if (lexicon.termLabel[term] === '') lexicon.termLabel[term] = label.toLowerCase();
    node.term = term;
    this.size++;
  }

  /**
   * Merges, in place, each leftmost-longest run of tokens from index `from` on that spells a phrase
   * into one token (surface id -1). Tokens must be neighbours in the text (see gapJoins).
   */
  merge(lexicon: Lexicon, buffer: TokenBuffer, text: string, from: number): void {
    if (this.size === 0) return;
    const { terms, surfaces, offsets, ends } = buffer;
    const n = buffer.length;
    let w = from;
    let p = from;
    while (p < n) {
      const first = terms[p] ?? 0;
      let bestEnd = -1;
      let bestTerm = -1;
      if (lexicon.termScript[first] === LATIN && this.root.next.has(lexicon.termParts[first]?.[0] ?? '')) {
        let node: Node | undefined = this.root;
        for (let q = p; q < n && node; q++) {
          const t = terms[q] ?? 0;
          if (q > p && (lexicon.termScript[t] !== LATIN || !gapJoins(text, ends[q - 1] ?? 0, offsets[q] ?? 0))) break;
          for (const part of lexicon.termParts[t] ?? []) {
            node = node.next.get(part);
            if (!node) break;
          }
          if (node && node.term >= 0) {
            bestEnd = q;
            bestTerm = node.term;
          }
        }
      }
      if (bestEnd >= 0) {
        terms[w] = bestTerm;
        surfaces[w] = -1;
        offsets[w] = offsets[p] ?? 0;
        ends[w] = ends[bestEnd] ?? 0;
        w++;
        p = bestEnd + 1;
      } else {
        if (w !== p) {
          terms[w] = first;
          surfaces[w] = surfaces[p] ?? 0;
          offsets[w] = offsets[p] ?? 0;
          ends[w] = ends[p] ?? 0;
        }
        w++;
        p++;
      }
    }
    buffer.length = w;
  }
}
