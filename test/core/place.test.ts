import { describe, expect, it } from 'vitest';
import { formatPlace, pageAt } from '../../src/core/place.js';

describe('pageAt', () => {
  it('maps offsets to 1-based pages', () => {
    const starts = [0, 10, 25];
    expect(pageAt(starts, 0)).toBe(1);
    expect(pageAt(starts, 9)).toBe(1);
    expect(pageAt(starts, 10)).toBe(2);
    expect(pageAt(starts, 24)).toBe(2);
    expect(pageAt(starts, 25)).toBe(3);
    expect(pageAt(starts, 1000)).toBe(3);
  });
  it('gives no page for unpaged text', () => {
    expect(pageAt([], 5)).toBeUndefined();
  });
});

describe('formatPlace', () => {
  it('prints record, page and line', () => {
    expect(formatPlace({ record: 3 })).toBe('record 3');
    expect(formatPlace({ page: 2, line: 4, column: 7 })).toBe('page 2, line 4:7');
    expect(formatPlace({ offset: 12 })).toBe('offset 12');
    expect(formatPlace(undefined)).toBe('');
  });
});
