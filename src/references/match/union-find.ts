/**
 * How strong a link is: `strong` (same DOI, same document number) joins whatever the rest says;
 * `title` (a title matched) keeps the DOI, document number and year constraints; `weak` (a short
 * form matched on source, volume and page, without a title) also needs the clusters to agree on
 * first-author initial, volume, first page and, when both have one, title.
 */
export type LinkKind = 'strong' | 'title' | 'weak';

/** What is known of each element, as small integer ids (-1 when unknown). */
export interface ElementFacts {
  doi: Int32Array;
  number: Int32Array;
  /** Year, 0 when unknown. */
  year: Int32Array;
  initial: Int32Array;
  volume: Int32Array;
  page: Int32Array;
  /** 1 when the element has a title. */
  titled: Uint8Array;
}

/** -1 unknown, -2 several values, else the one value. */
function combine(x: number, y: number): number {
  if (x === -1) return y;
  if (y === -1 || x === y) return x;
  return -2;
}

/** True when two cluster values cannot be the same work's: both known and different, or one of them already mixed. */
function clash(x: number, y: number): boolean {
  if (x === -1 || y === -1) return false;
  return x !== y || x === -2;
}

/**
 * Union-find over reference signatures, with the constraints that keep chains of links from joining
 * different works: a cluster holds at most one DOI and one policy document number, its years span
 * at most two (a preprint, the online-first year and the print year) unless a DOI or document
 * number said so, and weak links must agree with the whole cluster, not only with one member.
 */
export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly doi: Int32Array;
  private readonly number: Int32Array;
  private readonly minYear: Int32Array;
  private readonly maxYear: Int32Array;
  private readonly initial: Int32Array;
  private readonly volume: Int32Array;
  private readonly page: Int32Array;
  /** An element with a title in the cluster (-1 when none), for the title check of weak links. */
  private readonly titledMember: Int32Array;

  /** `sameTitle(i, j)`: whether the titles of elements i and j may name one work. */
  constructor(
    n: number,
    facts: ElementFacts,
    private readonly sameTitle: (i: number, j: number) => boolean,
  ) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.doi = Int32Array.from(facts.doi);
    this.number = Int32Array.from(facts.number);
    this.initial = Int32Array.from(facts.initial);
    this.volume = Int32Array.from(facts.volume);
    this.page = Int32Array.from(facts.page);
    this.minYear = new Int32Array(n);
    this.maxYear = new Int32Array(n);
    this.titledMember = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      const y = facts.year[i] ?? 0;
      this.minYear[i] = y > 0 ? y : 0;
      this.maxYear[i] = y > 0 ? y : 0;
      if (facts.titled[i]) this.titledMember[i] = i;
    }
  }

  /** Root of i's cluster (path halving). */
  find(i: number): number {
    const p = this.parent;
    let x = i;
    while (p[x] !== x) {
      const gp = p[p[x] ?? x] ?? x;
      p[x] = gp;
      x = gp;
    }
    return x;
  }

  /** Joins the clusters of a and b unless a constraint forbids it: 'joined', 'same' (already one cluster) or 'refused'. */
  union(a: number, b: number, kind: LinkKind): 'joined' | 'same' | 'refused' {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return 'same';
    const da = this.doi[ra]!;
    const db = this.doi[rb]!;
    if (da >= 0 && db >= 0 && da !== db) return 'refused';
    const na = this.number[ra]!;
    const nb = this.number[rb]!;
    if (na >= 0 && nb >= 0 && na !== nb) return 'refused';
    const minA = this.minYear[ra]!;
    const minB = this.minYear[rb]!;
    const maxA = this.maxYear[ra]!;
    const maxB = this.maxYear[rb]!;
    const lo = minA === 0 ? minB : minB === 0 ? minA : Math.min(minA, minB);
    const hi = Math.max(maxA, maxB);
    if (kind !== 'strong' && lo > 0 && hi - lo > Math.max(2, maxA - minA, maxB - minB)) return 'refused';
    if (kind === 'weak') {
      if (clash(this.initial[ra]!, this.initial[rb]!)) return 'refused';
      if (clash(this.volume[ra]!, this.volume[rb]!)) return 'refused';
      if (clash(this.page[ra]!, this.page[rb]!)) return 'refused';
      const ta = this.titledMember[ra]!;
      const tb = this.titledMember[rb]!;
      if (ta >= 0 && tb >= 0 && !this.sameTitle(ta, tb)) return 'refused';
    }
    // Union by size; ties keep the smaller index as root (deterministic).
    const sa = this.size[ra]!;
    const sb = this.size[rb]!;
    if (sb > sa || (sb === sa && rb < ra)) [ra, rb] = [rb, ra];
    const titled = this.titledMember[ra]! >= 0 ? this.titledMember[ra]! : this.titledMember[rb]!;
    this.parent[rb] = ra;
    this.size[ra] = sa + sb;
    this.doi[ra] = da >= 0 ? da : db;
    this.number[ra] = na >= 0 ? na : nb;
    this.minYear[ra] = lo;
    this.maxYear[ra] = hi;
    this.initial[ra] = combine(this.initial[ra]!, this.initial[rb]!);
    this.volume[ra] = combine(this.volume[ra]!, this.volume[rb]!);
    this.page[ra] = combine(this.page[ra]!, this.page[rb]!);
    this.titledMember[ra] = titled;
    return 'joined';
  }
}
