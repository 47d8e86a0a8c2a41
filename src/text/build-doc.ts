import type { Doc, DocKind, Extracted, FormatId, KindSource } from '../core/doc.js';
import { failedDoc } from '../core/failed-doc.js';
import { message, type Message } from '../core/message.js';
import { cleanPages } from './clean-pages.js';
import { countChars, countWords } from './count-words.js';
import { detectLanguage } from './detect-language.js';
import { findSections } from './find-sections.js';
import { guessKind } from './guess-kind.js';
import { guessMetadata } from './guess-metadata.js';
import { kindFromFolder } from './kind-from-folder.js';
import { splitSentences } from './split-sentences.js';

/** What buildDoc needs: the file's identity and what its reader extracted. */
export interface BuildDocArgs {
  /** Corpus-relative path, POSIX separators. */
  path: string;
  id: string;
  format: FormatId;
  sha256: string;
  bytes: number;
  extracted: Extracted;
  /** End Chinese sentences at ；as well. */
  semicolonSentences?: boolean;
}

/**
 * Runs the text stage on what a reader extracted and fills every field of the document: clean text,
 * pages, offset map, language (the reader's hint, else detected), sections, sentences, title, authors,
 * year, DOI (hints first, see guess-metadata.ts), kind (from hints.kind: 'metadata'; else the folder:
 * 'folder'; else guessKind: 'heuristic') and counts. A document without any character left after
 * cleaning is 'failed' with the message rule 'no-text'. `extra` holds the reader's extra details plus
 * kindReason, titleSource and what cleaning removed.
 */
export function buildDoc(args: BuildDocArgs): Doc {
  const { path, extracted } = args;
  const hints = extracted.hints;
  const messages: Message[] = [...extracted.messages];
  const cleaned = cleanPages(extracted.pages, { paged: extracted.paged });
  const chars = countChars(cleaned.text);
  const extra: Record<string, string> = { ...(hints.extra ?? {}) };

  if (chars === 0) {
    const place = extracted.record !== undefined ? { place: { record: extracted.record } } : {};
    messages.push(
      message('error', 'text', 'no-text', path, 'No text was found in this document', {
        ...place,
        note: extracted.paged
          ? 'It may be a scanned PDF (images of pages): run OCR on it (for example with ocrmypdf) and add the result.'
          : 'Check that the file is not empty and opens in its usual program.',
      }),
    );
    const folder = kindFromFolder(path);
    const kind: DocKind = hints.kind ?? folder ?? 'paper';
    const kindSource: KindSource = hints.kind ? 'metadata' : folder ? 'folder' : 'heuristic';
    return {
      ...failedDoc({ id: args.id, path, format: args.format, sha256: args.sha256, bytes: args.bytes, messages }),
      ...(extracted.record !== undefined ? { record: extracted.record } : {}),
      kind,
      kindSource,
      title: hints.title?.trim() ?? '',
      authors: hints.authors ?? [],
      year: hints.year ?? null,
      doi: hints.doi ?? '',
      language: hints.language ?? 'unknown',
      extra,
    };
  }

  const text = cleaned.text;
  const language = hints.language ?? detectLanguage(text);
  const sections = findSections(text);
  const sentences = splitSentences(text, {
    language,
    pageStarts: extracted.paged ? cleaned.pageStarts : [],
    semicolon: args.semicolonSentences ?? false,
  });
  const meta = guessMetadata(text, hints, language);
  let title = meta.title;
  let titleSource = hints.title !== undefined && title === hints.title.trim().replace(/\s+/g, ' ') ? 'metadata' : 'text';
  if (title === '') {
    title = fileStem(path);
    titleSource = 'file-name';
  }

  let kind: DocKind;
  let kindSource: KindSource;
  let kindReason: string;
  const folder = kindFromFolder(path);
  if (hints.kind) {
    kind = hints.kind;
    kindSource = 'metadata';
    kindReason = `${kind}: given by the file's metadata`;
  } else if (folder) {
    kind = folder;
    kindSource = 'folder';
    kindReason = `${kind}: the folder it is in says so`;
  } else {
    const guess = guessKind({ text, title, path, language, sections });
    kind = guess.kind;
    kindSource = 'heuristic';
    kindReason = guess.why;
  }
  extra.kindReason = kindReason;
  extra.titleSource = titleSource;
  extra.removedFurnitureLines = String(cleaned.removed.furniture);
  extra.removedPageNumbers = String(cleaned.removed.pageNumbers);
  extra.hyphenJoins = String(cleaned.removed.hyphenJoins);

  return {
    id: args.id,
    path,
    format: args.format,
    sha256: args.sha256,
    bytes: args.bytes,
    ...(extracted.record !== undefined ? { record: extracted.record } : {}),
    status: 'ok',
    kind,
    kindSource,
    title,
    authors: meta.authors,
    year: meta.year,
    doi: meta.doi,
    language,
    text,
    pageStarts: cleaned.pageStarts,
    offsetMap: cleaned.offsetMap,
    sections,
    sentences,
    words: countWords(text),
    chars,
    extra,
    messages,
    data: {},
  };
}

/** The file name without folders and extension: the title of last resort. */
function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
