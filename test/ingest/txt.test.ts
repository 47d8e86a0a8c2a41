import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { defaultReadOptions, type RawFile } from '../../src/core/registry.js';
import { cleanInline, markdownFormat, markdownToLines } from '../../src/ingest/formats/markdown.js';
import { textToLines, tidyLines, txtFormat } from '../../src/ingest/formats/txt.js';

const file = (path: string, content: string | Uint8Array): RawFile => ({
  path,
  absPath: `/corpus/${path}`,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

describe('txt reader', () => {
  it('keeps lines, turns blank lines into one paragraph break, records the encoding', async () => {
    const text = '\r\n  Title line  \r\n\r\n\r\nFirst paragraph\r\nstill first\r\n \t \r\nSecond\x1a';
    const [doc] = await txtFormat.read(file('a.txt', text), defaultReadOptions);
    expect(doc).toEqual({
      pages: [['  Title line', '', 'First paragraph', 'still first', '', 'Second']],
      paged: false,
      hints: { extra: { encoding: 'utf-8' } },
      messages: [],
    });
  });

  it('turns form feeds (pdftotext output) into paragraph breaks', () => {
    expect(tidyLines(textToLines('page one\fpage two\n\fpage three'))).toEqual(['page one', '', 'page two', '', 'page three']);
  });

  it('reads GBK bytes', async () => {
    // printf '职业教育法' | iconv -f utf-8 -t gb18030 | xxd -p
    const [doc] = await txtFormat.read(file('law.txt', Uint8Array.from(Buffer.from('d6b0d2b5bdccd3fdb7a8', 'hex'))), defaultReadOptions);
    expect(doc?.pages).toEqual([['职业教育法']]);
    expect(doc?.hints.extra).toEqual({ encoding: 'gb18030' });
    expect(doc?.messages.map((m) => m.rule)).toEqual(['encoding-detected']);
  });

  it('throws binary-file for a binary file named .txt', async () => {
    const bytes = Uint8Array.from(Buffer.from('504b0304140000000800000021000000000000000000', 'hex'));
    await expect(txtFormat.read(file('x.txt', bytes), defaultReadOptions)).rejects.toMatchObject({
      code: 'binary-file',
      constructor: DocumentError,
    });
  });

  it('gives an empty page for an empty file', async () => {
    const [doc] = await txtFormat.read(file('e.txt', ''), defaultReadOptions);
    expect(doc?.pages).toEqual([[]]);
  });

  it('has no sniff and claims .txt and .text', () => {
    expect(txtFormat.sniff).toBeUndefined();
    expect(txtFormat.extensions).toEqual(['.txt', '.text']);
  });
});

describe('markdown inline markup', () => {
  it.each([
    ['**第一条** 为了推动*职业教育*发展', '第一条 为了推动职业教育发展'],
    ['__bold__ and _em_ and ~~gone~~', 'bold and em and gone'],
    ['snake_case_name and 2*3 stay', 'snake_case_name and 2*3 stay'],
    ['中**强调**文 and intra*word*', '中强调文 and intraword'],
    ['a [link text](https://example.org/x_(y)) here', 'a link text here'],
    ['see [ref][1] and ![image](img.png) done', 'see ref and  done'],
    ['**[bold link](u)**', 'bold link'],
    ['code `a*b*c` and \\*escaped\\*', 'code a*b*c and *escaped*'],
    ['note[^1] and <https://doi.org/10.1/x>', 'note and https://doi.org/10.1/x'],
    ['H<sub>2</sub>O <span class="x">text</span> x <y and z> w<br/>end', 'H2O text x <y and z> w end'],
    ['unclosed **bold and [bracket', 'unclosed **bold and [bracket'],
    ['mail <a.b@example.org> or <not mail@x>', 'mail a.b@example.org or <not mail@x>'],
    ['***both***', 'both'],
  ])('%s', (input, expected) => {
    expect(cleanInline(input)).toBe(expected);
  });

  it('stays fast on 10,000-character lines of delimiters, brackets and angle brackets', () => {
    for (const line of ['[*_'.repeat(3334), `<a@${'.'.repeat(10_000)}<>`, '<'.repeat(10_000), '`'.repeat(10_000), '[]('.repeat(3334)]) {
      const start = performance.now();
      cleanInline(line);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});

describe('markdown blocks', () => {
  it('reads a Chinese law laid out like the zh-policy set', () => {
    const source = [
      '# 中华人民共和国职业教育法',
      '',
      '1996年5月15日 第八届全国人民代表大会常务委员会第十九次会议通过',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一章 总 则',
      '第一条 为了推动职业教育高质量发展，制定本法。',
      '',
      '第二条 本法所称职业教育。',
    ];
    expect(markdownToLines(source)).toEqual({
      lines: [
        '中华人民共和国职业教育法',
        '',
        '1996年5月15日 第八届全国人民代表大会常务委员会第十九次会议通过',
        '',
        '第一章 总 则',
        '',
        '第一条 为了推动职业教育高质量发展，制定本法。',
        '',
        '第二条 本法所称职业教育。',
      ],
      hints: { title: '中华人民共和国职业教育法' },
    });
  });

  it('reads front matter, drops fences, comments, rules and reference definitions, flattens tables', () => {
    const source = [
      '---',
      'title: "Skills for the Future"',
      'author:',
      '  - Ana Silva',
      '  - 李明',
      'date: 2021-06-30',
      'doi: 10.1234/abc',
      '---',
      'Intro text',
      '===',
      '',
      'layout (headings, `<!-- INFO END -->` marker) <!-- hidden --> ok',
      '<!-- a comment',
      'over two lines -->',
      '```python',
      'print("not prose")',
      '```',
      '',
      '> quoted **line**',
      '- bullet one',
      '* [x] task two',
      '1. numbered stays',
      '',
      '| Region | 学校 |',
      '|:------|---:|',
      '| East | 12 |',
      '| West \\| North | 3 |',
      '',
      '***',
      '[1]: https://example.org',
      'Setext two',
      '----------',
      'last line\\',
    ];
    expect(markdownToLines(source)).toEqual({
      lines: [
        'Intro text',
        '',
        'layout (headings, <!-- INFO END --> marker)  ok',
        '',
        'quoted line',
        'bullet one',
        'task two',
        '1. numbered stays',
        '',
        'Region 学校',
        'East 12',
        'West | North 3',
        '',
        'Setext two',
        '',
        'last line',
      ],
      hints: { title: 'Skills for the Future', authors: ['Ana Silva', '李明'], year: 2021, doi: '10.1234/abc' },
    });
  });

  it('takes the first heading as title when there is no front matter title', async () => {
    const [doc] = await markdownFormat.read(file('x.md', 'Some text\n\nHeading *one*\n---\n\n## Two\n'), defaultReadOptions);
    expect(doc).toEqual({
      pages: [['Some text', '', 'Heading one', '', 'Two']],
      paged: false,
      hints: { title: 'Heading one', extra: { encoding: 'utf-8' } },
      messages: [],
    });
  });

  it('accepts "#标题" without a space before Chinese but not "#hashtag"', () => {
    expect(markdownToLines(['#标题', '#hashtag']).lines).toEqual(['标题', '', '#hashtag']);
  });

  it('drops an unclosed fence to the end', () => {
    expect(markdownToLines(['text', '~~~', 'code']).lines).toEqual(['text']);
  });
});
