import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/themes/corpus-index.js';
import { chineseParts } from '../../src/themes/chinese-splits.js';
import { kwic } from '../../src/themes/kwic.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

/** A dictionary cut for tests: greedy longest match over a fixed word list, else one character. */
function fakeDictionary(words: string[]): { cutDictionary(text: string): string[] } {
  const set = new Set(words);
  return {
    cutDictionary(text: string): string[] {
      const out: string[] = [];
      let i = 0;
      while (i < text.length) {
        let len = Math.min(8, text.length - i);
        while (len > 1 && !set.has(text.slice(i, i + len))) len--;
        out.push(text.slice(i, i + len));
        i += len;
      }
      return out;
    },
  };
}

function texts(tokens: { text: string }[]): string[] {
  return tokens.map((t) => t.text);
}

describe('chineseParts', () => {
  const dict = fakeDictionary(['经费不足', '经费', '不足', '缺乏经验', '缺乏', '经验', '不足为奇', '缺乏症', '基础薄弱', '基础', '薄弱', '人民政府']);

  it('splits a deficiency word off the end or the beginning when the rest is a word', () => {
    expect(chineseParts('经费不足', dict)).toEqual([2, 2]);
    expect(chineseParts('缺乏经验', dict)).toEqual([2, 2]);
    expect(chineseParts('基础薄弱', dict)).toEqual([2, 2]);
  });

  it('keeps idioms, one-character rests and words without a deficiency word whole', () => {
    expect(chineseParts('不足为奇', dict)).toBeUndefined();
    expect(chineseParts('缺乏症', dict)).toBeUndefined();
    expect(chineseParts('人民政府', dict)).toBeUndefined();
    expect(chineseParts('不足', dict)).toBeUndefined();
  });

  it('cuts an unknown word that holds a function character as the dictionary cuts it', () => {
    expect(chineseParts('市和区', dict)).toEqual([1, 1, 1]);
    expect(chineseParts('实训', dict)).toBeUndefined();
  });
});

describe('the tokenizer with compound splits', () => {
  const text = '学校经费不足，缺乏经验的教师多，基础薄弱；这不足为奇。市和区人民政府负责实训和互认。';

  it('counts deficiency words inside compounds, offsets exact, no character twice', () => {
    const tokens = createTokenizer({ domainVocabulary: false }).tokenize(text);
    expect(texts(tokens)).toEqual([
      '学校', '经费', '不足', '缺乏', '经验', '的', '教师', '多', '基础', '薄弱', '这', '不足为奇',
      '市', '和', '区', '人民政府', '负责', '实训', '和', '互认',
    ]);
    for (const t of tokens) expect(text.slice(t.offset, t.end)).toBe(t.text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]?.offset).toBeGreaterThanOrEqual(tokens[i - 1]?.end ?? 0);
    expect(tokens.find((t) => t.text === '不足')).toMatchObject({ offset: 4, end: 6, stop: false });
  });

  it('keeps jieba\'s words with splitCompounds: false, and vocabulary terms always', () => {
    const plain = texts(createTokenizer({ domainVocabulary: false, splitCompounds: false }).tokenize(text));
    expect(plain.slice(0, 4)).toEqual(['学校', '经费不足', '缺乏经验', '的']);
    expect(plain).toContain('市和区');
    const vocab = createTokenizer({ domainVocabulary: false, vocabulary: ['经费不足'] }).tokenize('学校经费不足。');
    expect(texts(vocab)).toEqual(['学校', '经费不足']);
    expect(vocab[1]?.vocab).toBe(true);
  });

  it('lets kwic find the deficiency word and the compound', () => {
    const tokenizer = createTokenizer({ domainVocabulary: false });
    const index = indexCorpus([makeDoc('zh', '学校经费不足，师资也不足。')], tokenizer);
    expect(kwic(index, tokenizer, '不足', { width: 2 }).map((l) => [l.offset, l.left, l.match])).toEqual([
      [4, '经费', '不足'],
      [10, '资也', '不足'],
    ]);
    expect(kwic(index, tokenizer, '经费不足', { width: 2 }).map((l) => [l.offset, l.match])).toEqual([[2, '经费不足']]);
    const t = index.terms.indexOf('不足');
    expect(index.frequency[t]).toBe(2);
  });
});
