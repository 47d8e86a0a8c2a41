import { describe, expect, it } from 'vitest';
import { cleanPages } from '../../src/text/clean-pages.js';
import { rawText, toRawOffset } from '../../src/text/offset-map.js';

const HEADER = 'Journal of Education Studies, Vol. 12, No. 3 (ISSN 1234-5678)';

const BODIES = ['Colleges work with firms.', 'Firms offer places.', 'Teachers visit firms.', 'Students learn skills.', 'Policies help.', 'Results vary.'];

/** Three pages with a running header, lone page numbers and a body line repeated on two pages only. */
function threePages(): string[][] {
  return [
    [
      HEADER,
      'Integration of Industry and Education',
      '',
      'Vocational colleges need partners in industry.',
      'They look for them in the region.',
      '- 1 -',
    ],
    [
      HEADER,
      'Table 1 continued',
      'Colleges sign agreements with firms.',
      'Many agreements stay on paper.',
      '- 2 -',
    ],
    [HEADER, 'Table 1 continued', 'Teachers spend time in firms.', '3'],
  ];
}

describe('cleanPages(pages, { paged })', () => {
  it('removes the running header and the page numbers, and nothing else', () => {
    const r = cleanPages(threePages(), { paged: true });
    expect(r.text).toBe(
      'Integration of Industry and Education\n\nVocational colleges need partners in industry. They look for them in the region.' +
        '\fTable 1 continued Colleges sign agreements with firms. Many agreements stay on paper.' +
        '\fTable 1 continued Teachers spend time in firms.',
    );
    expect(r.removed).toEqual({ furniture: 3, pageNumbers: 3, hyphenJoins: 0 });
    expect(r.pageStarts).toEqual([0, 120, 206]);
    expect(r.text.slice(120, 137)).toBe('Table 1 continued');
    expect(r.text.split('\f')).toHaveLength(3);
  });

  it('removes running heads that alternate between odd and even pages, with varying page numbers', () => {
    const pages: string[][] = [];
    for (let p = 1; p <= 6; p++) {
      const head = p % 2 === 0 ? `${p} Guo and Chen` : `Quality of Integration ${p}`;
      pages.push([head, BODIES[p - 1] ?? '']);
    }
    const r = cleanPages(pages, { paged: true });
    expect(r.text).toBe(BODIES.join('\f'));
    expect(r.removed.furniture).toBe(6);
  });

  it('does not look for running heads in unpaged documents', () => {
    const r = cleanPages(threePages(), { paged: false });
    expect(r.text.startsWith(HEADER)).toBe(true);
    expect(r.text).toContain('- 1 -');
    expect(r.pageStarts).toEqual([0]);
    expect(r.removed).toEqual({ furniture: 0, pageNumbers: 0, hyphenJoins: 0 });
  });

  it('recognises page numbers in several forms', () => {
    const forms = ['12', '- 12 -', '— 3 —', 'Page 3 of 10', '第 3 页', '第3页 共10页', 'iv', '3 / 10'];
    for (const form of forms) {
      const r = cleanPages([['Some body text on the page.', form]], { paged: true });
      expect(r.text, form).toBe('Some body text on the page.');
    }
  });

  it('never removes a line from the middle of a page', () => {
    const body = ['one.', 'two.', 'three.', '12', 'four.', 'five.', 'six.'];
    const r = cleanPages([body], { paged: true });
    expect(r.text).toContain('12');
  });

  it('re-joins words hyphenated at a line end, and keeps real hyphens', () => {
    const lines = [
      'Industry and education: the integra-',
      'tion of school-',
      'enterprise work and the industry-',
      'education link, with Industry-',
      'Education bodies, COVID-',
      '19 rules, a school-enterprise plan, and develop-',
      'ment of schools.',
    ];
    const r = cleanPages([lines], { paged: false });
    expect(r.text).toBe(
      'Industry and education: the integration of school-enterprise work and the industry-education link, with Industry-Education bodies, ' +
        'COVID-19 rules, a school-enterprise plan, and development of schools.',
    );
    expect(r.removed.hyphenJoins).toBe(2);
  });

  it('keeps the hyphen when both halves are words found elsewhere', () => {
    const r = cleanPages([['Industry and education meet. The industry-', 'education bridge.']], { paged: false });
    expect(r.text).toBe('Industry and education meet. The industry-education bridge.');
  });

  it('drops the hyphen when the joined word is found elsewhere', () => {
    const r = cleanPages([['We care about integration. In-', 'tegration is hard, and so is inte-', 'gration.']], { paged: false });
    expect(r.text).toBe('We care about integration. Integration is hard, and so is integration.');
  });

  it('re-joins a word hyphenated across a page break on the page where it starts', () => {
    const r = cleanPages([['The integra-'], ['tion of industry and education.']], { paged: true });
    expect(r.text).toBe('The integration\fof industry and education.');
    expect(r.pageStarts).toEqual([0, 16]);
  });

  it('joins Chinese lines without a space and English lines with one', () => {
    const r = cleanPages([['职业教育是与普通教育具有同等重要', '地位的教育类型。', '', 'English lines', 'are joined.']], { paged: false });
    expect(r.text).toBe('职业教育是与普通教育具有同等重要地位的教育类型。\n\nEnglish lines are joined.');
  });

  it('keeps headings as paragraphs of their own', () => {
    const r = cleanPages(
      [
        [
          'This paper looks at colleges.',
          '1 Introduction',
          'Colleges and firms work together.',
          'References',
          '[1] Y.Q. Duan. Research, 2019.',
          '[2] J. Smith. Work, 2020.',
        ],
      ],
      { paged: false },
    );
    expect(r.text).toBe(
      'This paper looks at colleges.\n\n1 Introduction\n\nColleges and firms work together.\n\nReferences\n\n[1] Y.Q. Duan. Research, 2019.\n\n[2] J. Smith. Work, 2020.',
    );
  });

  it('starts a paragraph at each article of a Chinese law written without blank lines', () => {
    const r = cleanPages(
      [['第一章 总则', '第一条 为了推动职业教育高质量发展，', '制定本法。', '第二条 本法所称职业教育，是指', '职业学校教育和职业培训。']],
      { paged: false },
    );
    expect(r.text).toBe('第一章 总则\n\n第一条 为了推动职业教育高质量发展，制定本法。\n\n第二条 本法所称职业教育，是指职业学校教育和职业培训。');
  });

  it('treats each line as a paragraph when most lines end a sentence', () => {
    const r = cleanPages([['First paragraph.', 'Second paragraph.', 'Third one!', 'Fourth?', 'Fifth.']], { paged: false });
    expect(r.text).toBe('First paragraph.\n\nSecond paragraph.\n\nThird one!\n\nFourth?\n\nFifth.');
  });

  it('splits lines that contain line breaks and keeps offsets right', () => {
    const pages = [['first line\r\nsecond line', 'third']];
    const r = cleanPages(pages, { paged: false });
    expect(r.text).toBe('first line second line third');
    const raw = rawText(pages);
    const at = r.text.indexOf('third');
    expect(raw.slice(toRawOffset(r.offsetMap, at), toRawOffset(r.offsetMap, at + 5, 'end'))).toBe('third');
  });

  it('keeps form feeds for empty pages, one per page boundary', () => {
    const r = cleanPages([[], ['Text.'], []], { paged: true });
    expect(r.text).toBe('\fText.\f');
    expect(r.pageStarts).toEqual([0, 1, 7]);
  });

  it('gives an empty text for pages without text', () => {
    expect(cleanPages([['', '  ']], { paged: false }).text).toBe('');
    expect(cleanPages([], { paged: true })).toMatchObject({ text: '', pageStarts: [] });
  });

  it('maps every word back to the raw text (offset map round trip)', () => {
    const pages = [
      ['Journal of Tests 12', 'The ﬁrst  page talks about integra-', 'tion of Ａ１ things.', '', '中国职业', '教育发展，推进', '1'],
      ['Journal of Tests 12', 'Second page with school-', 'enterprise cooperation and more\u200b text.', '2'],
      ['Journal of Tests 12', 'Third page continues the exam-', '3'],
      ['Journal of Tests 12', 'ple across a page break, and e\u0301te\u0301 words.', '4'],
    ];
    const r = cleanPages(pages, { paged: true });
    const raw = rawText(pages);
    const norm = (s: string): string =>
      s
        .replace(/\n\d\f/g, '\f')
        .replace(/Journal of Tests 12/g, '')
        .normalize('NFKC')
        .replace(/-/g, '')
        .replace(/[\s\u200b\f]+/g, '');
    const words = [...r.text.matchAll(/[^\s\f]+/g)];
    expect(words.length).toBeGreaterThan(20);
    for (const m of words) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const slice = raw.slice(toRawOffset(r.offsetMap, start), toRawOffset(r.offsetMap, end, 'end'));
      expect(norm(slice), `${m[0]} <- ${JSON.stringify(slice)}`).toBe(norm(m[0]));
    }
    // After the last pair, both texts run to their ends together.
    const last = r.offsetMap.length;
    expect((r.offsetMap[last - 1] ?? 0) - (r.offsetMap[last - 2] ?? 0)).toBe(raw.length - r.text.length);
  });

  it('cleans a 10,000-character line without punctuation quickly', () => {
    const line = 'word '.repeat(2000).trim();
    const started = performance.now();
    const r = cleanPages([[line, line]], { paged: true });
    expect(performance.now() - started).toBeLessThan(500);
    // Lines this long are paragraphs of their own.
    expect(r.text).toBe(`${line}\n\n${line}`);
  });

  it('cleans a 5 MB text in linear time', () => {
    const page = Array.from({ length: 45 }, (_, i) => `Line ${i} of the body talks about integration of industry and educa-`);
    page.push('tion at the end.', '');
    const pages = Array.from({ length: 1900 }, (_, p) => [`Running head ${p}`, ...page, String(p + 1)]);
    const started = performance.now();
    const r = cleanPages(pages, { paged: true });
    const elapsed = performance.now() - started;
    expect(r.text.length).toBeGreaterThan(5_000_000);
    expect(r.removed.pageNumbers).toBe(1900);
    // Generous for a loaded CI machine; on an idle machine this takes about 0.3 s.
    expect(elapsed).toBeLessThan(5000);
  });
});
