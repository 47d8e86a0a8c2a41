import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions, type RawFile } from '../../src/core/registry.js';
import { docxFormat } from '../../src/ingest/formats/docx.js';
import { writeDocx } from '../../src/testing/docx-writer.js';

const file = (path: string, bytes: Uint8Array): RawFile => ({ path, absPath: `/corpus/${path}`, bytes });
const MB = 1024 * 1024;

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('docx writer and reader', () => {
  it('reads back text, headings, title, author, year and Chinese', async () => {
    const bytes = await writeDocx({
      title: '职业教育法 & <Notes>',
      author: 'Ana Silva; 李明',
      created: '2022-04-20T08:00:00Z',
      paragraphs: [
        { text: '中华人民共和国职业教育法', style: 'Title' },
        { text: '第一章 总则', style: 'Heading1' },
        { text: '第一条 为了推动职业教育高质量发展，制定本法。' },
        { text: 'A & B <c> "quoted" \'single\'', style: 'Normal' },
        { text: 'Line one\nLine two' },
        { text: '1.1 Scope', style: 'Heading2' },
      ],
    });
    const [doc] = await docxFormat.read(file('law.docx', bytes), defaultReadOptions);
    expect(doc).toEqual({
      pages: [
        [
          '中华人民共和国职业教育法',
          '',
          '第一章 总则',
          '',
          '第一条 为了推动职业教育高质量发展，制定本法。',
          '',
          'A & B <c> "quoted" \'single\'',
          '',
          'Line one',
          'Line two',
          '',
          '1.1 Scope',
        ],
      ],
      paged: false,
      hints: {
        title: '职业教育法 & <Notes>',
        authors: ['Ana Silva', '李明'],
        year: 2022,
        extra: { 'docx.title': '职业教育法 & <Notes>', 'docx.creator': 'Ana Silva; 李明', 'docx.created': '2022-04-20T08:00:00Z' },
      },
      messages: [],
    });
  });

  it('writes the same bytes for the same spec', async () => {
    const spec = { paragraphs: [{ text: '产教融合' }], title: 'T' };
    expect(Buffer.from(await writeDocx(spec)).equals(Buffer.from(await writeDocx(spec)))).toBe(true);
  });

  it('takes the Title paragraph when the properties hold no usable title, and skips account names', async () => {
    const bytes = await writeDocx({
      title: 'Microsoft Word - draft.doc',
      author: 'Administrator',
      paragraphs: [{ text: 'Skills for Growth', style: 'Title' }, { text: 'Body.' }],
    });
    const [doc] = await docxFormat.read(file('a.docx', bytes), defaultReadOptions);
    expect(doc?.hints).toEqual({
      title: 'Skills for Growth',
      extra: { 'docx.title': 'Microsoft Word - draft.doc', 'docx.creator': 'Administrator' },
    });
  });

  it('turns mammoth warnings into docx-warning info messages', async () => {
    const base = await writeDocx({ paragraphs: [{ text: 'x' }] });
    const bytes = await rezip(base, (zip) => {
      zip.file(
        'word/document.xml',
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          '<w:p><w:pPr><w:pStyle w:val="Custom9"/></w:pPr><w:r><w:t>Styled</w:t></w:r></w:p></w:body></w:document>',
      );
    });
    const [doc] = await docxFormat.read(file('w.docx', bytes), defaultReadOptions);
    expect(doc?.pages).toEqual([['Styled']]);
    expect(doc?.messages).toEqual([
      {
        severity: 'info',
        stage: 'ingest',
        rule: 'docx-warning',
        path: 'w.docx',
        reason: 'While reading the Word file: Paragraph style with ID Custom9 was referenced but not defined in the document',
      },
    ]);
  });

  it('reports a cut-short file as docx-corrupt', async () => {
    const bytes = await writeDocx({ paragraphs: [{ text: 'x' }] });
    await expect(docxFormat.read(file('cut.docx', bytes.subarray(0, 300)), defaultReadOptions)).rejects.toMatchObject({
      code: 'docx-corrupt',
      message:
        'cut.docx is not a valid Word file (no central directory found (the file is cut short or is not a zip)); re-save it from Word as .docx',
    });
  });

  it('reports damaged document XML as docx-corrupt', async () => {
    const base = await writeDocx({ paragraphs: [{ text: 'x' }] });
    const bytes = await rezip(base, (zip) => {
      zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    });
    const err = await docxFormat.read(file('bad.docx', bytes), defaultReadOptions).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'docx-corrupt' });
    expect((err as Error).message).toMatch(/^bad\.docx is not a valid Word file \(its content could not be read: [^\n]+\); re-save it from Word as \.docx$/);
  });

  it('reports a zip without word/document.xml as docx-corrupt', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(docxFormat.read(file('other.docx', bytes), defaultReadOptions)).rejects.toMatchObject({
      code: 'docx-corrupt',
      message: 'other.docx is not a valid Word file (it has no main document part (word/document.xml)); re-save it from Word as .docx',
    });
  });

  it('names an OpenDocument file renamed .docx', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
    zip.file('content.xml', '<office:document-content/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(docxFormat.read(file('odt.docx', bytes), defaultReadOptions)).rejects.toMatchObject({
      code: 'docx-corrupt',
      message: 'odt.docx is not a valid Word file (it is an OpenDocument (.odt) file); re-save it from Word as .docx',
    });
  });

  it('reports an old .doc (OLE header) named .docx as docx-corrupt with a note to save as .docx', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(docxFormat.read(file('old.docx', bytes), defaultReadOptions)).rejects.toMatchObject({
      code: 'docx-corrupt',
      message:
        'old.docx is not a valid Word file (it is an old Word 97-2003 .doc file, or a password-protected Word file); re-save it from Word as .docx',
      note: 'Open it in Word, remove any password, and save it as .docx (File > Save As > Word Document).',
    });
  });

  it('refuses a zip bomb quickly, before mammoth inflates anything', async () => {
    const base = await writeDocx({ paragraphs: [{ text: 'x' }] });
    const bytes = await rezip(base, (zip) => zip.file('word/media/zeros.bin', new Uint8Array(60 * MB)));
    expect(bytes.length).toBeLessThan(200 * 1024);
    const start = performance.now();
    await expect(
      docxFormat.read(file('bomb.docx', bytes), { ...defaultReadOptions, maxUnpackedBytes: 10 * MB }),
    ).rejects.toMatchObject({ code: 'zip-bomb', message: 'bomb.docx would unpack to 60 MB (limit 10 MB); it was not unpacked' });
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('sniffs a Word zip but not another zip', async () => {
    const sniff = docxFormat.sniff as (head: Uint8Array) => boolean;
    const docx = await writeDocx({ paragraphs: [{ text: 'x' }] });
    expect(sniff(docx.subarray(0, 4096))).toBe(true);
    const zip = new JSZip();
    zip.file('data.csv', 'a,b');
    expect(sniff((await zip.generateAsync({ type: 'uint8array' })).subarray(0, 4096))).toBe(false);
    expect(sniff(new TextEncoder().encode('word/ but not a zip'))).toBe(false);
  });
});
