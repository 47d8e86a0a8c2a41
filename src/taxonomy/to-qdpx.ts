import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Codebook, Facet } from './codebook.js';
import type { CodedDocument } from './code-documents.js';

/** What toQdpx writes: the codebook, the documents' texts and the findings in them. */
export interface QdpxInput {
  codebook: Codebook;
  /** The documents' texts, by id (the text the findings' offsets point into). */
  texts: ReadonlyMap<string, string>;
  docs: readonly CodedDocument[];
  /** Project name (default: the codebook's name). */
  name?: string;
}

/** File date written into the zip, so that the same input gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
const FACET_COLOR: Record<Facet, string> = { problem: '#C0392B', strategy: '#1E8449' };
const FACET_NAME: Record<Facet, string> = { problem: 'Problems', strategy: 'Strategies' };

/**
 * A UUID-shaped GUID derived from a kind and a key by SHA-256 (version nibble 5, RFC 4122 variant):
 * the same document, category or finding always gets the same GUID.
 * @param kind what is named: 'source', 'code', 'selection' ...
 * @param key its stable key
 */
export function stableGuid(kind: string, key: string): string {
  const h = createHash('sha256').update(`corpus-lens\u0000${kind}\u0000${key}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/**
 * A REFI-QDA project (.qdpx: a zip holding project.qde and the sources) that NVivo, ATLAS.ti,
 * MAXQDA or QualCoder can open: the codebook as codes (categories under a Problems and a
 * Strategies code; dimensions as sets), each document as a text source, each coded unit as a
 * plain-text selection with one coding per category. Positions count Unicode characters (code
 * points), as the standard asks; form feeds between pages are written as line feeds (same length).
 * GUIDs are derived from ids (stableGuid) and the zip has fixed dates: same input, same bytes.
 * @param input codebook, texts, coded documents, project name
 */
export async function toQdpx(input: QdpxInput): Promise<Uint8Array> {
  const { codebook } = input;
  const zip = new JSZip();
  const xml: string[] = [];
  xml.push('<?xml version="1.0" encoding="utf-8"?>');
  xml.push(`<Project xmlns="urn:QDA-XML:project:1.0" name="${attr(input.name ?? codebook.name)}" origin="corpus-lens">`);
  xml.push('  <CodeBook>');
  xml.push('    <Codes>');
  for (const facet of ['problem', 'strategy'] as const) {
    const cats = codebook.categories.filter((c) => c.facet === facet);
    if (cats.length === 0) continue;
    xml.push(`      <Code guid="${stableGuid('facet', facet)}" name="${FACET_NAME[facet]}" isCodable="false" color="${FACET_COLOR[facet]}">`);
    for (const c of cats) {
      const label = [c.label.en, c.label.zh].filter((l) => l !== '').join(' / ');
      const description = `${label}. Dimension: ${c.dimension}.${c.description ? ` ${c.description}` : ''}`;
      xml.push(`        <Code guid="${stableGuid('code', c.id)}" name="${attr(c.id)}" isCodable="true" color="${FACET_COLOR[facet]}">`);
      xml.push(`          <Description>${text(description)}</Description>`);
      xml.push('        </Code>');
    }
    xml.push('      </Code>');
  }
  xml.push('    </Codes>');
  xml.push('  </CodeBook>');

  xml.push('  <Sources>');
  for (const d of input.docs) {
    const body = input.texts.get(d.document);
    if (body === undefined) continue;
    const sourceGuid = stableGuid('source', d.document);
    zip.file(`sources/${sourceGuid}.txt`, body.replace(/\f/g, '\n'), { date: ZIP_DATE, createFolders: false });
    xml.push(`    <TextSource guid="${sourceGuid}" name="${attr(d.document)}" plainTextPath="internal://${sourceGuid}.txt">`);
    const positions = codePointIndex(body);
    const units = new Map<string, CodedDocument['findings']>();
    for (const f of d.findings) {
      const key = `${f.offset}:${f.end}`;
      const list = units.get(key) ?? [];
      list.push(f);
      units.set(key, list);
    }
    for (const [key, list] of units) {
      const first = list[0];
      if (!first) continue;
      const start = positions(first.offset);
      const end = positions(Math.min(first.end, body.length));
      xml.push(`      <PlainTextSelection guid="${stableGuid('selection', `${d.document}:${key}`)}" name="${attr(shorten(first.text))}" startPosition="${start}" endPosition="${end}">`);
      xml.push(`        <Description>${text(list.map((f) => `${f.category} (score ${f.score}): ${f.cues.join('; ')}`).join('\n'))}</Description>`);
      for (const f of list) {
        xml.push(`        <Coding guid="${stableGuid('coding', `${d.document}:${key}:${f.category}`)}">`);
        xml.push(`          <CodeRef targetGUID="${stableGuid('code', f.category)}"/>`);
        xml.push('        </Coding>');
      }
      xml.push('      </PlainTextSelection>');
    }
    xml.push('    </TextSource>');
  }
  xml.push('  </Sources>');

  xml.push('  <Sets>');
  for (const dim of codebook.dimensions) {
    const members = codebook.categories.filter((c) => c.dimension === dim.id);
    if (members.length === 0) continue;
    xml.push(`    <Set guid="${stableGuid('dimension', dim.id)}" name="${attr(`dimension: ${dim.id}`)}">`);
    xml.push(`      <Description>${text([dim.label.en, dim.label.zh].filter((l) => l !== '').join(' / '))}</Description>`);
    for (const c of members) xml.push(`      <MemberCode targetGUID="${stableGuid('code', c.id)}"/>`);
    xml.push('    </Set>');
  }
  xml.push('  </Sets>');
  xml.push('</Project>');
  zip.file('project.qde', `${xml.join('\n')}\n`, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Maps UTF-16 offsets of a text to code-point positions. */
function codePointIndex(body: string): (offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  return (offset: number): number => {
    let n = 0;
    while (n < astral.length && (astral[n] ?? Infinity) < offset - 1) n++;
    return offset - n;
  };
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function shorten(s: string): string {
  const chars = [...s];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : s;
}
