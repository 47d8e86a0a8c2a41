/**
 * Union-find over reference signatures, with the constraints that keep chains of fuzzy links from
 * joining different works: a cluster holds at most one DOI and one policy document number, and
 * its years span at most two (a preprint, the online-first year and the print year), unless a DOI
 * or document number said so.
 */
export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly doi: Int32Array;
  private readonly number: Int32Array;
  private readonly minYear: Int32Array;
  private readonly maxYear: Int32Array;

  /** `doi[i]`, `number[i]`: ids of the DOI and document number of element i (-1 for none); `year[i]`: 0 when unknown. */
  constructor(n: number, doi: Int32Array, number: Int32Array, year: Int32Array) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.doi = Int32Array.from(doi);
    this.number = Int32Array.from(number);
    this.minYear = new Int32Array(n);
    this.maxYear = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      const y = year[i] ?? 0;
      this.minYear[i] = y > 0 ? y : 0;
      this.maxYear[i] = y > 0 ? y : 0;
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

  /**
   * Joins the clusters of a and b unless a constraint forbids it. `strong` links (same DOI, same
   * document number) skip the year check. Returns 'joined', 'same' (already one cluster) or 'refused'.
   */
  union(a: number, b: number, strong: boolean): 'joined' | 'same' | 'refused' {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return 'same';
    const da = this.doi[ra] ?? -1;
    const db = this.doi[rb] ?? -1;
    if (da >= 0 && db >= 0 && da !== db) return 'refused';
    const na = this.number[ra] ?? -1;
    const nb = this.number[rb] ?? -1;
    if (na >= 0 && nb >= 0 && na !== nb) return 'refused';
    const minA = this.minYear[ra] ?? 0;
    const minB = this.minYear[rb] ?? 0;
    const maxA = this.maxYear[ra] ?? 0;
    const maxB = this.maxYear[rb] ?? 0;
    const lo = minA === 0 ? minB : minB === 0 ? minA : Math.min(minA, minB);
    const hi = Math.max(maxA, maxB);
    if (!strong && lo > 0) {
      const span = hi - lo;
      if (span > Math.max(2, maxA - minA, maxB - minB)) return 'refused';
    }
    // Union by size; ties keep the smaller index as root (deterministic).
    const sa = this.size[ra] ?? 1;
    const sb = this.size[rb] ?? 1;
    if (sb > sa || (sb === sa && rb < ra)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = sa + sb;
    this.doi[ra] = da >= 0 ? da : db;
    this.number[ra] = na >= 0 ? na : nb;
    this.minYear[ra] = lo;
    this.maxYear[ra] = hi;
    return 'joined';
  }
}
