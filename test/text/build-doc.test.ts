import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../src/core/doc.js';
import { buildDoc } from '../../src/text/build-doc.js';

function extracted(pages: string[][], paged: boolean, more: Partial<Extracted> = {}): Extracted {
  return { pages, paged, hints: {}, messages: [], ...more };
}

const base = { id: 'papers__guo-2023', format: '@pdf/file' as const, sha256: 'ab12', bytes: 1234 };

describe('buildDoc(args)', () => {
  it('fills every field of a paged English paper', () => {
    const pages = [
      ['Journal of Tests 1', 'Integration of Industry and Education', '', 'GUO Guangjun, CHEN Peng', '', 'Abstract', '', 'Colleges need firms. Firms need staff.', '1'],
      ['Journal of Tests 2', '1 Introduction', '', 'Keywords: colleges; firms', '2'],
      ['Journal of Tests 3', 'References', '', 'Zhang J, 2022, Integration. Journal, 22(02): 82-85.', '3'],
    ];
    const doc = buildDoc({ ...base, path: 'papers/guo-2023.pdf', extracted: extracted(pages, true) });
    expect(doc.text).toBe(
      'Integration of Industry and Education\n\nGUO Guangjun, CHEN Peng\n\nAbstract\n\nColleges need firms. Firms need staff.' +
        '\f1 Introduction\n\nKeywords: colleges; firms' +
        '\fReferences\n\nZhang J, 2022, Integration. Journal, 22(02): 82-85.',
    );
    expect(doc).toMatchObject({
      id: 'papers__guo-2023',
      path: 'papers/guo-2023.pdf',
      format: '@pdf/file',
      sha256: 'ab12',
      bytes: 1234,
      status: 'ok',
      kind: 'paper',
      kindSource: 'folder',
      title: 'Integration of Industry and Education',
      authors: ['GUO Guangjun', 'CHEN Peng'],
      year: null,
      doi: '',
      language: 'en',
      pageStarts: [0, 113, 155],
      messages: [],
      data: {},
    });
    expect(doc.sections.map((s) => [s.heading, s.level, s.offset, s.end])).toEqual([
      ['Abstract', 1, 64, 113],
      ['1 Introduction', 1, 113, 155],
      ['References', 1, 155, doc.text.length],
    ]);
    expect(doc.sentences.map((s) => [doc.text.slice(s.offset, s.end), s.page])).toEqual([
      ['Integration of Industry and Education', 1],
      ['GUO Guangjun, CHEN Peng', 1],
      ['Abstract', 1],
      ['Colleges need firms.', 1],
      ['Firms need staff.', 1],
      ['1 Introduction', 2],
      ['Keywords: colleges; firms', 2],
      ['References', 3],
      ['Zhang J, 2022, Integration.', 3],
      ['Journal, 22(02): 82-85.', 3],
    ]);
    expect(doc.words).toBe(25);
    expect(doc.chars).toBe(doc.text.replace(/\s/g, '').length);
    expect(doc.offsetMap.slice(0, 2)).toEqual([0, 0]);
    expect(doc.extra).toEqual({
      kindReason: 'paper: the folder it is in says so',
      titleSource: 'text',
      removedFurnitureLines: '3',
      removedPageNumbers: '3',
      hyphenJoins: '0',
    });
  });

  it('guesses the kind of a Chinese law from its text, and keeps reader hints and messages', () => {
    const lines = ['中华人民共和国职业教育法', '第一章 总则', '第一条 为了推动职业教育发展，制定本法。', '第二条 本法所称职业教育。', '第三条 职业教育是教育类型；国家大力发展职业教育。'];
    const message = { severity: 'info' as const, reason: 'Decoded as GB18030', path: 'x/law.txt', stage: 'ingest', rule: 'encoding-guessed' };
    const doc = buildDoc({
      ...base,
      path: 'x/law.txt',
      format: '@txt/file',
      extracted: extracted([lines], false, { hints: { extra: { encoding: 'gb18030' } }, messages: [message] }),
      semicolonSentences: true,
    });
    expect(doc.kind).toBe('policy');
    expect(doc.kindSource).toBe('heuristic');
    expect(doc.language).toBe('zh');
    expect(doc.title).toBe('中华人民共和国职业教育法');
    expect(doc.pageStarts).toEqual([0]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['第一章 总则', '第一条', '第二条', '第三条']);
    expect(doc.sentences.every((s) => s.page === undefined)).toBe(true);
    expect(doc.sentences.map((s) => doc.text.slice(s.offset, s.end)).slice(-2)).toEqual(['第三条 职业教育是教育类型；', '国家大力发展职业教育。']);
    expect(doc.extra.encoding).toBe('gb18030');
    expect(doc.extra.kindReason).toMatch(/^policy: a policy title/);
    expect(doc.messages).toEqual([message]);
    // Chinese text: one word per Han character.
    expect(doc.words).toBe(Array.from(doc.text).filter((c) => /\p{Script=Han}/u.test(c)).length);
  });

  it('prefers the kind given by the file, then the folder', () => {
    const pages = [['References', '', 'Zhang J, 2022, A. B, 1: 1-2.', '', 'Li W, 2021, C. D, 2: 3-4.', '', 'Xu J, 2020, E. F, 3: 5-6.']];
    expect(buildDoc({ ...base, path: 'policy/a.txt', extracted: extracted(pages, false) })).toMatchObject({ kind: 'policy', kindSource: 'folder' });
    expect(buildDoc({ ...base, path: 'a.txt', extracted: extracted(pages, false, { hints: { kind: 'policy' } }) })).toMatchObject({
      kind: 'policy',
      kindSource: 'metadata',
    });
    expect(buildDoc({ ...base, path: 'a.txt', extracted: extracted(pages, false) })).toMatchObject({ kind: 'paper', kindSource: 'heuristic' });
  });

  it('falls back to the file name for the title', () => {
    const doc = buildDoc({ ...base, path: 'dir/some-file.txt', extracted: extracted([['This is a long paragraph of body text. '.repeat(10)]], false) });
    expect(doc.title).toBe('some-file');
    expect(doc.extra.titleSource).toBe('file-name');
  });

  it('marks a document without text as failed, with the rule no-text', () => {
    const doc = buildDoc({ ...base, path: 'scans/a.pdf', extracted: extracted([[], ['  ']], true, { record: 3 }) });
    expect(doc).toMatchObject({
      status: 'failed',
      record: 3,
      text: '',
      pageStarts: [],
      offsetMap: [],
      sections: [],
      sentences: [],
      words: 0,
      chars: 0,
      language: 'unknown',
    });
    expect(doc.messages).toEqual([
      {
        severity: 'error',
        stage: 'text',
        rule: 'no-text',
        path: 'scans/a.pdf',
        reason: 'No text was found in this document',
        place: { record: 3 },
        note: 'It may be a scanned PDF (images of pages): run OCR on it (for example with ocrmypdf) and add the result.',
      },
    ]);
  });
});
