import { UsageError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { TOOL_VERSION } from '../version.js';
import { LIMITS } from './limits.js';
import { readNetworks } from './read-networks.js';
import { readTaxonomy } from './read-taxonomy.js';
import { num, readJson, readTable } from './read-table.js';
import { readThemes } from './read-themes.js';
import type { ReportData, ReportDoc, ReportProblem, ReportWork } from './report-data.js';

/**
 * Reads an output folder (documents.csv, problems.csv, manifest.json, references, themes, graphs,
 * taxonomy) into what the report shows. Tables that are absent leave their section out with a note;
 * tables that cannot be parsed add a `report-bad-table` warning. Throws UsageError
 * (`report-not-output`) when the folder holds neither documents.csv nor manifest.json.
 */
export async function readReportData(outDir: string): Promise<{ data: ReportData; messages: Message[] }> {
  const messages: Message[] = [];
  const notes: string[] = [];
  const docsTable = await readTable(outDir, 'documents.csv', ['id']);
  const manifest = await readJson(outDir, 'manifest.json');
  if (!docsTable.table && manifest.value === undefined) {
    if (docsTable.message) messages.push(docsTable.message);
    throw new UsageError(
      'report-not-output',
      `${outDir} is not a corpus-lens output folder: it holds neither documents.csv nor manifest.json. Give the folder a run wrote with --out (e.g. corpus-lens report --out output).`,
    );
  }
  if (docsTable.message) messages.push(docsTable.message);
  if (manifest.message) messages.push(manifest.message);

  const docTerms = await readTable(outDir, 'themes/doc-terms.csv', ['doc_id']);
  if (docTerms.message) messages.push(docTerms.message);
  const termsOf = new Map<string, { rank: number; i: number; term: string }[]>();
  (docTerms.table?.rows ?? []).forEach((r, i) => {
    if (r.type && r.type !== 'term') return;
    const list = termsOf.get(r.doc_id ?? '') ?? [];
    list.push({ rank: num(r.rank) ?? Number.POSITIVE_INFINITY, i, term: r.form || r.term || '' });
    termsOf.set(r.doc_id ?? '', list);
  });

  const documents: ReportDoc[] = [];
  const seen = new Set<string>();
  for (const r of docsTable.table?.rows ?? []) {
    const id = r.id ?? '';
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    documents.push({
      id,
      path: r.path ?? '',
      kind: r.kind ?? '',
      title: r.title ?? '',
      authors: r.authors ?? '',
      year: num(r.year),
      language: r.language ?? '',
      pages: num(r.pages),
      words: num(r.words),
      sentences: num(r.sentences),
      status: r.status || 'ok',
      format: r.format ?? '',
      terms: (termsOf.get(id) ?? [])
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .slice(0, LIMITS.docTerms)
        .map((t) => t.term),
    });
  }
  if (!docsTable.table) notes.push('Documents: documents.csv is absent; the report shows what the other tables hold.');

  const problemsTable = await readTable(outDir, 'problems.csv', ['message']);
  if (problemsTable.message) messages.push(problemsTable.message);
  const allProblems: ReportProblem[] = (problemsTable.table?.rows ?? []).map((r) => ({
    path: r.path ?? '',
    place: r.place ?? '',
    severity: r.severity ?? '',
    stage: r.stage ?? '',
    rule: r.rule ?? '',
    message: r.message ?? '',
    note: r.note ?? '',
  }));
  if (!problemsTable.table) notes.push('Problems: problems.csv is absent.');
  if (allProblems.length > LIMITS.problems) notes.push(`Problems: the first ${LIMITS.problems} of ${allProblems.length} are listed; problems.csv holds all.`);

  const refs = await readTable(outDir, 'references.csv', []);
  if (refs.message) messages.push(refs.message);
  const matches = await readTable(outDir, 'matches.csv', []);
  if (matches.message) messages.push(matches.message);
  const worksTable = await readTable(outDir, 'works.csv', ['work_id']);
  if (worksTable.message) messages.push(worksTable.message);
  const citations = await readTable(outDir, 'citations.csv', []);
  if (citations.message) messages.push(citations.message);

  const networks = await readNetworks(outDir, messages, notes);
  const themes = await readThemes(outDir, messages, notes);
  const taxonomy = await readTaxonomy(outDir, documents, messages, notes);

  // Works: those the co-citation network draws and those evidence rows name.
  const wanted = new Set<string>();
  for (const n of networks) {
    if (n.item === 'work') for (const node of n.nodes) wanted.add(node.id);
  }
  const works: Record<string, ReportWork> = {};
  for (const r of worksTable.table?.rows ?? []) {
    const id = r.work_id ?? '';
    if (!wanted.has(id) || Object.hasOwn(works, id)) continue;
    works[id] = {
      id,
      citation: r.citation ?? '',
      firstAuthor: r.first_author ?? '',
      year: num(r.year),
      title: r.title ?? '',
      container: r.container ?? '',
      doi: r.doi ?? '',
      timesCited: num(r.times_cited),
      corpusDocument: r.corpus_document ?? '',
    };
  }

  const counts = (manifest.value as { counts?: Record<string, unknown> } | undefined)?.counts ?? {};
  const countOf = (key: string): number | null => (typeof counts[key] === 'number' ? (counts[key] as number) : null);
  const sum = (pick: (d: ReportDoc) => number | null): number | null =>
    documents.length === 0 ? null : documents.reduce((s, d) => s + (pick(d) ?? 0), 0);
  const status = (s: string): number => documents.filter((d) => d.status === s).length;
  const severity = (s: string): number => allProblems.filter((p) => p.severity === s).length;
  const m = manifest.value as { command?: unknown; parameters?: { input?: unknown }; tool?: { name?: unknown; version?: unknown } } | undefined;
  const data: ReportData = {
    schema: 1,
    tool: { name: 'corpus-lens', version: typeof m?.tool?.version === 'string' ? m.tool.version : TOOL_VERSION },
    run: { command: typeof m?.command === 'string' ? m.command : '', input: typeof m?.parameters?.input === 'string' ? m.parameters.input : '' },
    notes,
    overview: {
      documents: docsTable.table ? documents.length : (countOf('documents') ?? 0),
      ok: docsTable.table ? status('ok') : (countOf('ok') ?? 0),
      failed: docsTable.table ? status('failed') : (countOf('failed') ?? 0),
      skipped: docsTable.table ? status('skipped') : (countOf('skipped') ?? 0),
      pages: sum((d) => d.pages) ?? countOf('pages'),
      words: sum((d) => d.words) ?? countOf('words'),
      sentences: sum((d) => d.sentences) ?? countOf('sentences'),
      references: refs.table ? refs.table.rows.length : null,
      matched: matches.table ? matches.table.rows.filter((r) => (r.work_id ?? '') !== '').length : null,
      works: worksTable.table ? worksTable.table.rows.length : null,
      citations: citations.table ? citations.table.rows.length : null,
      findings: taxonomy ? taxonomy.total : null,
      problems: { error: severity('error'), warning: severity('warning'), info: severity('info') },
    },
    documents,
    problems: allProblems.slice(0, LIMITS.problems),
    works,
    networks,
    themes,
    taxonomy,
  };
  return { data, messages };
}
