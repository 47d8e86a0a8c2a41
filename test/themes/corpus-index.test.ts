import { describe, expect, it } from 'vitest';
import { indexCorpus, tokenPlaces } from '../../src/themes/corpus-index.js';
import { englishNorm } from '../../src/themes/english-tokens.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

describe('indexCorpus', () => {
  const text = 'Firms lack funds, teachers lack time. New rules help.\nReferences\nOld rules cited here.\nAppendix rules apply';
  const refAt = text.indexOf('References');
  const appAt = text.indexOf('Appendix');
  const doc = makeDoc('a', text, {
    sections: [
      { heading: 'References', number: '', level: 1, offset: refAt, end: appAt },
      { heading: 'Appendix', number: '', level: 1, offset: appAt, end: text.length },
    ],
  });
  const index = indexCorpus([doc, makeDoc('b', ''), makeDoc('c', 'Rules 规则 rules')], createTokenizer());
  const s = index.streams[0];

  it('keeps tokens in order with their offsets, leaving out the reference section', () => {
    const places = s ? tokenPlaces(s) : { offsets: new Int32Array(0), ends: new Int32Array(0) };
    const words = Array.from(places.offsets).map((o, i) => text.slice(o, places.ends[i]));
    expect(words).toEqual(['Firms', 'lack', 'funds', 'teachers', 'lack', 'time', 'New', 'rules', 'help', 'Appendix', 'rules', 'apply']);
  });

  it('joins neighbours only inside a sentence, without punctuation, within one counted range and one script', () => {
    expect(Array.from(s?.joined ?? [])).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(index.streams[2]?.joined ?? [])).toEqual([0, 0, 0]);
  });

  it('counts frequencies, document frequencies and tokens; reports an empty document', () => {
    const rule = index.terms.indexOf('rule');
    expect(index.frequency[rule]).toBe(4);
    expect(index.docFrequency[rule]).toBe(2);
    expect(Array.from(index.docTokens)).toEqual([12, 0, 3]);
    expect(index.forms[rule]).toBe('rules');
    expect(index.messages.map((m) => [m.rule, m.path])).toEqual([['themes-no-words', 'b']]);
  });

  it('can leave positions out', () => {
    const bare = indexCorpus([doc], createTokenizer(), { positions: false });
    expect(bare.positions).toBe(false);
    expect(bare.streams[0]?.positions.length).toBe(0);
    expect(tokenPlaces(bare.streams[0] ?? { terms: new Int32Array(0), positions: new Uint8Array(0), joined: new Uint8Array(0) }).offsets.length).toBe(0);
    expect(Array.from(bare.streams[0]?.terms ?? [])).toEqual(Array.from(s?.terms ?? []).map((t) => bare.terms.indexOf(index.terms[t] ?? '')));
    expect(Array.from(bare.streams[0]?.joined ?? [])).toEqual(Array.from(s?.joined ?? []));
  });
});

describe('memoised word types', () => {
  it('give every token the norm that normalising its text directly gives', () => {
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const w = (i * 2654435761).toString(36).slice(0, 3 + (i % 7));
      words.push(i % 5 === 0 ? w.toUpperCase() : i % 7 === 0 ? `${w}-${w.slice(1)}` : w);
    }
    const text = words.join(' ');
    const tk = createTokenizer();
    for (let round = 0; round < 2; round++) {
      for (const t of tk.tokenize(text)) {
        if (t.script === 'latin') expect(t.norm, t.text).toBe(englishNorm(t.text, true).norm);
      }
    }
  });
});
