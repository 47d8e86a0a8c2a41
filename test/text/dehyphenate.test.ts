import { describe, expect, it } from 'vitest';
import {
  collectWordForms,
  endsWithHyphenation,
  formsToLookUp,
  keepHyphen,
  leftFragment,
  rightFragment,
} from '../../src/text/dehyphenate.js';

function forms(lines: string[]): ReturnType<typeof collectWordForms> {
  const broken = lines.map((l, i) => i < lines.length - 1 && endsWithHyphenation(l));
  const wanted = new Set<string>();
  lines.forEach((l, i) => {
    if (broken[i]) for (const f of formsToLookUp(leftFragment(l), rightFragment(lines[i + 1] ?? ''))) wanted.add(f);
  });
  return collectWordForms(lines, broken, wanted);
}

describe('endsWithHyphenation, leftFragment, rightFragment', () => {
  it('finds the fragments around a line-end hyphen', () => {
    expect(endsWithHyphenation('the integra-')).toBe(true);
    expect(endsWithHyphenation('pages 12-')).toBe(false);
    expect(endsWithHyphenation('a value -')).toBe(false);
    expect(leftFragment('the integra-')).toBe('integra');
    expect(rightFragment('tion of work')).toBe('tion');
  });
});

describe('keepHyphen(left, right, forms)', () => {
  it('keeps the hyphen before an upper-case letter or a digit', () => {
    const f = forms(['x']);
    expect(keepHyphen('Industry', 'Education', f)).toBe(true);
    expect(keepHyphen('COVID', '', f)).toBe(true);
  });

  it('drops it when the joined word occurs elsewhere', () => {
    const f = forms(['research matters', 'the re-', 'search team']);
    expect(keepHyphen('re', 'search', f)).toBe(false);
  });

  it('keeps it when the hyphenated word occurs elsewhere', () => {
    const f = forms(['a school-enterprise plan', 'the school-', 'enterprise link']);
    expect(keepHyphen('school', 'enterprise', f)).toBe(true);
  });

  it('keeps it when both halves are words found elsewhere', () => {
    const f = forms(['industry and education', 'the industry-', 'education link']);
    expect(keepHyphen('industry', 'education', f)).toBe(true);
  });

  it('drops it otherwise, and does not count the fragments themselves', () => {
    const f = forms(['the develop-', 'ment of', 'the inter-', 'national link']);
    expect(keepHyphen('develop', 'ment', f)).toBe(false);
    expect(keepHyphen('inter', 'national', f)).toBe(false);
  });

  it('drops it before a word ending, and keeps it after or before words usually hyphenated', () => {
    const f = forms(['cross', 'the cross-', 'ing']);
    expect(keepHyphen('cross', 'ing', f)).toBe(false);
    expect(keepHyphen('cross', 'platform', f)).toBe(true);
    expect(keepHyphen('kernel', 'based', f)).toBe(true);
    expect(keepHyphen('cor', 'related', f)).toBe(false);
  });
});
