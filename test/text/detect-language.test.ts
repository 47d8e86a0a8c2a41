import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detect-language.js';

describe('detectLanguage(text)', () => {
  it('tells English, Chinese, mixed and unknown apart', () => {
    expect(detectLanguage('The integration of industry and education in vocational colleges.')).toBe('en');
    expect(detectLanguage('职业教育是与普通教育具有同等重要地位的教育类型。')).toBe('zh');
    expect(detectLanguage('Hi 你好')).toBe('unknown');
    expect(detectLanguage('12345 ... !!!')).toBe('unknown');
    expect(detectLanguage('')).toBe('unknown');
  });

  it('weighs three Latin letters as one Han character', () => {
    // 20 Han characters and 30 Latin letters: share 20 / (20 + 10) = 0.67 -> zh
    expect(detectLanguage('职业教育是与普通教育具有同等重要地位的教 abcdefghij abcdefghij abcdefghij')).toBe('zh');
    // 10 Han characters and 60 Latin letters: share 10 / (10 + 20) = 0.33 -> mixed
    expect(detectLanguage(`职业教育是与普通教育 ${'abcdefghij '.repeat(6)}`)).toBe('mixed');
    // 3 Han characters and 90 Latin letters: share 3 / 33 = 0.09 -> en
    expect(detectLanguage(`职业教 ${'abcdefghij '.repeat(9)}`)).toBe('en');
  });

  it('reads a Chinese paper with an English abstract as Chinese', () => {
    const zh = '产教融合是职业教育改革的重要方向，本文分析了校企合作中的问题。'.repeat(20);
    const en = 'Industry-education integration is a key direction of vocational education reform. '.repeat(4);
    expect(detectLanguage(zh + en)).toBe('zh');
  });
});
