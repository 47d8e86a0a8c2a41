import type { CitationInput, TermMatrix } from '../../src/graphs/citation-input.js';
import { createRng } from '../../src/graphs/rng.js';

/** A seeded random citation matrix: `docs` documents citing `works` works, up to `maxRefs` each, popular works first. */
export function randomCitations(docs: number, works: number, maxRefs: number, seed: number): CitationInput {
  const rng = createRng(seed);
  const docPtr = new Uint32Array(docs + 1);
  const refs: number[] = [];
  for (let i = 0; i < docs; i++) {
    const want = Math.floor(rng() * (maxRefs + 1));
    const row = new Set<number>();
    for (let t = 0; t < want; t++) row.add(Math.floor(works * rng() * rng()));
    refs.push(...[...row].sort((a, b) => a - b));
    docPtr[i + 1] = refs.length;
  }
  return {
    docs: Array.from({ length: docs }, (_, i) => ({ id: `doc${i}`, label: `Document ${i}`, year: 2000 + (i % 20) })),
    works: Array.from({ length: works }, (_, k) => ({ id: `work${k}`, label: `Work ${k}` })),
    docPtr,
    workIdx: Uint32Array.from(refs),
  };
}

/** Refs of each document as sets, for brute-force checks. */
export function refSets(input: CitationInput): Set<number>[] {
  return input.docs.map((_, i) => new Set(Array.from(input.workIdx.subarray(input.docPtr[i]!, input.docPtr[i + 1]!))));
}

/** Builds a CitationInput from lists of work numbers per document. */
export function citationsFrom(rows: number[][], works?: number): CitationInput {
  const nWorks = works ?? Math.max(0, ...rows.flat()) + 1;
  const docPtr = new Uint32Array(rows.length + 1);
  const refs: number[] = [];
  rows.forEach((row, i) => {
    refs.push(...row);
    docPtr[i + 1] = refs.length;
  });
  return {
    docs: rows.map((_, i) => ({ id: `D${i + 1}`, label: `Doc ${i + 1}` })),
    works: Array.from({ length: nWorks }, (_, k) => ({ id: `W${k}`, label: `Work ${k}` })),
    docPtr,
    workIdx: Uint32Array.from(refs),
  };
}

/** Every edge of a LinkGraph-like CSR as [i, j, e] with i < j. */
export function edgesOf(g: { n: number; ptr: Uint32Array; dst: Uint32Array }): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < g.n; i++) for (let e = g.ptr[i]!; e < g.ptr[i + 1]!; e++) out.push([i, g.dst[e]!, e]);
  return out;
}

/** A term matrix from rows of [term, weight] (kept in the order given), documents T0, T1, … and terms term0, term1, …. */
export function termMatrixFrom(rows: readonly (readonly [number, number])[][], terms: number): TermMatrix {
  const docPtr = new Uint32Array(rows.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  rows.forEach((row, i) => {
    for (const [t, v] of row) {
      idx.push(t);
      val.push(v);
    }
    docPtr[i + 1] = idx.length;
  });
  return {
    docs: rows.map((_, i) => ({ id: `T${i}`, label: `Text ${i}` })),
    terms: Array.from({ length: terms }, (_, t) => `term${t}`),
    docPtr,
    termIdx: Uint32Array.from(idx),
    values: Float32Array.from(val),
  };
}
