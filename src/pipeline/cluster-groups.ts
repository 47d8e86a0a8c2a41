import type { GraphsResult } from '../graphs/index.js';
import type { ThemesAnalysis } from '../themes/analyse-themes.js';
import { termsByGroup, type GroupTerms } from '../themes/groups.js';

/** Graph kinds whose nodes are corpus documents, and the name of their grouping in groups.csv. */
const DOCUMENT_GRAPHS: ReadonlyArray<{ kind: string; by: string }> = [
  { kind: 'coupling', by: 'coupling-cluster' },
  { kind: 'text', by: 'text-cluster' },
];

/**
 * The terms of each cluster of the document graphs (bibliographic coupling, text similarity), as
 * groups for groups.csv, so that it says what each cluster of the map is about. A document outside a
 * graph (no link) has no value for that grouping (group ''). Runs after the graphs stage; changes
 * nothing it is given.
 */
export function clusterGroups(themes: ThemesAnalysis, graphs: GraphsResult, top = 20): GroupTerms[] {
  const out: GroupTerms[] = [];
  for (const { kind, by } of DOCUMENT_GRAPHS) {
    const g = graphs.graphs.find((x) => x.kind.kind === kind);
    if (!g || g.clusters === 0) continue;
    const value = new Map<string, string>();
    for (let i = 0; i < g.cluster.length; i++) {
      const c = g.cluster[i] ?? 0;
      if (c > 0) value.set(g.kind.node(i).id, String(c));
    }
    const docs = themes.index.docs.map((d) => ({ ...d, group: { ...(d.group ?? {}), [by]: value.get(d.id) ?? '' } }));
    out.push(...termsByGroup({ ...themes.index, docs }, themes.matrix, by, top));
  }
  return out;
}
