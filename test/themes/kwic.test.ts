import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/themes/corpus-index.js';
import { kwic } from '../../src/themes/kwic.js';
import { kwicTable } from '../../src/themes/themes-tables.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

describe('kwic', () => {
  const text = 'Colleges lack dual-qualified teachers.\fMost teachers have no enterprise experience.\nReferences\nSmith, Teachers and firms, 2019.';
  const en = makeDoc('en1', text, {
    pageStarts: [0, 39],
    sections: [{ heading: 'References', number: '', level: 1, offset: 84, end: text.length }],
  });
  const zh = makeDoc('zh1', '高校缺乏双师型教师。要推进校企合作，深化产教融合，校企合作不能流于形式。');
  const tokenizer = createTokenizer();
  const index = indexCorpus([en, zh], tokenizer);

  it('finds inflected English forms with page and context, not in the reference list', () => {
    const lines = kwic(index, tokenizer, 'teacher', { width: 15 });
    expect(lines).toEqual([
      { doc: 'en1', page: 1, offset: 29, end: 37, left: 'dual-qualified ', match: 'teachers', right: '. Most teachers' },
      { doc: 'en1', page: 2, offset: 44, end: 52, left: 'teachers. Most ', match: 'teachers', right: ' have no enterp' },
    ]);
  });

  it('finds a Chinese term and a multi-word phrase', () => {
    const zhLines = kwic(index, tokenizer, '校企合作', { width: 4 });
    expect(zhLines.map((l) => [l.doc, l.page, l.offset, l.left, l.match, l.right])).toEqual([
      ['zh1', null, 13, '。要推进', '校企合作', '，深化产'],
      ['zh1', null, 25, '教融合，', '校企合作', '不能流于'],
    ]);
    const phrase = kwic(index, tokenizer, 'enterprise experience');
    expect(phrase.map((l) => l.match)).toEqual(['enterprise experience']);
    expect(kwic(index, tokenizer, 'experience enterprise')).toEqual([]);
  });

  it('gives a table', () => {
    const table = kwicTable(kwic(index, tokenizer, '双师型教师', { width: 3 }));
    expect(table.header).toEqual(['doc_id', 'page', 'offset', 'left', 'match', 'right']);
    expect(table.rows).toEqual([['zh1', '', 4, '校缺乏', '双师型教师', '。要推']]);
  });
});
