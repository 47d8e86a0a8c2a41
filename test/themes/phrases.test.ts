import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/themes/corpus-index.js';
import { findPhrases } from '../../src/themes/phrases.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

const SENTENCES = [
  'The vocational education system needs reform.',
  'Enterprises lack motivation to join the training base.',
  'Each training base serves local firms.',
  'Teachers visit the training base every term.',
  'The vocational education system of the province is weak.',
  'Funding for the vocational education system is insufficient.',
  'Quality of education matters; the quality of education is low.',
  'Students like sports.',
  'Parents read news.',
];

function corpus(): ReturnType<typeof makeDoc>[] {
  return [0, 1, 2, 3, 4, 5].map((i) => makeDoc(`d${i}`, SENTENCES.slice(0, 4 + (i % 6)).join(' ') + ' ' + SENTENCES.join(' ')));
}

describe('findPhrases', () => {
  const index = indexCorpus(corpus(), createTokenizer());

  it('scores n-grams by log-likelihood and drops phrases seen only inside longer ones', () => {
    const { phrases } = findPhrases(index, { nounPhraseChecks: 0, minFrequency: 3 });
    const texts = phrases.map((p) => p.form);
    expect(texts).toContain('vocational education system');
    expect(texts).toContain('training base');
    expect(texts).toContain('quality of education');
    // "vocational education" never occurs outside "vocational education system"
    expect(texts).not.toContain('vocational education');
    expect(texts).not.toContain('education system');
    // stop words never at the ends, never across sentences or punctuation
    for (const p of phrases) {
      expect(p.form.startsWith('the ')).toBe(false);
      expect(p.form).not.toContain('reform enterprises');
    }
    const vet = phrases.find((p) => p.form === 'vocational education system');
    expect(vet).toMatchObject({ text: 'vocat educ system', language: 'en', documents: 6, nounPhrase: 'unchecked' });
    expect(vet?.frequency).toBe(index.docs.reduce((n, d) => n + d.text.split('vocational education system').length - 1, 0));
    const scores = phrases.map((p) => p.g2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('drops candidates that compromise does not read as noun phrases', () => {
    const unchecked = findPhrases(index, { nounPhraseChecks: 0, minFrequency: 3 }).phrases.map((p) => p.form);
    expect(unchecked).toContain('enterprises lack motivation');
    expect(unchecked).toContain('teachers visit');
    const { phrases } = findPhrases(index, { nounPhraseChecks: 50, minFrequency: 3 });
    const texts = phrases.map((p) => p.form);
    expect(texts).toContain('training base');
    expect(texts).toContain('quality of education');
    expect(texts).not.toContain('enterprises lack motivation');
    expect(texts).not.toContain('teachers visit');
    expect(phrases.find((p) => p.form === 'training base')?.nounPhrase).toBe('yes');
  });

  it('gives each document its top phrases', () => {
    const result = findPhrases(index, { nounPhraseChecks: 0, minFrequency: 3, perDocument: 2 });
    expect(result.byDocument).toHaveLength(6);
    for (const rows of result.byDocument) {
      expect(rows.length).toBe(2);
      for (const r of rows) expect(r.count).toBeGreaterThan(0);
    }
  });

  it('joins Chinese words into compounds', () => {
    const zh = [0, 1, 2].map((i) => makeDoc(`z${i}`, '发展职业学校教育。职业学校应当开展实习。支持职业学校建设。'.repeat(i + 1)));
    const zi = indexCorpus(zh, createTokenizer({ domainVocabulary: false }));
    const { phrases } = findPhrases(zi, { minFrequency: 3 });
    const top = phrases[0];
    expect(top).toMatchObject({ text: '职业学校', form: '职业学校', language: 'zh', frequency: 18, documents: 3, nounPhrase: '' });
  });
});
