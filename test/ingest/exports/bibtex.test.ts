import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { parseBibtex } from '../../../src/ingest/exports/bibtex-parser.js';
import { splitBibNames } from '../../../src/ingest/exports/bibtex-record.js';
import { latexLight, latexToUnicode } from '../../../src/ingest/exports/latex.js';
import { bibtexFormat, sniffBibtex } from '../../../src/ingest/formats/bibtex.js';
import { BIBTEX, rawFile } from './fixtures.js';

const read = (content: string) => bibtexFormat.read(rawFile('refs.bib', content), defaultReadOptions);

describe('BibTeX', () => {
  it('reads entries with macros, concatenation, nested braces and accents', async () => {
    const docs = await read(BIBTEX);
    expect(docs).toHaveLength(4);
    expect(docs[0]).toEqual({
      pages: [
        [
          'Vocational Education Reform in Österreich & China',
          '',
          'We study the reform — and its effects on élite schools.',
          '',
          'vocational education; labour market',
        ],
      ],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Vocational Education Reform in Österreich & China',
        authors: ['Wang, Li', 'Smith, John A.', 'Ministry of Education'],
        year: 2021,
        doi: '10.1080/02680939.2020.0000001',
        container: 'Journal of Education Policy (Online)',
        keywords: ['vocational education', 'labour market'],
        extra: { encoding: 'utf-8', entryType: 'article', key: 'wang2021', pages: '501-520', source: 'bibtex', volume: '36' },
      },
      messages: [],
      record: 1,
    });
  });

  it('reads on after a missing comma, dropping "others"', async () => {
    const docs = await read(BIBTEX);
    expect(docs[1]?.hints).toMatchObject({ title: 'Teachers and the State', authors: ['Müller, José', 'Zhou, Qing'], year: 2019 });
    expect(docs[1]?.messages.map((m) => [m.severity, m.rule, m.place, m.reason])).toEqual([
      ['warning', 'bibtex-syntax', { record: 2, line: 23 }, 'Entry 2, line 23: a comma is missing after the field "year"'],
    ]);
  });

  it('keeps what precedes an unclosed brace, reports it, and loses no later entry', async () => {
    const docs = await read(BIBTEX);
    expect(docs[2]?.hints.authors).toEqual(['Li, Min']);
    expect(docs[2]?.hints.title).toBeUndefined();
    expect(docs[2]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([
      ['error', 'bibtex-syntax', { record: 3, line: 28 }],
      ['warning', 'export-record-no-text', { record: 3, line: 26 }],
    ]);
    expect(docs[2]?.messages[0]?.reason).toBe('Entry 3, line 28: a brace "{" is not closed');
    expect(docs[3]?.hints).toMatchObject({ title: 'School choice in Shanghai', container: 'Comparative Education' });
    expect(docs[3]?.hints.extra).toMatchObject({ source: 'wos', ut: 'WOS:000600000000002' });
    expect(docs[3]?.references).toEqual(['Hirschman AO, 1970, EXIT VOICE LOYALTY.', 'Tiebout CM, 1956, J POLIT ECON, V64, P416, DOI 10.1086/257839.']);
  });

  it('makes an entry with nothing readable an unreadable record', async () => {
    const docs = await read('@article{\n@misc{ok, title = {Fine}}\n');
    expect(docs.map((d) => [d.record, d.pages])).toEqual([
      [1, []],
      [2, [['Fine']]],
    ]);
    expect(docs[0]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['error', 'bibtex-syntax', { record: 1, line: 2 }]]);
  });

  it('reads Scopus and Web of Science quirks, reports duplicate keys and undefined macros', async () => {
    const text = [
      '@ARTICLE{a, author = {Iorio, C.a and Frasso, G.b}, title = {One}, journal = undefinedjournal, keywords = {index; terms}, author_keywords = {policy; reform},',
      '  references = {Cheng M.; Xue Y., Burden, Spine, 50, (2025); Aria M., Bibliometrix, J Informetr, 11, (2017)}, source = {Scopus}}',
      '@article{a, title = "Two", Usage-Count-(Last-180-days) = {{0}}, Times-Cited = {{4}}}',
    ].join('\n');
    const docs = await read(text);
    expect(docs[0]?.references).toEqual(['Cheng M.; Xue Y., Burden, Spine, 50, (2025)', 'Aria M., Bibliometrix, J Informetr, 11, (2017)']);
    expect(docs[0]?.hints).toMatchObject({ authors: ['Iorio, C.', 'Frasso, G.'], keywords: ['policy', 'reform'] });
    expect(docs[0]?.hints.extra?.source).toBe('scopus');
    expect(docs[1]?.hints.extra?.timesCited).toBe('4');
    expect(docs.map((d) => d.messages.map((m) => [m.severity, m.rule]))).toEqual([[['warning', 'bibtex-syntax']], [['info', 'bibtex-duplicate-key']]]);
  });

  it('parses parentheses, @preamble, quoted values with braces and line numbers', () => {
    const { entries, problems } = parseBibtex('@preamble{"\\newcommand{\\x}{y}"}\n\n@book(k1,\n  title = "A {"}quoted{"} title",\n  year = "1999" # "a")\n');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.type, e.key, e.line, [...e.fields]])).toEqual([
      [
        'book',
        'k1',
        3,
        [
          ['title', 'A {"}quoted{"} title'],
          ['year', '1999a'],
        ],
      ],
    ]);
  });

  it('throws bibtex-no-entries for a file without entries', async () => {
    await expect(read('% only a comment\n')).rejects.toMatchObject({ code: 'bibtex-no-entries' });
  });

  it('sniffs an entry line after % comments only', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffBibtex(enc(BIBTEX))).toBe(true);
    expect(sniffBibtex(enc('\n\n@Article{Key2020,\n'))).toBe(true);
    expect(sniffBibtex(enc('Write to me @ home.\n@article{x,\n'))).toBe(false);
    expect(sniffBibtex(enc('# Notes\n\nSee @article{x, in the draft\n'))).toBe(false);
  });
});

describe('LaTeX to Unicode', () => {
  it('converts accents, letters, escapes, dashes and quotes', () => {
    expect(latexToUnicode('{\\"O}sterreich, \\"{u}ber, \\\'e, \\`a, \\^o, \\~n, \\c{c}, \\v{s}, \\H{o}, \\k{a}, \\r{a}, \\=a, \\.z, \\u{g}')).toBe(
      'Österreich, über, é, à, ô, ñ, ç, š, ő, ą, å, ā, ż, ğ',
    );
    expect(latexToUnicode('\\ss{} {\\o} {\\AA} \\ae{} {\\l} \\\'{\\i} \\& \\% \\_ \\$')).toBe('ß ø Å æ ł í & % _ $');
    // As in TeX, the blank after a control word belongs to it.
    expect(latexToUnicode('\\o \\AA')).toBe('øÅ');
    expect(latexToUnicode('1--2 --- ``quoted\'\' a~b \\emph{x} \\textbf{{y}} $\\alpha$')).toBe('1–2 — “quoted” a b x y α');
  });

  it('leaves DOIs and URLs alone in light mode', () => {
    expect(latexLight('{10.1000/a--b~c\\_d}')).toBe('10.1000/a--b~c_d');
  });

  it('splits names on "and" outside braces only', () => {
    expect(splitBibNames('Li, M. and {Research and Development Unit} AND van der Berg, J and others')).toEqual([
      'Li, M.',
      'Research and Development Unit',
      'van der Berg, J',
    ]);
    expect(splitBibNames('Alexander Anderson and Sandy Brand')).toEqual(['Alexander Anderson', 'Sandy Brand']);
  });
});
