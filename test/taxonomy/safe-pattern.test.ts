import { describe, expect, it } from 'vitest';
import { checkPattern } from '../../src/taxonomy/safe-pattern.js';

describe('checkPattern', () => {
  it('accepts plain and bounded patterns', () => {
    expect(checkPattern('重理论[^，。]{0,3}轻实践')).toBeNull();
    expect(checkPattern('(?:lack|shortage) of (?:\\w+ ){0,3}funds')).toBeNull();
    expect(checkPattern('\\bteachers?\\b')).toBeNull();
    expect(checkPattern('a.*b.*c')).toBeNull();
  });

  it('rejects nested unbounded repeats, back-references and too many broad repeats', () => {
    expect(checkPattern('(a+)+b')).toContain('repeats a group that itself holds a repeat');
    expect(checkPattern('(?:\\w+\\s?)*$')).toContain('repeats a group that itself holds a repeat');
    expect(checkPattern('(x)\\1')).toContain('back-reference');
    expect(checkPattern('.*a.*b.*c')).toContain('more than 2 unbounded repeats');
  });

  it('rejects invalid and empty patterns', () => {
    expect(checkPattern('[abc')).toContain('not a valid regular expression');
    expect(checkPattern('')).toBe('the pattern is empty');
    expect(checkPattern('a'.repeat(301))).toBe('the pattern is 301 characters long, more than 300');
  });

  it('keeps its promise: an accepted pattern runs fast on a 10,000-character line', () => {
    const source = '(?:lack|shortage) of (?:\\w+ ){0,3}funds';
    expect(checkPattern(source)).toBeNull();
    const line = 'lack of '.concat('word '.repeat(2000));
    const t = performance.now();
    new RegExp(source, 'giu').test(line);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
