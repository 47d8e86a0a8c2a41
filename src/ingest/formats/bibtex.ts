import type { Extracted } from '../../core/doc.js';
import type { Message } from '../../core/message.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { parseBibtex, type BibProblem } from '../exports/bibtex-parser.js';
import { bibToRecord } from '../exports/bibtex-record.js';
import { decodeExport, exportMessage, finishExport } from '../exports/export-file.js';
import { toExtracted, unreadableRecord } from '../exports/export-record.js';
import { firstLines } from '../exports/head-text.js';

const ENTRY_LINE = /^\s*@[A-Za-z]+\s*[{(]\s*[^\s,{}()"]*\s*,/;
const SPECIAL_LINE = /^\s*@(string|comment|preamble)\s*[{(]/i;

/**
 * BibTeX: within the first 10 non-blank lines, a line begins an entry (`@type{key,`) or a @string,
 * @comment or @preamble block, and every line before it is a '%' comment.
 */
export function sniffBibtex(head: Uint8Array): boolean {
  for (const line of firstLines(head, 10)) {
    if (ENTRY_LINE.test(line) || SPECIAL_LINE.test(line)) return true;
    if (!line.trimStart().startsWith('%')) return false;
  }
  return false;
}

/** Reads every entry of a BibTeX file into one Extracted each (@string, @comment, @preamble excepted). */
async function readBibtex(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { entries, problems } = parseBibtex(decoded.text);
  const toMessage = (p: BibProblem, record?: number): Message =>
    exportMessage(
      p.severity,
      'bibtex-syntax',
      file.path,
      `${record !== undefined ? `Entry ${record}` : 'The file'}, line ${p.line}: ${p.reason}`,
      record !== undefined ? { record, line: p.line } : { line: p.line },
      p.severity === 'error' ? 'Fix the entry in the .bib file (a missing brace, quote or comma), or export it again.' : undefined,
    );
  const seenKeys = new Map<string, number>();
  const out: Extracted[] = [];
  entries.forEach((entry, i) => {
    const record = i + 1;
    const messages = entry.problems.map((p) => toMessage(p, record));
    if (entry.key !== '') {
      const earlier = seenKeys.get(entry.key);
      if (earlier !== undefined) {
        messages.push(
          exportMessage(
            'info',
            'bibtex-duplicate-key',
            file.path,
            `Entry ${record} (line ${entry.line}) has the key "${entry.key}" of entry ${earlier}`,
            { record, line: entry.line },
            'Both entries were read; remove the duplicate if it is the same work.',
          ),
        );
      } else seenKeys.set(entry.key, record);
    }
    if (!entry.complete && entry.fields.size === 0) {
      out.push(unreadableRecord(record, 'bibtex', messages));
      return;
    }
    const rec = bibToRecord(entry, record);
    rec.messages = messages;
    out.push(toExtracted(rec, file.path));
  });
  // Problems outside entries go to the entry that follows them (else the last one).
  const leftover: Message[] = [];
  for (const p of problems) {
    const target = entries.findIndex((e) => e.line >= p.line);
    const ex = target >= 0 ? out[target] : undefined;
    if (ex) ex.messages.unshift(toMessage(p));
    else leftover.push(toMessage(p));
  }
  return finishExport(file, decoded, out, leftover, {
    rule: 'bibtex-no-entries',
    label: 'BibTeX',
    note: 'Check that the file holds BibTeX entries such as @article{key, title = {...}}.',
  });
}

/** BibTeX (.bib): one document per entry; Cited-References (Web of Science) or references (Scopus) as references. */
export const bibtexFormat: InputFormat = {
  id: '@bibtex/file',
  label: 'BibTeX (.bib)',
  extensions: ['.bib', '.bibtex'],
  sniff: sniffBibtex,
  read: readBibtex,
};
