import JSZip from 'jszip';

/** A paragraph style the writer knows; each maps to a style defined in word/styles.xml. */
export type DocxParagraphStyle = 'Title' | 'Heading1' | 'Heading2' | 'Normal';

/** What to put in a generated Word file. */
export interface DocxSpec {
  paragraphs: { text: string; style?: DocxParagraphStyle }[];
  /** dc:title in docProps/core.xml. */
  title?: string;
  /** dc:creator in docProps/core.xml. */
  author?: string;
  /** dcterms:created, W3CDTF such as '2021-04-29T00:00:00Z'. */
  created?: string;
}

/** Fixed zip entry date so that the same spec always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

const STYLE_NAMES: Record<DocxParagraphStyle, string> = {
  Title: 'Title',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Normal: 'Normal',
};

/** Escapes text for XML element content and attribute values, dropping control characters XML forbids. */
function xmlEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (ch < ' ' && ch !== '\t') continue; // not allowed in XML 1.0
    else out += ch;
  }
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

/** word/styles.xml defining the four paragraph styles by id and name. */
function stylesXml(): string {
  const styles = (Object.keys(STYLE_NAMES) as DocxParagraphStyle[])
    .map(
      (id) =>
        `<w:style w:type="paragraph" w:styleId="${id}"${id === 'Normal' ? ' w:default="1"' : ''}>` +
        `<w:name w:val="${STYLE_NAMES[id]}"/></w:style>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
${styles}
</w:styles>`;
}

/** word/document.xml with one w:p per paragraph; line breaks inside a paragraph become w:br. */
function documentXml(spec: DocxSpec): string {
  const body = spec.paragraphs
    .map((p) => {
      const style = p.style && p.style !== 'Normal' ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : '';
      const runs = p.text
        .split('\n')
        .map((part) => `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`)
        .join('<w:br/>');
      return `<w:p>${style}<w:r>${runs}</w:r></w:p>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
${body}
<w:sectPr/>
</w:body>
</w:document>`;
}

/** docProps/core.xml with the title, creator and created date that are given. */
function coreXml(spec: DocxSpec): string {
  const fields: string[] = [];
  if (spec.title !== undefined) fields.push(`<dc:title>${xmlEscape(spec.title)}</dc:title>`);
  if (spec.author !== undefined) fields.push(`<dc:creator>${xmlEscape(spec.author)}</dc:creator>`);
  if (spec.created !== undefined) {
    fields.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${xmlEscape(spec.created)}</dcterms:created>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${fields.join('\n')}
</cp:coreProperties>`;
}

/**
 * Writes a minimal valid Word (.docx) file for tests and the sample corpus. The same spec always gives
 * the same bytes (fixed entry dates).
 */
export async function writeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (name: string, text: string): void => {
    zip.file(name, text, { date: ZIP_DATE, createFolders: false });
  };
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('word/document.xml', documentXml(spec));
  add('word/_rels/document.xml.rels', DOCUMENT_RELS);
  add('word/styles.xml', stylesXml());
  add('docProps/core.xml', coreXml(spec));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
