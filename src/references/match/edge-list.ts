import type { MatchRule } from './types.js';

/** Rules from strongest to weakest; the index is the rule's priority. */
export const RULE_ORDER: readonly MatchRule[] = ['alias', 'doi', 'doc-number', 'title', 'policy-title', 'url', 'wos-short', 'exact-raw', 'singleton'];

/** Priority of a rule (0 strongest). */
export function rulePriority(rule: MatchRule): number {
  return RULE_ORDER.indexOf(rule);
}

/** Links between signatures found by the rules, kept compactly (a million references give millions of links). */
export class EdgeList {
  private a: Int32Array = new Int32Array(1024);
  private b: Int32Array = new Int32Array(1024);
  private rule: Uint8Array = new Uint8Array(1024);
  private score: Uint16Array = new Uint16Array(1024);
  length = 0;

  /** Adds a link; `score` is kept to three decimals. */
  push(a: number, b: number, rule: MatchRule, score: number): void {
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = Math.min(a, b);
    this.b[i] = Math.max(a, b);
    this.rule[i] = rulePriority(rule);
    this.score[i] = Math.round(score * 1000);
  }

  private grow(): void {
    const n = this.a.length * 2;
    const a = new Int32Array(n);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(n);
    b.set(this.b);
    this.b = b;
    const r = new Uint8Array(n);
    r.set(this.rule);
    this.rule = r;
    const s = new Uint16Array(n);
    s.set(this.score);
    this.score = s;
  }

  /**
   * Visits the links strongest first: by rule priority for DOI and document number, then by score
   * for the other rules; links of equal rank in the order they were added (a counting sort: linear).
   */
  forEachStrongestFirst(visit: (a: number, b: number, rule: MatchRule, score: number) => void): void {
    const rankOf = (i: number): number => {
      const p = this.rule[i] ?? 0;
      const s = this.score[i] ?? 0;
      // DOI and document number first whatever their score; the fuzzy rules then compete on score.
      return p <= 2 ? p * 1001 + (1000 - s) : 3 * 1001 + (1000 - s);
    };
    const buckets = 4 * 1001;
    const counts = new Int32Array(buckets + 1);
    for (let i = 0; i < this.length; i++) counts[rankOf(i) + 1]! += 1;
    for (let k = 0; k < buckets; k++) counts[k + 1]! += counts[k]!;
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) order[counts[rankOf(i)]!++] = i;
    for (const i of order) {
      visit(this.a[i] ?? 0, this.b[i] ?? 0, RULE_ORDER[this.rule[i] ?? 0] ?? 'singleton', (this.score[i] ?? 0) / 1000);
    }
  }
}
