import { describe, expect, it } from 'vitest';
import type { TermMatrix } from '../../src/graphs/citation-input.js';
import { buildSimilarityGraphs } from '../../src/graphs/similarity-graphs.js';
import { createRng } from '../../src/graphs/rng.js';
import { citationsFrom, randomCitations } from './fixtures.js';

function corpus(seed: number) {
  const input = randomCitations(150, 200, 20, seed);
  const rng = createRng(seed + 1);
  const pairs: number[] = [];
  for (let t = 0; t < 120; t++) pairs.push(Math.floor(rng() * 150), Math.floor(rng() * 150));
  input.citations = Uint32Array.from(pairs);
  const docPtr = new Uint32Array(151);
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < 150; i++) {
    const row = new Set<number>();
    for (let t = 0; t < 12; t++) row.add(Math.floor(rng() * 80));
    for (const term of [...row].sort((a, b) => a - b)) {
      idx.push(term);
      val.push(0.5 + rng());
    }
    docPtr[i + 1] = idx.length;
  }
  const terms: TermMatrix = { docs: input.docs, terms: Array.from({ length: 80 }, (_, t) => `term ${t}`), docPtr, termIdx: Uint32Array.from(idx), values: Float32Array.from(val) };
  return { citations: input, terms };
}

const fast = { layoutIterations: 40 };

describe('buildSimilarityGraphs', () => {
  it('writes the files of every kind and the summary', () => {
    const r = buildSimilarityGraphs(corpus(1), fast);
    const names = r.files.map((f) => f.name);
    for (const k of ['coupling', 'cocitation', 'citation', 'text']) {
      for (const suffix of ['-nodes.csv', '-edges.csv', '-evidence.csv', '.gexf', '.graphml', '.net', '.vosviewer.json', '-vosviewer-map.txt', '-vosviewer-network.txt']) {
        expect(names).toContain(`${k}${suffix}`);
      }
    }
    expect(names.at(-1)).toBe('summary.csv');
    expect(r.summary.map((s) => s.kind)).toEqual(['coupling', 'cocitation', 'citation', 'text']);
    const summary = r.files.at(-1)!.content;
    expect(summary.startsWith('\uFEFFkind,nodes,edges,clusters,modularity,')).toBe(true);
    for (const s of r.summary) {
      expect(s.edges).toBeGreaterThan(0);
      expect(s.clusters).toBeGreaterThan(0);
      expect(s.modularity).not.toBeNull();
    }
    const coupling = r.graphs[0]!;
    expect(coupling.nodes).toBe(r.summary[0]!.nodes);
  });

  it('gives byte-identical files for the same input and seed', () => {
    const a = buildSimilarityGraphs(corpus(2), { ...fast, seed: 9 });
    const b = buildSimilarityGraphs(corpus(2), { ...fast, seed: 9 });
    expect(b.files.map((f) => f.name)).toEqual(a.files.map((f) => f.name));
    a.files.forEach((f, t) => expect(b.files[t]!.content).toBe(f.content));
    const c = buildSimilarityGraphs(corpus(2), { ...fast, seed: 10 });
    expect(c.files.find((f) => f.name === 'coupling.gexf')!.content).not.toBe(a.files.find((f) => f.name === 'coupling.gexf')!.content);
  });

  it('lists every node in the node table but exports only the top-N', () => {
    const r = buildSimilarityGraphs(corpus(3), { ...fast, kinds: ['coupling'], maxNodes: 20, maxEdges: 30 });
    const nodes = r.files.find((f) => f.name === 'coupling-nodes.csv')!.content.trim().split('\n');
    expect(nodes.length - 1).toBe(r.summary[0]!.nodes);
    const drawn = nodes.slice(1).filter((line) => line.split(',')[3] !== '');
    expect(drawn.length).toBe(20);
    expect(r.summary[0]!.exported_nodes).toBe(20);
    expect(r.summary[0]!.exported_edges).toBe(30);
    const edges = r.files.find((f) => f.name === 'coupling-edges.csv')!.content.trim().split('\n');
    expect(edges.length - 1).toBe(30);
    expect(r.messages.map((m) => m.rule)).toContain('graphs-top-n');
  });

  it('reports a kind that cannot be built and still builds the others', () => {
    const input = corpus(4);
    input.terms.values = input.terms.values.slice(1);
    const r = buildSimilarityGraphs(input, fast);
    expect(r.summary.map((s) => s.kind)).toEqual(['coupling', 'cocitation', 'citation']);
    const error = r.messages.find((m) => m.severity === 'error');
    expect(error?.rule).toBe('graphs-bad-input');
    expect(error?.reason).toContain('text graph');
  });

  it('copes with a corpus where nothing is linked, and with an empty one', () => {
    const unlinked = buildSimilarityGraphs({ citations: citationsFrom([[0], [1], [2]]) }, { ...fast, kinds: ['coupling', 'cocitation'] });
    expect(unlinked.summary.map((s) => [s.kind, s.nodes, s.edges, s.modularity])).toEqual([
      ['coupling', 3, 0, null],
      ['cocitation', 0, 0, null],
    ]);
    expect(unlinked.messages.filter((m) => m.rule === 'graphs-no-links')).toHaveLength(2);
    const empty = buildSimilarityGraphs({ citations: citationsFrom([]) }, fast);
    expect(empty.summary.map((s) => s.nodes)).toEqual([0, 0]);
    expect(empty.files.find((f) => f.name === 'coupling.net')!.content).toBe('*Vertices 0\r\n*Edges\r\n');
  });

  it('weighs coupling and co-citation links by the chosen measure, every measure still a column', () => {
    const table = (r: ReturnType<typeof buildSimilarityGraphs>, name: string): string[][] =>
      r.files
        .find((f) => f.name === name)!
        .content.replace(/^\uFEFF/, '')
        .trim()
        .split('\n')
        .map((line) => line.split(','));
    const input = corpus(5);
    const counted = buildSimilarityGraphs(input, { ...fast, kinds: ['coupling', 'cocitation'] });
    const jaccard = buildSimilarityGraphs(input, { ...fast, kinds: ['coupling', 'cocitation'], measure: 'jaccard' });
    for (const kind of ['coupling', 'cocitation']) {
      const [head, ...rows] = table(jaccard, `${kind}-edges.csv`);
      expect(head).toEqual(['source', 'target', 'weight', 'shared', 'association', 'salton', 'jaccard', 'inclusion']);
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows) expect(row[2]).toBe(row[6]);
      const [, ...countedRows] = table(counted, `${kind}-edges.csv`);
      for (const row of countedRows) expect(row[2]).toBe(row[3]);
    }
    expect(jaccard.summary.map((s) => s.settings.includes('measure=jaccard'))).toEqual([true, true]);
    expect(counted.summary.some((s) => s.settings.includes('measure='))).toBe(false);
    expect(jaccard.summary[0]!.modularity).not.toBe(counted.summary[0]!.modularity);
    // Nodes keep their counted total link strength (weighted_degree) and links.
    const [head, ...countedNodes] = table(counted, 'coupling-nodes.csv');
    const [, ...jaccardNodes] = table(jaccard, 'coupling-nodes.csv');
    for (const column of ['id', 'degree', 'weighted_degree']) {
      const k = head!.indexOf(column);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(jaccardNodes.map((row) => row[k])).toEqual(countedNodes.map((row) => row[k]));
    }
  });

  it('reports an unknown measure and uses the counted weight', () => {
    const r = buildSimilarityGraphs(corpus(6), { ...fast, kinds: ['coupling'], measure: 'cosine' as never });
    expect(r.messages.filter((m) => m.rule === 'graphs-bad-measure')).toHaveLength(1);
    expect(r.summary[0]!.settings.includes('measure=')).toBe(false);
  });

  it('says which kinds it skipped for want of input', () => {
    const r = buildSimilarityGraphs({}, fast);
    expect(r.summary).toEqual([]);
    expect(r.messages.filter((m) => m.rule === 'graphs-kind-skipped')).toHaveLength(4);
    expect(r.files.map((f) => f.name)).toEqual(['summary.csv']);
  });
});
