import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toCsv } from '../../src/export/csv.js';

type Cell = string | number | null;

function write(dir: string, rel: string, header: string[], rows: Cell[][]): void {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toCsv({ header, rows }));
}

/** Titles that must show as text, never run. */
export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(2)>';

/** The documents of the small fixture, in documents.csv order. */
export const FIXTURE_DOCS = [
  { id: 'policy__xss-script', path: 'policy/xss-script.txt', kind: 'policy', title: XSS_SCRIPT, authors: '', year: 2019, language: 'en', sentences: 40 },
  { id: 'policy__guanyu-2017', path: 'policy/guanyu-2017.txt', kind: 'policy', title: '关于深化产教融合的若干意见', authors: '国务院办公厅', year: 2017, language: 'zh', sentences: 50 },
  { id: 'papers__xss-img', path: 'papers/xss-img.pdf', kind: 'paper', title: XSS_IMG, authors: 'Chen, Mei; Hollis, Robert', year: 2018, language: 'en', sentences: 80 },
  { id: 'papers__okafor-2020', path: 'papers/okafor-2020.docx', kind: 'paper', title: '=Modern Apprenticeship in Transition', authors: 'Okafor, Grace', year: 2020, language: 'en', sentences: 100 },
  { id: 'papers__broken', path: 'papers/broken.pdf', kind: 'paper', title: '', authors: '', year: null, language: 'unknown', sentences: 0 },
] as const;

/**
 * Writes a small output folder as a run would: documents, problems, manifest, references, works,
 * themes, graphs (coupling, co-citation, text) and taxonomy findings. Two titles are HTML that must
 * never run; one starts with `=` (written with an apostrophe, as toCsv does).
 */
export function writeFixture(dir: string, options: { graphs?: boolean; themes?: boolean; taxonomy?: boolean } = {}): void {
  write(
    dir,
    'documents.csv',
    ['id', 'path', 'kind', 'title', 'authors', 'year', 'language', 'pages', 'words', 'sha256', 'status', 'format', 'record', 'chars', 'sentences', 'kind_source', 'extra_column'],
    FIXTURE_DOCS.map((d) => [
      d.id,
      d.path,
      d.kind,
      d.title,
      d.authors,
      d.year,
      d.language,
      d.id === 'papers__broken' ? 0 : 3,
      d.id === 'papers__broken' ? 0 : 1000,
      'ab'.repeat(32),
      d.id === 'papers__broken' ? 'failed' : 'ok',
      'pdf/file',
      '',
      5000,
      d.sentences,
      'folder',
      'ignored',
    ]),
  );
  write(dir, 'problems.csv', ['path', 'place', 'severity', 'stage', 'rule', 'message', 'note'], [
    ['papers/broken.pdf', '', 'error', 'ingest', 'pdf-damaged', 'The PDF is damaged <b>badly</b>', 'Save it again from the source.'],
    ['policy/guanyu-2017.txt', '', 'info', 'ingest', 'encoding-detected', 'Read as GB18030', ''],
  ]);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ tool: { name: 'corpus-lens', version: '9.9.9' }, command: 'run', parameters: { input: '/corpus' }, counts: { documents: 5, ok: 4, failed: 1 } }),
  );
  write(dir, 'references.csv', ['document', 'position', 'raw', 'work_id'], [
    ['papers__xss-img', 1, 'Hartley (2016)', 'w:hartley'],
    ['papers__xss-img', 2, 'Lindqvist (2015)', 'w:lindqvist'],
    ['papers__okafor-2020', 1, 'Hartley (2016)', 'w:hartley'],
    ['papers__okafor-2020', 2, 'Nobody (1999)', ''],
  ]);
  write(dir, 'matches.csv', ['reference', 'document', 'position', 'work_id', 'rule', 'score'], [
    ['papers__xss-img#1', 'papers__xss-img', 1, 'w:hartley', 'title', 1],
    ['papers__xss-img#2', 'papers__xss-img', 2, 'w:lindqvist', 'title', 1],
    ['papers__okafor-2020#1', 'papers__okafor-2020', 1, 'w:hartley', 'title', 1],
  ]);
  write(dir, 'works.csv', ['work_id', 'citation', 'first_author', 'year', 'title', 'container', 'doi', 'times_cited', 'references', 'corpus_document'], [
    ['w:hartley', 'Hartley S (2016) Employer engagement <em>now</em>', 'Hartley, S.', 2016, 'Employer engagement', 'J Voc Ed', '', 2, 2, ''],
    ['w:lindqvist', 'Lindqvist P (2015) Work-Based Learning', 'Lindqvist, P.', 2015, 'Work-Based Learning', '', '', 1, 1, ''],
  ]);
  write(dir, 'citations.csv', ['citing', 'cited', 'via', 'work_id', 'rule', 'score', 'offset'], [['papers__okafor-2020', 'papers__xss-img', 'mention', '', 'title-in-text', 1, 10]]);
  if (options.graphs !== false) writeGraphs(dir);
  if (options.themes !== false) writeThemes(dir);
  if (options.taxonomy !== false) writeTaxonomy(dir);
}

function writeGraphs(dir: string): void {
  const docs = FIXTURE_DOCS.filter((d) => d.id !== 'papers__broken');
  write(
    dir,
    'graphs/coupling-nodes.csv',
    ['id', 'label', 'cluster', 'x', 'y', 'year', 'doc_kind', 'references', 'degree', 'weighted_degree', 'pagerank', 'betweenness', 'new_metric'],
    [
      [docs[0]!.id, docs[0]!.title, 1, -10, 0, 2019, 'policy', 4, 2, 3, 0.3, 0, 'x'],
      [docs[1]!.id, docs[1]!.title, 1, -5, 8, 2017, 'policy', 6, 2, 4, 0.25, 1, 'x'],
      [docs[2]!.id, docs[2]!.title, 2, 10, 0, 2018, 'paper', 8, 2, 5, 0.25, 1, 'x'],
      [docs[3]!.id, docs[3]!.title, 2, 6, -7, 2020, 'paper', 3, 2, 2, 0.2, 0, 'x'],
      ['not-drawn', 'A node without a position', 3, '', '', 2021, 'paper', 1, 0, 0, 0, '', 'x'],
    ],
  );
  write(dir, 'graphs/coupling-edges.csv', ['source', 'target', 'weight', 'shared', 'association', 'salton', 'jaccard', 'inclusion'], [
    [docs[0]!.id, docs[1]!.id, 2, 2, 1.5, 0.5, 0.3, 0.5],
    [docs[1]!.id, docs[2]!.id, 1, 1, 0.5, 0.2, 0.1, 0.2],
    [docs[2]!.id, docs[3]!.id, 1, 1, 0.7, 0.3, 0.2, 0.3],
    [docs[0]!.id, docs[3]!.id, 1, 1, 0.4, 0.2, 0.1, 0.2],
    [docs[0]!.id, 'not-drawn', 1, 1, 0.4, 0.2, 0.1, 0.2],
  ]);
  write(dir, 'graphs/coupling-evidence.csv', ['source', 'target', 'work', 'work_label'], [
    [docs[0]!.id, docs[1]!.id, 'w:hartley', 'Hartley S (2016) <b>Employer</b> engagement'],
    [docs[0]!.id, docs[1]!.id, 'w:lindqvist', 'Lindqvist P (2015) Work-Based Learning'],
    [docs[1]!.id, docs[2]!.id, 'w:hartley', 'Hartley S (2016) Employer engagement'],
    [docs[2]!.id, docs[3]!.id, 'w:hartley', 'Hartley S (2016) Employer engagement'],
    [docs[0]!.id, docs[3]!.id, 'w:lindqvist', 'Lindqvist P (2015) Work-Based Learning'],
  ]);
  write(dir, 'graphs/cocitation-nodes.csv', ['id', 'label', 'cluster', 'x', 'y', 'citations', 'degree', 'weighted_degree', 'pagerank', 'betweenness'], [
    ['w:hartley', 'Hartley S (2016) Employer', 1, 0, 0, 2, 1, 1, 0.5, 0],
    ['w:lindqvist', 'Lindqvist P (2015) Work-Based', 1, 5, 5, 1, 1, 1, 0.5, 0],
  ]);
  write(dir, 'graphs/cocitation-edges.csv', ['source', 'target', 'weight', 'shared', 'association', 'salton', 'jaccard', 'inclusion'], [['w:hartley', 'w:lindqvist', 1, 1, 1, 0.7, 0.5, 1]]);
  write(dir, 'graphs/cocitation-evidence.csv', ['source', 'target', 'doc', 'doc_label'], [['w:hartley', 'w:lindqvist', 'papers__xss-img', XSS_IMG]]);
  write(dir, 'graphs/text-nodes.csv', ['id', 'label', 'cluster', 'x', 'y', 'year', 'doc_kind', 'terms', 'degree', 'weighted_degree', 'pagerank'], [
    [docs[1]!.id, docs[1]!.title, 1, 0, 0, 2017, 'policy', 20, 1, 0.4, 0.5],
    [docs[3]!.id, docs[3]!.title, 1, 3, 4, 2020, 'paper', 18, 1, 0.4, 0.5],
  ]);
  write(dir, 'graphs/text-edges.csv', ['source', 'target', 'weight', 'shared_terms'], [[docs[1]!.id, docs[3]!.id, 0.4, 2]]);
  write(dir, 'graphs/text-evidence.csv', ['source', 'target', 'term', 'contribution'], [
    [docs[1]!.id, docs[3]!.id, '产教融合', 0.3],
    [docs[1]!.id, docs[3]!.id, 'apprenticeship', 0.1],
  ]);
  write(dir, 'graphs/summary.csv', ['kind', 'nodes', 'edges', 'clusters', 'modularity', 'isolated', 'exported_nodes', 'exported_edges', 'settings'], [
    ['coupling', 5, 5, 3, 0.21, 0, 4, 4, 'counting=full'],
    ['cocitation', 2, 1, 1, 0, 0, 2, 1, ''],
    ['text', 2, 1, 1, 0, 0, 2, 1, ''],
  ]);
}

function writeThemes(dir: string): void {
  write(dir, 'themes/terms.csv', ['rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k', 'tfidf_mean', 'vocabulary'], [
    [1, '企业', '企业', 'zh', 88, 3, 133.2, 0.02, ''],
    [2, 'colleg', 'colleges', 'en', 38, 2, 57.5, 0.01, ''],
    [3, 'script', '<script>alert(3)</script>', 'en', 5, 1, 7.5, 0.01, ''],
  ]);
  write(dir, 'themes/phrases.csv', ['rank', 'phrase', 'form', 'language', 'length', 'frequency', 'documents', 'g2', 'pmi', 'noun_phrase'], [
    [1, '产教融合', '产教融合', 'zh', 2, 17, 3, 158.3, 6.9, ''],
    [2, 'work-base learn', 'work-based learning', 'en', 2, 13, 2, 156.5, 8.2, 'yes'],
  ]);
  write(dir, 'themes/keyness.csv', ['group_by', 'group_a', 'group_b', 'rank', 'term', 'form', 'language', 'freq_a', 'freq_b', 'rate_a_per_10k', 'rate_b_per_10k', 'g2', 'significance', 'bic', 'log_ratio', 'more_in'], [
    ['kind', 'policy', 'paper', 1, '发展', '发展', 'zh', 18, 4, 79.9, 9.2, 21.2, 'p<0.0001', 12.4, 3.1, 'policy'],
    ['kind', 'policy', 'paper', 2, 'colleg', 'colleges', 'en', 2, 36, 8.9, 82.7, 18.7, 'p<0.0001', 9.9, -3.2, 'paper'],
    ['kind', 'policy', 'paper', 3, 'learner', 'learners', 'en', 15, 3, 66.6, 6.9, 18.6, 'p<0.0001', 9.8, 3.3, 'policy'],
  ]);
  write(dir, 'themes/trends.csv', ['term', 'form', 'language', 'year', 'frequency', 'documents', 'rate_per_10k', 'doc_share'], [
    ['企业', '企业', 'zh', 2017, 15, 1, 244.3, 1],
    ['企业', '企业', 'zh', 2018, 0, 0, 0, 0],
    ['企业', '企业', 'zh', 2019, 24, 1, 159.2, 0.5],
    ['colleg', 'colleges', 'en', 2017, 0, 0, 0, 0],
    ['colleg', 'colleges', 'en', 2018, 20, 1, 170, 1],
    ['colleg', 'colleges', 'en', 2019, 2, 1, 10, 0.5],
  ]);
  write(dir, 'themes/doc-terms.csv', ['doc_id', 'kind', 'year', 'type', 'rank', 'term', 'form', 'language', 'count', 'tfidf'], [
    ['papers__xss-img', 'paper', 2018, 'term', 2, 'firm', 'firms', 'en', 4, 0.02],
    ['papers__xss-img', 'paper', 2018, 'term', 1, 'enterpris', 'enterprises', 'en', 9, 0.04],
    ['papers__xss-img', 'paper', 2018, 'phrase', 1, 'x y', 'x y', 'en', 9, 0.04],
  ]);
}

/**
 * Sentences of the taxonomy fixture: [document, page, category, facet, dimension, cues, sentence];
 * the offset is 100 x the row, except for the last row, the sentence before it coded a second time
 * in another category of the same dimension and facet.
 */
export const FIXTURE_FINDINGS: [string, number, string, string, string, string, string][] = [
  ['policy__xss-script', 1, 'problem.policy-implementation', 'problem', 'policy', 'problem:lack; term:rules; classifier:0.71', 'Local rules lack detail <script>alert(4)</script>.'],
  ['policy__xss-script', 2, 'problem.policy-implementation', 'problem', 'policy', 'problem:not', 'Incentives are not enforced.'],
  ['policy__xss-script', 2, 'strategy.incentives', 'strategy', 'policy', 'strategy:should', 'Tax relief should reach firms.'],
  ['policy__guanyu-2017', 1, 'strategy.platforms', 'strategy', 'mechanism', 'strategy:加强; term:平台', '加强产教融合信息服务平台建设。'],
  ['papers__xss-img', 3, 'problem.enterprise-motivation', 'problem', 'mechanism', 'problem:little', 'Firms see little <img src=x onerror=alert(5)> benefit.'],
  ['papers__okafor-2020', 1, 'problem.enterprise-motivation', 'problem', 'mechanism', 'problem:reluctant', 'Employers were reluctant to host interns.'],
  ['papers__okafor-2020', 1, 'problem.mechanism-weak', 'problem', 'mechanism', 'problem:reluctant', 'Employers were reluctant to host interns.'],
];

/** The codebook of the fixture, in its order: [category, facet, dimension]; the last one has no finding. */
export const FIXTURE_CATEGORIES: [string, string, string][] = [
  ['problem.policy-implementation', 'problem', 'policy'],
  ['problem.enterprise-motivation', 'problem', 'mechanism'],
  ['problem.mechanism-weak', 'problem', 'mechanism'],
  ['strategy.platforms', 'strategy', 'mechanism'],
  ['strategy.incentives', 'strategy', 'policy'],
  ['strategy.quality-assurance', 'strategy', 'operation'],
];

/** Writes taxonomy/findings.csv and frequency.csv as the taxonomy stage does. */
function writeTaxonomy(dir: string): void {
  write(
    dir,
    'taxonomy/findings.csv',
    ['document', 'kind', 'page', 'section', 'sentence', 'offset', 'end', 'category', 'facet', 'dimension', 'score', 'cues', 'text'],
    FIXTURE_FINDINGS.map(([doc, page, cat, facet, dim, cues, text], i) => {
      const at = Math.min(i, FIXTURE_FINDINGS.length - 2);
      return [doc, doc.startsWith('policy') ? 'policy' : 'paper', page, '2 Findings', at + 1, 100 * at, 100 * at + 40, cat, facet, dim, 1.5, cues, text];
    }),
  );
  const rows: Cell[][] = [];
  for (const d of FIXTURE_DOCS) {
    if (d.id === 'papers__broken') continue;
    for (const [cat, facet, dim] of FIXTURE_CATEGORIES) {
      const n = FIXTURE_FINDINGS.filter((f) => f[0] === d.id && f[2] === cat).length;
      rows.push([d.id, d.kind, d.language, d.sentences, cat, facet, dim, n, Math.round((10000 * n) / d.sentences) / 100]);
    }
  }
  write(dir, 'taxonomy/frequency.csv', ['document', 'kind', 'language', 'sentences', 'category', 'facet', 'dimension', 'count', 'rate_per_100_sentences'], rows);
}

/**
 * Writes graphs/coupling-{nodes,edges}.csv with `n` nodes and `m` links (deterministic), replacing the
 * small coupling network: for the test that a large network stays quick to draw.
 */
export function writeBigNetwork(dir: string, n: number, m: number): void {
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const nodes: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const c = 1 + (i % 12);
    const a = (2 * Math.PI * c) / 12;
    nodes.push([`n${i}`, `Node ${i} 节点`, c, Math.round((300 * Math.cos(a) + 80 * (rand() - 0.5)) * 100) / 100, Math.round((300 * Math.sin(a) + 80 * (rand() - 0.5)) * 100) / 100, 3 + Math.floor(rand() * 40), 1]);
  }
  const edges: Cell[][] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const s = Math.floor(rand() * n);
    const t = rand() < 0.8 ? s - (s % 12) + Math.floor(rand() * 12) + 12 * Math.floor(rand() * 8) : Math.floor(rand() * n);
    if (t >= n || t === s || seen.has(`${Math.min(s, t)} ${Math.max(s, t)}`)) continue;
    seen.add(`${Math.min(s, t)} ${Math.max(s, t)}`);
    edges.push([`n${s}`, `n${t}`, 1 + Math.floor(rand() * 5)]);
  }
  write(dir, 'graphs/coupling-nodes.csv', ['id', 'label', 'cluster', 'x', 'y', 'references', 'degree'], nodes);
  write(dir, 'graphs/coupling-edges.csv', ['source', 'target', 'weight'], edges);
  write(dir, 'graphs/coupling-evidence.csv', ['source', 'target', 'work', 'work_label'], edges.slice(0, 100).map((e) => [e[0]!, e[1]!, 'w:x', 'A work']));
}
