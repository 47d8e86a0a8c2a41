/**
 * Colours of clusters 1..20, shared by the page and the figures (cluster 0 and clusters past 20 are
 * grey). Distinct hues first, then darker and lighter variants.
 */
export const CLUSTER_COLOURS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#6b6ecf',
  '#2f4b7c', '#bc5090', '#3f8f29', '#d45087', '#a05195', '#008080', '#8c6d31', '#e6550d', '#17becf', '#7f7f7f',
];

/** Grey of nodes without a cluster. */
export const NO_CLUSTER = '#a0a4a8';
/** Grey of clusters past the palette. */
export const MORE_CLUSTERS = '#c3c7cb';

/** Colour of a 1-based cluster. */
export function clusterColour(cluster: number): string {
  if (!(cluster >= 1)) return NO_CLUSTER;
  return CLUSTER_COLOURS[cluster - 1] ?? MORE_CLUSTERS;
}

/** Colour of kinds of document in every chart. */
export function kindColour(kind: string): string {
  return kind === 'policy' ? '#c2410c' : kind === 'paper' ? '#1d4ed8' : '#64748b';
}

function hex(v: number): string {
  return Math.round(Math.max(0, Math.min(255, v)))
    .toString(16)
    .padStart(2, '0');
}

/** Sequential colour for t in [0, 1]: pale yellow through orange to dark red (for heatmaps). */
export function heatColour(t: number): string {
  const stops: [number, number, number][] = [
    [255, 247, 204],
    [254, 217, 118],
    [253, 141, 60],
    [227, 26, 28],
    [128, 0, 38],
  ];
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}
