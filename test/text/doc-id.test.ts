import { describe, expect, it } from 'vitest';
import { docId } from '../../src/text/doc-id.js';

describe('docId(relPath, taken)', () => {
  it('makes a stable id from the path', () => {
    const taken = new Set<string>();
    expect(docId('papers/guo-2023.pdf', taken)).toBe('papers__guo-2023');
    expect(docId('papers/Guo et al (2023).pdf', taken)).toBe('papers__Guo-et-al-2023');
    expect(docId('政策/关于深化产教融合的若干意见.pdf', taken)).toBe('政策__关于深化产教融合的若干意见');
    expect(docId('v1.2 draft.txt', taken)).toBe('v1.2-draft');
    expect(docId('README', taken)).toBe('README');
    expect(docId('!!!.pdf', taken)).toBe('doc');
  });

  it('appends the extension, then a number, when the id is taken', () => {
    const taken = new Set<string>();
    expect(docId('a.pdf', taken)).toBe('a');
    expect(docId('a.txt', taken)).toBe('a-txt');
    expect(docId('a.txt', taken)).toBe('a-txt-2');
    expect(docId('a', taken)).toBe('a-2');
    expect([...taken]).toEqual(['a', 'a-txt', 'a-txt-2', 'a-2']);
  });
});
