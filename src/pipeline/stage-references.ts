import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';
import { toCsv } from '../export/csv.js';
import type { OutputFile } from '../export/write-files.js';
import { parseAliases, type Alias } from '../references/match/index.js';
import { analyseReferences, type ReferencesResult } from '../references/stage/analyse-references.js';
import { citationsTable, matchesTable, referencesTable, worksTable } from '../references/stage/references-tables.js';

export const ALIAS_FILE = 'aliases.csv';

/** Reads the corpus's alias file (aliases.csv beside the documents), if there is one. */
export async function readAliases(corpusRoot: string): Promise<{ aliases: Alias[]; messages: Message[] }> {
  let text: string;
  try {
    text = await readFile(join(corpusRoot, ALIAS_FILE), 'utf8');
  } catch {
    return { aliases: [], messages: [] };
  }
  return parseAliases(text, ALIAS_FILE);
}

/**
 * The references stage: every document's reference list extracted, parsed and matched into works.
 * Writes references.csv, works.csv, matches.csv and citations.csv.
 */
export async function referencesStage(docs: readonly Doc[], corpusRoot: string): Promise<{ result: ReferencesResult; files: OutputFile[]; messages: Message[] }> {
  const aliases = await readAliases(corpusRoot);
  const result = analyseReferences(docs, { aliases: aliases.aliases });
  return {
    result,
    messages: [...aliases.messages, ...result.messages],
    files: [
      { path: 'references.csv', contents: toCsv(referencesTable(result)) },
      { path: 'works.csv', contents: toCsv(worksTable(result)) },
      { path: 'matches.csv', contents: toCsv(matchesTable(result)) },
      { path: 'citations.csv', contents: toCsv(citationsTable(result, docs)) },
    ],
  };
}
