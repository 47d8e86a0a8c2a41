import mammoth from 'mammoth';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { DocHints, Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import { message, type Message } from '../../core/message.js';
import type { InputFormat, RawFile, ReadOptions } from '../../core/registry.js';
import { checkZip, readZipEntry, ZipCorruptError, type ZipEntry } from '../zip-guard.js';
import { htmlToLines } from './html.js';
import { yearFrom } from './markdown.js';

type XmlDocument = ReturnType<typeof parseDocument>;
type XmlNode = XmlDocument['children'][number];

/** Most entries a Word file may have (large reports with many images have a few thousand). */
export const DOCX_MAX_ENTRIES = 20_000;
/** Highest compression ratio for an entry above 10 MB; real XML stays far below it. */
export const DOCX_MAX_RATIO = 200;
/** Largest docProps/core.xml or _rels/.rels read for hints. */
const MAX_SMALL_PART = 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** Style map for mammoth: the Title style becomes a marked h1 so that it can serve as the title hint. */
const STYLE_MAP = ["p[style-name='Title'] => h1.docx-title:fresh", "p[style-name='Subtitle'] => h2.docx-subtitle:fresh"];

/** Document titles that are only what Word filled in. */
const GENERIC_TITLES = new Set(['title', 'document', 'untitled', 'untitled document', '标题', '无标题', '文档', '文件']);
/** Creators that are computer accounts or programs, not authors. */
const GENERIC_CREATORS = new Set([
  'administrator', 'admin', 'user', 'users', 'owner', 'microsoft', 'microsoft office user', 'windows user', 'unknown',
  'author', 'lenovo', 'dell', 'hp', 'acer', 'asus', 'china', 'pc', 'python-docx', 'apache poi', '微软用户',
  '微软中国', '用户', '作者', '雨林木风', '番茄花园', '深度系统', 'sky123.org',
]);

function corruptDocx(path: string, what: string, note = 'Open it in Word (or LibreOffice) and save it again as .docx (Word Document).'): DocumentError {
  return new DocumentError('docx-corrupt', `${path} is not a valid Word file (${what}); re-save it from Word as .docx`, { note });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Explains what a file named .docx really is when it is not a zip. */
function notAZip(file: RawFile): DocumentError {
  const { bytes, path } = file;
  if (startsWith(bytes, OLE_MAGIC)) {
    return corruptDocx(
      path,
      'it is an old Word 97-2003 .doc file, or a password-protected Word file',
      'Open it in Word, remove any password, and save it as .docx (File > Save As > Word Document).',
    );
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 16));
  if (head.startsWith('{\\rtf')) {
    return corruptDocx(path, 'it is an RTF file', 'Rename it to .rtf and save it from Word as .docx.');
  }
  if (head.startsWith('%PDF-')) return corruptDocx(path, 'it is a PDF file', 'Rename it to .pdf.');
  return corruptDocx(path, 'it is not a zip archive');
}

/** Explains which other zip-based format a file named .docx is. */
function otherZip(path: string, names: ReadonlySet<string>): DocumentError | undefined {
  if (names.has('mimetype') && names.has('content.xml')) {
    return corruptDocx(path, 'it is an OpenDocument (.odt) file', 'Open it in LibreOffice or Word and save it as .docx.');
  }
  if (names.has('xl/workbook.xml')) return corruptDocx(path, 'it is an Excel workbook', 'Rename it to .xlsx, or copy the text into a Word file.');
  if (names.has('ppt/presentation.xml')) {
    return corruptDocx(path, 'it is a PowerPoint presentation', 'Export the slides to PDF, or copy the text into a Word file.');
  }
  return undefined;
}

function parseXml(bytes: Uint8Array): XmlDocument {
  return parseDocument(new TextDecoder('utf-8').decode(bytes), { xmlMode: true, decodeEntities: true });
}

/** Text of the first element named `name` (namespace prefix included, e.g. 'dc:title'). */
function xmlText(doc: XmlDocument, name: string): string | undefined {
  const el = DomUtils.findOne((e) => e.name === name, doc.children as XmlNode[], true);
  if (!el) return undefined;
  const text = DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The main document part named by _rels/.rels, else word/document.xml. */
function mainPart(bytes: Uint8Array, byName: ReadonlyMap<string, ZipEntry>, path: string): string {
  const rels = byName.get('_rels/.rels');
  if (rels && rels.uncompressedSize <= MAX_SMALL_PART) {
    const doc = parseXml(readZipEntry(bytes, rels, MAX_SMALL_PART, path));
    const rel = DomUtils.findOne(
      (e) => e.name === 'Relationship' && e.attribs['Type'] === OFFICE_DOCUMENT,
      doc.children as XmlNode[],
      true,
    );
    const target = rel?.attribs['Target'];
    if (target) return target.replace(/^\/+/, '');
  }
  return 'word/document.xml';
}

/** Cleans a core-properties title: Word's "Microsoft Word - file.doc" and placeholders are not titles. */
function usableTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  if (/^microsoft word - /i.test(title)) return undefined;
  if (/\.docx?$/i.test(title)) return undefined;
  if (GENERIC_TITLES.has(title.toLowerCase())) return undefined;
  return title;
}

/** Title, creator and created date from docProps/core.xml, raw values kept in `extra`. */
function coreHints(bytes: Uint8Array, byName: ReadonlyMap<string, ZipEntry>, path: string, messages: Message[]): DocHints {
  const hints: DocHints = {};
  const extra: Record<string, string> = {};
  hints.extra = extra;
  const core = byName.get('docProps/core.xml');
  if (!core) return hints;
  let doc: XmlDocument;
  try {
    doc = parseXml(readZipEntry(bytes, core, MAX_SMALL_PART, path));
  } catch {
    messages.push(
      message('info', 'ingest', 'docx-warning', path, 'The document properties (docProps/core.xml) could not be read; title and author were not taken from them'),
    );
    return hints;
  }
  const title = xmlText(doc, 'dc:title');
  const creator = xmlText(doc, 'dc:creator');
  const created = xmlText(doc, 'dcterms:created');
  if (title) extra['docx.title'] = title;
  if (creator) extra['docx.creator'] = creator;
  if (created) extra['docx.created'] = created;
  const usable = usableTitle(title);
  if (usable) hints.title = usable;
  if (creator && !GENERIC_CREATORS.has(creator.toLowerCase())) {
    hints.authors = creator
      .split(/[;；]/)
      .map((a) => a.trim())
      .filter((a) => a !== '');
  }
  const year = yearFrom(created);
  if (year !== undefined) hints.year = year;
  return hints;
}

/** Converts mammoth's HTML to lines; footnote back-links (↑) are removed. */
function mammothHtmlToLines(html: string): { lines: string[]; titleParagraph: string | undefined } {
  const doc = parseDocument(html, { decodeEntities: true });
  for (const a of DomUtils.getElementsByTagName('a', doc.children as XmlNode[], true)) {
    if ((a.attribs['href'] ?? '').startsWith('#') && DomUtils.textContent(a).trim() === '↑') DomUtils.removeElement(a);
  }
  const titleEl = DomUtils.findOne(
    (e) => e.name === 'h1' && (e.attribs['class'] ?? '').split(' ').includes('docx-title'),
    doc.children as XmlNode[],
    true,
  );
  const titleParagraph = titleEl ? DomUtils.textContent(titleEl).replace(/\s+/g, ' ').trim() || undefined : undefined;
  return { lines: htmlToLines(doc).lines, titleParagraph };
}

/**
 * Reads a Word (.docx) file: the zip is checked first (zip-guard.ts), then mammoth converts it to
 * HTML, whose paragraphs become lines. Throws DocumentError 'docx-corrupt' or 'zip-bomb'.
 */
async function readDocx(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted[]> {
  const { bytes, path } = file;
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw notAZip(file);
  let entries: ZipEntry[];
  try {
    entries = checkZip(bytes, {
      maxUnpackedBytes: options.maxUnpackedBytes,
      maxEntries: DOCX_MAX_ENTRIES,
      maxRatio: DOCX_MAX_RATIO,
      path,
      verifyInflated: true,
    });
  } catch (err) {
    if (err instanceof ZipCorruptError) throw corruptDocx(path, err.detail);
    throw err;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const names = new Set(byName.keys());
  const other = otherZip(path, names);
  if (other) throw other;
  let main: string;
  try {
    main = mainPart(bytes, byName, path);
  } catch (err) {
    if (err instanceof DocumentError && err.code === 'zip-bomb') throw err;
    throw corruptDocx(path, 'its package relationships (_rels/.rels) are damaged');
  }
  if (!byName.has(main)) throw corruptDocx(path, `it has no main document part (${main})`);

  const messages: Message[] = [];
  const hints = coreHints(bytes, byName, path, messages);

  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim().slice(0, 200);
    throw corruptDocx(path, `its content could not be read: ${detail}`);
  }
  const seen = new Set<string>();
  for (const m of result.messages) {
    // Unmapped styles change formatting only, never the text read.
    if (/^Unrecognised (paragraph|run|table) style/.test(m.message) || seen.has(m.message)) continue;
    seen.add(m.message);
    messages.push(message('info', 'ingest', 'docx-warning', path, `While reading the Word file: ${m.message}`));
  }
  let converted: ReturnType<typeof mammothHtmlToLines>;
  try {
    converted = mammothHtmlToLines(result.value);
  } catch (err) {
    if (err instanceof RangeError) throw corruptDocx(path, 'it nests tables or lists thousands of levels deep');
    throw err;
  }
  const { lines, titleParagraph } = converted;
  if (!hints.title && titleParagraph) hints.title = titleParagraph;
  return [{ pages: [lines], paged: false, hints, messages }];
}

/** True for a zip whose first few KB name a 'word/' part. */
function sniffDocx(head: Uint8Array): boolean {
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) return false;
  const text = new TextDecoder('windows-1252').decode(head.subarray(0, 8192));
  return text.includes('word/');
}

/** Word documents (.docx, Office Open XML). */
export const docxFormat: InputFormat = {
  id: '@docx/file',
  label: 'Word document (.docx)',
  extensions: ['.docx'],
  sniff: sniffDocx,
  read: readDocx,
};
