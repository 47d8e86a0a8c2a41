import { readFile } from 'node:fs/promises';
import type { Doc } from '../core/doc.js';
import { ConfigError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { toCsv } from '../export/csv.js';
import type { OutputFile } from '../export/write-files.js';
import { toXlsx } from '../export/xlsx.js';
import { normaliseZipDates } from '../export/zip-dates.js';
import { codeDocuments, createCoder, dimensionsTable, findingsTable, frequencyTable, loadCodebook, loadDefaultCodebook, toQdpx, type Codebook, type CodedDocument } from '../taxonomy/index.js';

/**
 * Loads the codebook a run uses: the file given, or the default taxonomy. A codebook with errors stops
 * the run (exit 2) with every error and its line; warnings go to problems.csv.
 */
export async function loadRunCodebook(path: string | undefined): Promise<{ codebook: Codebook; messages: Message[] }> {
  if (!path) return { codebook: loadDefaultCodebook(), messages: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError('taxonomy-unreadable', `The taxonomy file ${path} cannot be read: ${(err as Error).message}`);
  }
  const loaded = loadCodebook(text, path);
  const errors = loaded.messages.filter((m) => m.severity === 'error');
  if (!loaded.codebook || errors.length > 0) {
    const lines = errors.map((m) => `  ${m.path}${m.place?.line ? `:${m.place.line}${m.place.column ? `:${m.place.column}` : ''}` : ''}  ${m.reason}${m.note ? ` (${m.note})` : ''}`);
    throw new ConfigError('taxonomy-invalid', `The taxonomy file ${path} cannot be used:\n${lines.join('\n')}`);
  }
  return { codebook: loaded.codebook, messages: loaded.messages };
}

/**
 * The taxonomy stage: every sentence of the readable documents coded to a problem or strategy category
 * (or to none). Writes taxonomy/findings.csv, frequency.csv, dimensions.csv, taxonomy.xlsx and a
 * REFI-QDA project (corpus-lens.qdpx) for review in NVivo, ATLAS.ti or MAXQDA.
 */
export async function taxonomyStage(docs: readonly Doc[], codebook: Codebook): Promise<{ coded: CodedDocument[]; files: OutputFile[] }> {
  const ok = docs.filter((d) => d.status === 'ok');
  const coder = createCoder(codebook);
  const coded = codeDocuments(
    ok.map((d) => ({ id: d.id, kind: d.kind, language: d.language, text: d.text, sentences: d.sentences, sections: d.sections })),
    coder,
  );
  const tables = [
    ['findings', findingsTable(coded)],
    ['frequency', frequencyTable(coded, codebook)],
    ['dimensions', dimensionsTable(coded, codebook)],
  ] as const;
  const qdpx = await toQdpx({ codebook, texts: new Map(ok.map((d) => [d.id, d.text])), docs: coded, name: 'corpus-lens' });
  return {
    coded,
    files: [
      ...tables.map(([name, table]) => ({ path: `taxonomy/${name}.csv`, contents: toCsv(table) })),
      { path: 'taxonomy/taxonomy.xlsx', contents: await toXlsx(tables) },
      { path: 'taxonomy/corpus-lens.qdpx', contents: normaliseZipDates(qdpx) },
    ],
  };
}

/**
 * The codebook's terms that the themes tokenizer must keep whole: every Chinese term, and English
 * terms of several words (single English words need no dictionary).
 */
export function codebookVocabulary(codebook: Codebook): string[] {
  const terms = new Set<string>();
  for (const c of codebook.categories) {
    for (const t of c.include) {
      const text = t.text.trim();
      if (/[\u3400-\u9fff]/.test(text) ? text.length >= 2 && text.length <= 12 : /\s/.test(text)) terms.add(text);
    }
  }
  return [...terms].sort();
}
