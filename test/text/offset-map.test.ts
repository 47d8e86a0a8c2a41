import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, rawText, toRawOffset } from '../../src/text/offset-map.js';

describe('rawText(pages)', () => {
  it('joins lines with \\n and pages with \\f', () => {
    expect(rawText([['a', 'b'], [], ['c']])).toBe('a\nb\f\fc');
  });
});

describe('OffsetMapBuilder and toRawOffset(map, offset, side)', () => {
  it('records nothing while both texts advance together', () => {
    const b = new OffsetMapBuilder();
    b.put('abc', 3);
    b.put(' ', 4);
    expect(b.text()).toBe('abc ');
    expect(b.map).toEqual([0, 0]);
  });

  it('records both sides of a deletion, and resolves it by side', () => {
    // raw "integra-\ntion" -> clean "integration"
    const b = new OffsetMapBuilder();
    b.put('integra', 7);
    b.put('', 9);
    b.put('tion', 13);
    expect(b.text()).toBe('integration');
    expect(b.map).toEqual([0, 0, 7, 7, 7, 9]);
    expect(toRawOffset(b.map, 7)).toBe(9);
    expect(toRawOffset(b.map, 7, 'end')).toBe(7);
    expect(toRawOffset(b.map, 11, 'end')).toBe(13);
    expect(toRawOffset(b.map, 3)).toBe(3);
  });

  it('maps a ligature expanded by NFKC (ﬁ -> fi) and a contraction', () => {
    // raw "aﬁb" -> clean "afib"
    const b = new OffsetMapBuilder();
    b.put('a', 1);
    b.put('fi', 2);
    b.put('b', 3);
    expect(b.map).toEqual([0, 0, 3, 2]);
    expect(toRawOffset(b.map, 1)).toBe(1);
    expect(toRawOffset(b.map, 3, 'end')).toBe(2);
    expect(toRawOffset(b.map, 4, 'end')).toBe(3);
    // raw "xe\u0301y" -> clean "xéy"
    const c = new OffsetMapBuilder();
    c.put('x', 1);
    c.put('é', 3);
    c.put('y', 4);
    expect(toRawOffset(c.map, 2, 'end')).toBe(3);
    expect(toRawOffset(c.map, 1)).toBe(1);
    expect(toRawOffset(c.map, 3, 'end')).toBe(4);
  });

  it('returns the offset itself for an empty map', () => {
    expect(toRawOffset([], 5)).toBe(5);
  });
});
