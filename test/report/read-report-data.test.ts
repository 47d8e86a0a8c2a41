import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { readReportData } from '../../src/report/read-report-data.js';
import { unsafeCell } from '../../src/report/read-table.js';
import { writeFixture, XSS_IMG, XSS_SCRIPT } from './fixture.js';

const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'corpus-lens-report-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readReportData', () => {
  it('reads every table of a full output folder', async () => {
    const dir = temp();
    writeFixture(dir);
    const { data, messages } = await readReportData(dir);
    expect(messages).toEqual([]);
    expect(data.notes).toEqual(['Networks: no table for citation (graphs/<kind>-nodes.csv is absent), so it is not shown.']);
    expect(data.tool).toEqual({ name: 'corpus-lens', version: '9.9.9' });
    expect(data.overview).toEqual({
      documents: 5,
      ok: 4,
      failed: 1,
      skipped: 0,
      pages: 12,
      words: 4000,
      sentences: 270,
      references: 4,
      matched: 3,
      works: 2,
      citations: 1,
      findings: 7,
      problems: { error: 1, warning: 0, info: 1 },
    });
    expect(data.documents.map((d) => d.title)).toEqual([XSS_SCRIPT, '关于深化产教融合的若干意见', XSS_IMG, '=Modern Apprenticeship in Transition', '']);
    // Top terms by rank; phrases of doc-terms.csv are not terms.
    expect(data.documents[2]!.terms).toEqual(['enterprises', 'firms']);
    expect(data.documents[2]!.authors).toBe('Chen, Mei; Hollis, Robert');
  });

  it('keeps drawn nodes, links between them and their evidence', async () => {
    const dir = temp();
    writeFixture(dir);
    const { data } = await readReportData(dir);
    expect(data.networks.map((n) => n.kind)).toEqual(['coupling', 'cocitation', 'text']);
    const c = data.networks[0]!;
    expect(c.nodes.map((n) => n.id)).toEqual(['policy__xss-script', 'policy__guanyu-2017', 'papers__xss-img', 'papers__okafor-2020']);
    expect(c.totalNodes).toBe(5);
    expect(c.metrics).toEqual(['references', 'degree', 'weighted_degree', 'pagerank', 'betweenness']);
    expect(c.sizeBy).toBe('references');
    expect(c.edges).toEqual([
      [0, 1, 2],
      [1, 2, 1],
      [2, 3, 1],
      [0, 3, 1],
    ]);
    expect(c.evidenceColumns).toEqual(['work', 'work_label']);
    expect(c.evidence[0]).toEqual([
      ['w:hartley', 'Hartley S (2016) <b>Employer</b> engagement'],
      ['w:lindqvist', 'Lindqvist P (2015) Work-Based Learning'],
    ]);
    expect(c.clusters).toBe(3);
    expect(c.modularity).toBe(0.21);
    expect(c.notes).toEqual([
      '1 of 5 nodes have no position (not among the nodes drawn) and are left out; graphs/coupling-nodes.csv lists them.',
      '1 links join nodes that are not drawn and are left out.',
    ]);
    expect(data.networks[1]!.sizeBy).toBe('citations');
    expect(Object.keys(data.works)).toEqual(['w:hartley', 'w:lindqvist']);
  });

  it('reads themes and the taxonomy in a stable order', async () => {
    const dir = temp();
    writeFixture(dir);
    const { data } = await readReportData(dir);
    const th = data.themes!;
    expect(th.terms.map((t) => t.term)).toEqual(['企业', 'colleges', '<script>alert(3)</script>']);
    expect(th.keyness).toHaveLength(1);
    expect(th.keyness[0]!.rows.map((r) => [r.term, r.moreIn])).toEqual([
      ['发展', 'policy'],
      ['learners', 'policy'],
      ['colleges', 'paper'],
    ]);
    expect(th.trends).toEqual({
      years: [2017, 2018, 2019],
      series: [
        { term: '企业', rate: [244.3, 0, 159.2], frequency: [15, 0, 24] },
        { term: 'colleges', rate: [0, 170, 10], frequency: [0, 20, 2] },
      ],
    });
    const tax = data.taxonomy!;
    // The codebook's order (frequency.csv), grouped by facet and dimension; a category without findings too.
    expect(tax.categories.map((c) => c.id)).toEqual([
      'problem.policy-implementation',
      'problem.enterprise-motivation',
      'problem.mechanism-weak',
      'strategy.incentives',
      'strategy.platforms',
      'strategy.quality-assurance',
    ]);
    expect(tax.docs).toEqual(['policy__guanyu-2017', 'policy__xss-script', 'papers__xss-img', 'papers__okafor-2020']);
    expect(tax.counts).toEqual([
      [0, 0, 0, 0, 1, 0],
      [2, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 0],
    ]);
    expect(tax.sentences).toEqual([50, 40, 80, 100]);
    expect(tax.findings.map((f) => [f.d, f.c, f.page, f.offset, f.number])).toEqual([
      [0, 4, 1, 300, 4],
      [1, 0, 1, 0, 1],
      [1, 0, 2, 100, 2],
      [1, 3, 2, 200, 3],
      [2, 1, 3, 400, 5],
      [3, 1, 1, 500, 6],
      [3, 2, 1, 500, 6],
    ]);
    expect(tax.findings[1]).toEqual({ d: 1, c: 0, page: 1, offset: 0, number: 1, section: '2 Findings', score: 1.5, cues: 'problem:lack; term:rules; classifier:0.71', sentence: 'Local rules lack detail <script>alert(4)</script>.' });
    expect(tax.total).toBe(7);
  });

  it('leaves out absent sections with a note', async () => {
    const dir = temp();
    writeFixture(dir, { graphs: false, themes: false, taxonomy: false });
    const { data, messages } = await readReportData(dir);
    expect(messages).toEqual([]);
    expect(data.networks).toEqual([]);
    expect(data.themes).toBeNull();
    expect(data.taxonomy).toBeNull();
    expect(data.overview.findings).toBeNull();
    expect(data.notes).toEqual([
      'Networks: the output folder has no graphs/ tables (graphs/coupling-nodes.csv, …); run corpus-lens run to build them.',
      'Themes: the output folder has no themes/ tables (terms.csv, phrases.csv, keyness.csv, trends.csv); run corpus-lens run to build them.',
      'Taxonomy: the output folder has no taxonomy/findings.csv; run corpus-lens run with the taxonomy stage to code the documents.',
    ]);
  });

  it('warns about a table it cannot parse and goes on', async () => {
    const dir = temp();
    writeFixture(dir);
    writeFileSync(join(dir, 'themes/terms.csv'), '\uFEFFrank,term,frequency\n1,"unclosed,3\n');
    writeFileSync(join(dir, 'graphs/text-nodes.csv'), '\uFEFFlabel,x,y\nA,1,2\n');
    const { data, messages } = await readReportData(dir);
    expect(messages.map((m) => [m.severity, m.rule, m.stage])).toEqual([
      ['warning', 'report-bad-table', 'report'],
      ['warning', 'report-bad-table', 'report'],
    ]);
    expect(messages[0]!.reason).toBe('The output file graphs/text-nodes.csv was left out of the report: it lacks the column id');
    expect(messages[1]!.reason).toMatch(/^The output file themes\/terms\.csv was left out of the report: it is not a valid CSV file/);
    expect(data.themes!.terms).toEqual([]);
    expect(data.networks.map((n) => n.kind)).toEqual(['coupling', 'cocitation']);
  });

  it('reads counts from frequency.csv when findings.csv is absent', async () => {
    const dir = temp();
    writeFixture(dir);
    rmSync(join(dir, 'taxonomy/findings.csv'));
    const { data } = await readReportData(dir);
    expect(data.taxonomy!.source).toBe('taxonomy/frequency.csv');
    expect(data.taxonomy!.counts).toEqual([
      [0, 0, 0, 0, 1, 0],
      [2, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 0],
    ]);
    expect(data.taxonomy!.findings).toEqual([]);
    expect(data.overview.findings).toBe(7);
    expect(data.notes).toContain('Taxonomy: taxonomy/findings.csv is absent, so the counts come from frequency.csv and clicking a cell shows no sentences.');
  });

  it('reads a findings.csv whose sentence column holds the text', async () => {
    const dir = temp();
    writeFixture(dir, { taxonomy: false });
    mkdirSync(join(dir, 'taxonomy'));
    writeFileSync(join(dir, 'taxonomy/findings.csv'), '\uFEFFdocument,page,section,offset,category,facet,dimension,score,cues,sentence\npapers__xss-img,2,,17,problem.resources,problem,operation,0.5,lack,"Funds  lack."\n');
    const { data } = await readReportData(dir);
    expect(data.taxonomy!.categories).toEqual([{ id: 'problem.resources', facet: 'problem', dimension: 'operation' }]);
    expect(data.taxonomy!.findings).toEqual([{ d: 2, c: 0, page: 2, offset: 17, number: null, section: '', score: 0.5, cues: 'lack', sentence: 'Funds lack.' }]);
  });

  it('refuses a folder that is not an output folder', async () => {
    const dir = temp();
    await expect(readReportData(dir)).rejects.toBeInstanceOf(UsageError);
    await expect(readReportData(dir)).rejects.toMatchObject({ code: 'report-not-output' });
  });
});

describe('unsafeCell', () => {
  it('undoes the apostrophe that defuses formulas, and only that', () => {
    expect(unsafeCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unsafeCell("'-3 days")).toBe('-3 days');
    expect(unsafeCell("'tis")).toBe("'tis");
    expect(unsafeCell("'")).toBe("'");
    expect(unsafeCell('plain')).toBe('plain');
  });
});
