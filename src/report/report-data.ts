/**
 * What the report shows, read from the output folder: the page embeds it as JSON and the figures are
 * drawn from it. Plain data only; every string in it may come from a document and is untrusted.
 */
export interface ReportData {
  /** Format of this object; the page checks it. */
  schema: 1;
  tool: { name: string; version: string };
  /** Parameters of the run as recorded in manifest.json (input folder, engine). */
  run: { command: string; input: string };
  /** Sections left out and why, in page order: 'No graphs/ folder: run corpus-lens run to build the networks.' */
  notes: string[];
  overview: Overview;
  documents: ReportDoc[];
  problems: ReportProblem[];
  /** Works of the co-citation network and the evidence, by work id. */
  works: Record<string, ReportWork>;
  networks: ReportNetwork[];
  themes: ReportThemes | null;
  taxonomy: ReportTaxonomy | null;
}

/** Headline counts; null when the table that holds them is absent. */
export interface Overview {
  documents: number;
  ok: number;
  failed: number;
  skipped: number;
  pages: number | null;
  words: number | null;
  sentences: number | null;
  references: number | null;
  /** References matched to a work. */
  matched: number | null;
  works: number | null;
  citations: number | null;
  findings: number | null;
  problems: { error: number; warning: number; info: number };
}

/** A document as the report shows it (documents.csv and its top terms). */
export interface ReportDoc {
  id: string;
  path: string;
  kind: string;
  title: string;
  authors: string;
  year: number | null;
  language: string;
  pages: number | null;
  words: number | null;
  sentences: number | null;
  status: string;
  format: string;
  /** Strongest terms of the document (themes/doc-terms.csv), best first. */
  terms: string[];
}

/** A row of problems.csv. */
export interface ReportProblem {
  path: string;
  place: string;
  severity: string;
  stage: string;
  rule: string;
  message: string;
  note: string;
}

/** A cited work (works.csv), for the cards of co-citation nodes. */
export interface ReportWork {
  id: string;
  citation: string;
  firstAuthor: string;
  year: number | null;
  title: string;
  container: string;
  doi: string;
  timesCited: number | null;
  corpusDocument: string;
}

/** One network (coupling, cocitation, citation, text) as drawn: nodes with positions, links, evidence. */
export interface ReportNetwork {
  kind: string;
  title: string;
  /** 'document' or 'work': what a node is. */
  item: 'document' | 'work';
  /** Numeric node columns (after id, label, cluster, x, y), in file order: references, degree, pagerank, ... */
  metrics: string[];
  /** The metric nodes are sized by at first. */
  sizeBy: string;
  nodes: ReportNode[];
  /** Links between drawn nodes: [source index, target index, weight]. */
  edges: [number, number, number][];
  /** Columns of the evidence rows (after source and target): ['work', 'work_label']. */
  evidenceColumns: string[];
  /** Evidence rows of each link, aligned with `edges`; at most `evidenceLimit` per link. */
  evidence: string[][][];
  /** Links whose evidence was cut at the limit: how many rows each had in all (same order as edges, 0 when not cut). */
  evidenceTotal: number[];
  /** Nodes in the node table, drawn or not. */
  totalNodes: number;
  /** Summary row from graphs/summary.csv: clusters and modularity. */
  clusters: number | null;
  modularity: number | null;
  notes: string[];
}

/** A drawn node of a network. */
export interface ReportNode {
  id: string;
  label: string;
  cluster: number;
  x: number;
  y: number;
  /** Values of `metrics`, in order (null when empty). */
  values: (number | null)[];
  /** Kind of the document ('policy', 'paper') or ''. */
  docKind: string;
  year: number | null;
}

/** A term or phrase of the bar charts. */
export interface ReportTerm {
  term: string;
  frequency: number;
  documents: number | null;
  /** Per 10,000 tokens (terms) or G² (phrases). */
  score: number | null;
}

/** One comparison of keyness.csv: group A against group B, key terms of both sides. */
export interface KeynessComparison {
  groupBy: string;
  a: string;
  b: string;
  rows: KeynessRow[];
}

/** A key term of a comparison. */
export interface KeynessRow {
  term: string;
  freqA: number;
  freqB: number;
  rateA: number;
  rateB: number;
  g2: number;
  logRatio: number;
  significance: string;
  moreIn: string;
}

/** The themes section: terms, phrases, keyness, trends and bursts. */
export interface ReportThemes {
  terms: ReportTerm[];
  phrases: ReportTerm[];
  keyness: KeynessComparison[];
  trends: { years: number[]; series: { term: string; rate: number[]; frequency: number[] }[] } | null;
  bursts: { term: string; begin: number | null; end: number | null; strength: number | null }[];
}

/** A category of the codebook as findings.csv names it. */
export interface TaxonomyCategory {
  id: string;
  facet: string;
  dimension: string;
}

/** A coded sentence: the evidence behind a heatmap cell. */
export interface TaxonomyFinding {
  /** Index into `docs`. */
  d: number;
  /** Index into `categories`. */
  c: number;
  page: number | null;
  /** Offset of the sentence in the document's text (null when the table has none). */
  offset: number | null;
  /** Number of the sentence in the document, as findings.csv gives it (null when it does not). */
  number: number | null;
  section: string;
  score: number | null;
  cues: string;
  sentence: string;
}

/** The taxonomy section: a documents x categories matrix and the sentences behind it. */
export interface ReportTaxonomy {
  categories: TaxonomyCategory[];
  /** Heatmap rows: document ids (into ReportData.documents by id), policy documents first. */
  docs: string[];
  /** Sentences of each row (the denominator of the rates), null when unknown. */
  sentences: (number | null)[];
  /** counts[row][category]. */
  counts: number[][];
  findings: TaxonomyFinding[];
  /** Documents with findings that were left out of the heatmap (too many rows). */
  hiddenDocs: number;
  /** Where the counts came from: 'taxonomy/findings.csv' or 'taxonomy/frequency.csv'. */
  source: string;
  /** Findings in the table, including those of documents left out of the heatmap. */
  total: number;
}
