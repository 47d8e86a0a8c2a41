import { DomUtils, parseDocument } from 'htmlparser2';
import type { DocHints, Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import { message, type Message } from '../../core/message.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeText, decodeWithLabel, type DecodedText } from '../decode-text.js';
import { yearFrom } from './markdown.js';
import { tidyLines } from './txt.js';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Elements whose content is never main text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'iframe', 'select', 'option', 'textarea', 'object', 'embed', 'canvas', 'audio', 'video', 'map',
  'dialog',
]);
/** ARIA roles of page furniture. */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar']);
/** Elements that end a paragraph: a '' line before and after. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'main', 'table', 'ul', 'ol',
  'dl', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'center', 'fieldset', 'caption',
]);
/** Elements that end a line. */
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'br', 'legend', 'body', 'html']);
/** Table cells: separated by a space. */
const CELL = new Set(['td', 'th']);

/** Bytes searched for a meta charset, as browsers do. */
const CHARSET_WINDOW = 1024;

/**
 * Finds the charset an HTML page declares in its first 1024 bytes: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, CHARSET_WINDOW)).toLowerCase();
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 5)) {
    const end = head.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? head.length : end);
    const m = /charset\s*=\s*["']?([a-z0-9_.:-]+)/.exec(tag);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** Decodes an HTML file by its byte order mark, then its declared charset, then as text (decode-text.ts). */
function decodeHtml(file: RawFile): DecodedText & { source: string } {
  const label = declaredCharset(file.bytes);
  if (label) {
    const isUtf8 = label === 'utf-8' || label === 'utf8';
    let strictOk = true;
    if (isUtf8) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        strictOk = false;
      }
    }
    if (strictOk) {
      const decoded = decodeWithLabel(file.bytes, label, file.path);
      if (decoded) return { ...decoded, source: 'meta charset' };
    }
  }
  return { ...decodeText(file.bytes, file.path), source: label ? `detected (declared ${label} did not fit)` : 'detected' };
}

/** True for an element that holds page furniture or is hidden. */
function isDropped(el: HtmlElement, keepHeader: boolean): boolean {
  const name = el.name;
  if (DROPPED.has(name) && !(keepHeader && name === 'header')) return true;
  const attrs = el.attribs;
  if (attrs['hidden'] !== undefined) return true;
  if ((attrs['aria-hidden'] ?? '').toLowerCase() === 'true') return true;
  const role = (attrs['role'] ?? '').toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return true;
  if (name === 'input' && (attrs['type'] ?? '').toLowerCase() === 'hidden') return true;
  const style = attrs['style'];
  if (style) {
    const compact = style.toLowerCase().replace(/\s+/g, '');
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

/** Walks the DOM and collects lines; `keepHeader` keeps <header> (inside an article it holds the title). */
class LineCollector {
  readonly lines: string[] = [];
  private line = '';
  private pre = 0;

  constructor(private readonly keepHeader: boolean) {}

  private flush(): void {
    const text = this.line.replace(/\s+/g, ' ').trim();
    if (text) this.lines.push(text);
    this.line = '';
  }

  private paragraph(): void {
    this.flush();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  private text(data: string): void {
    if (this.pre > 0) {
      const parts = data.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.flush();
        this.line += part;
      });
    } else {
      this.line += data;
    }
  }

  walk(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) {
      if (DomUtils.isText(node)) {
        this.text(node.data);
      } else if (DomUtils.isTag(node)) {
        this.element(node);
      }
      // comments, CDATA and processing instructions carry no text
    }
  }

  private element(el: HtmlElement): void {
    if (isDropped(el, this.keepHeader)) return;
    const name = el.name;
    if (name === 'br') {
      this.flush();
      return;
    }
    if (name === 'img' || name === 'input') return;
    if (CELL.has(name)) {
      this.cell(el);
      return;
    }
    const block = PARAGRAPH.has(name) ? 'p' : LINE.has(name) ? 'l' : '';
    if (block === 'p') this.paragraph();
    else if (block === 'l') this.flush();
    if (name === 'pre') this.pre++;
    this.walk(el.children as HtmlNode[]);
    if (name === 'pre') this.pre--;
    if (block === 'p') this.paragraph();
    else if (block === 'l') this.flush();
  }

  /**
   * A table cell: a cell with at most one paragraph joins its row's line, separated by a space; a cell
   * with several paragraphs (a layout table holding a whole article) keeps them as paragraphs.
   */
  private cell(el: HtmlElement): void {
    const blocks = el.children.filter((c) => DomUtils.isTag(c) && (PARAGRAPH.has(c.name) || LINE.has(c.name)) && c.name !== 'br');
    const only = blocks[0];
    if (blocks.length === 0 || (blocks.length === 1 && only && DomUtils.isTag(only) && (only.name === 'p' || only.name === 'div'))) {
      this.line += ' ';
      for (const child of el.children as HtmlNode[]) {
        if (child === only && DomUtils.isTag(child)) {
          if (!isDropped(child, this.keepHeader)) this.walk(child.children as HtmlNode[]);
        } else this.walk([child]);
      }
      this.line += ' ';
      return;
    }
    this.paragraph();
    this.walk(el.children as HtmlNode[]);
    this.paragraph();
  }

  finish(): string[] {
    this.flush();
    return tidyLines(this.lines);
  }
}

/** Visible text length of an element, page furniture left out. */
function textLength(el: HtmlElement): number {
  let n = 0;
  const visit = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) n += node.data.replace(/\s+/g, '').length;
      else if (DomUtils.isTag(node) && !isDropped(node, true)) visit(node.children as HtmlNode[]);
    }
  };
  visit(el.children as HtmlNode[]);
  return n;
}

/** Elements named `name` that are not inside dropped furniture, in document order. */
function findVisible(nodes: readonly HtmlNode[], name: string, out: HtmlElement[] = []): HtmlElement[] {
  for (const node of nodes) {
    if (!DomUtils.isTag(node) || isDropped(node, true)) continue;
    if (node.name === name) out.push(node);
    findVisible(node.children as HtmlNode[], name, out);
  }
  return out;
}

/** The element holding the main text: the longest <article>, else the longest <main>, else none. */
function mainElement(doc: HtmlDocument): HtmlElement | undefined {
  for (const name of ['article', 'main']) {
    let best: HtmlElement | undefined;
    let bestLength = -1;
    for (const el of findVisible(doc.children as HtmlNode[], name)) {
      const length = textLength(el);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength > 0) return best;
  }
  return undefined;
}

/** Meta tags by lower-cased name or property, values in document order. */
function metaValues(doc: HtmlDocument): Map<string, string[]> {
  const metas = new Map<string, string[]>();
  for (const el of DomUtils.getElementsByTagName('meta', doc.children as HtmlNode[], true)) {
    const key = (el.attribs['name'] ?? el.attribs['property'] ?? '').trim().toLowerCase();
    const content = (el.attribs['content'] ?? '').replace(/\s+/g, ' ').trim();
    if (!key || !content) continue;
    const list = metas.get(key) ?? [];
    list.push(content);
    metas.set(key, list);
  }
  return metas;
}

function elementText(el: HtmlElement): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

/** Strips 'doi:' and resolver prefixes from a DOI. */
function bareDoi(value: string): string {
  const v = value.trim();
  const at = v.toLowerCase().indexOf('10.');
  return at >= 0 ? v.slice(at) : v;
}

/** Words that name a site rather than a page: a ministry, a bureau, a university, a portal. */
const SITE_WORDS = /(?:网|网站|门户|政府|教育局|教育厅|教育部|委员会|办公厅|局|厅|部|委|大学|学院|新闻)\s*$|\b(?:ministry|department|government|university|college|news|portal|home|official|bureau|council)\b/iu;

/**
 * A page's <title> without the site's name that sites add to every page ("Notice on …_Nanzhou
 * Education Bureau", "Title | Ministry of Education"): cut at the last separator when the part before
 * it is the page's <h1>, or when the part after it is short and names a site.
 */
export function withoutSiteName(title: string, h1?: string): string {
  const seps = [' | ', '｜', '_', ' – ', ' — ', ' - ', '－', '—'];
  let cut = -1;
  let sepLen = 0;
  for (const sep of seps) {
    const at = title.lastIndexOf(sep);
    if (at > cut) {
      cut = at;
      sepLen = sep.length;
    }
  }
  if (cut <= 0) return title;
  const head = title.slice(0, cut).trim();
  const tail = title.slice(cut + sepLen).trim();
  if (head === '' || tail === '') return title;
  const squash = (t: string): string => t.replace(/\s+/g, '');
  if (h1 && squash(h1) === squash(head)) return head;
  if ([...tail].length <= 24 && SITE_WORDS.test(tail)) return head;
  return title;
}

/**
 * Title, authors, year and DOI from the page's metadata: Highwire citation_* tags (journals), Open
 * Graph, Dublin Core, the ArticleTitle/PubDate tags of Chinese government sites, <title>, first <h1>.
 */
function htmlHints(doc: HtmlDocument): DocHints {
  const metas = metaValues(doc);
  const first = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const v = metas.get(key)?.[0];
      if (v) return v;
    }
    return undefined;
  };
  const hints: DocHints = {};
  const titleEl = DomUtils.findOne((el) => el.name === 'title', doc.children as HtmlNode[], true);
  const h1 = DomUtils.findOne((el) => el.name === 'h1', doc.children as HtmlNode[], true);
  const h1Text = h1 ? elementText(h1) || undefined : undefined;
  const title =
    first('citation_title', 'dc.title', 'og:title', 'articletitle') ??
    (titleEl ? withoutSiteName(elementText(titleEl), h1Text) || undefined : undefined) ??
    h1Text;
  if (title) hints.title = title;
  const authors = metas.get('citation_author') ?? metas.get('dc.creator');
  if (authors && authors.length > 0) hints.authors = [...authors];
  const year = yearFrom(
    first('citation_publication_date', 'citation_date', 'citation_year', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'pubdate', 'firstpublishedtime'),
  );
  if (year !== undefined) hints.year = year;
  const doi = first('citation_doi', 'dc.identifier.doi', 'prism.doi');
  if (doi) hints.doi = bareDoi(doi);
  return hints;
}

/** Text lines of a parsed page: main element if any (else body), furniture dropped. */
export function htmlToLines(doc: HtmlDocument): { lines: string[]; scope: string } {
  const main = mainElement(doc);
  if (main) {
    const collector = new LineCollector(true);
    collector.walk([main]);
    const lines = collector.finish();
    if (lines.length > 0) return { lines, scope: main.name };
  }
  const body = DomUtils.findOne((el) => el.name === 'body', doc.children as HtmlNode[], true);
  const collector = new LineCollector(false);
  collector.walk(body ? [body] : (doc.children as HtmlNode[]));
  return { lines: collector.finish(), scope: body ? 'body' : 'document' };
}

/** The error for a page whose elements nest thousands of levels deep (damaged or generated HTML). */
function tooDeep(path: string): DocumentError {
  return new DocumentError('html-too-deep', `${path} nests its elements thousands of levels deep, too deep to be read`, {
    note: 'The page is probably damaged or generated with unclosed tags. Open it in a browser and save it again, or print it to PDF.',
  });
}

/** Reads an HTML page: main text only, entities decoded, white space collapsed, metadata as hints. */
async function readHtml(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeHtml(file);
  const doc = parseDocument(decoded.text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  let hints: DocHints;
  let lines: string[];
  let scope: string;
  try {
    hints = htmlHints(doc);
    ({ lines, scope } = htmlToLines(doc));
  } catch (err) {
    // The walks over the page recurse once per level of nesting: thousands of levels overflow the stack.
    if (err instanceof RangeError) throw tooDeep(file.path);
    throw err;
  }
  const extra: Record<string, string> = { encoding: decoded.encoding, 'html.charset': decoded.source, 'html.scope': scope };
  const htmlEl = DomUtils.findOne((el) => el.name === 'html', doc.children as HtmlNode[], false);
  const lang = htmlEl?.attribs['lang'];
  if (lang) extra['html.lang'] = lang;
  hints.extra = extra;
  const messages: Message[] = [...decoded.messages];
  if (lines.length === 0) {
    messages.push(
      message('warning', 'ingest', 'html-no-text', file.path, 'The page has no text outside scripts, menus and page furniture', {
        note: 'The page may be built by JavaScript. Open it in a browser and save it again after it has loaded, or print it to PDF.',
      }),
    );
  }
  return [{ pages: [lines], paged: false, hints, messages }];
}

/** True when the bytes, after a byte order mark and white space, start with '<!doctype html' or '<html'. */
function sniffHtml(head: Uint8Array): boolean {
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (start < head.length && (head[start] === 0x20 || head[start] === 0x09 || head[start] === 0x0a || head[start] === 0x0d || head[start] === 0x0c)) {
    start++;
  }
  const text = new TextDecoder('windows-1252').decode(head.subarray(start, start + 20)).toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html');
}

/** HTML pages (.html, .htm, .xhtml) saved from the web. */
export const htmlFormat: InputFormat = {
  id: '@html/file',
  label: 'HTML web page',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: sniffHtml,
  read: readHtml,
};
