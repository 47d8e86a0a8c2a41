import { describe, expect, it } from 'vitest';
import { cleanLine, lineRawAt } from '../../src/text/clean-line.js';

describe('cleanLine(line, rawBase)', () => {
  it('keeps a plain line as it is, with its raw span', () => {
    const l = cleanLine('  plain text here ', 10);
    expect(l.text).toBe('plain text here');
    expect(l.rawStart).toBe(12);
    expect(l.rawEnd).toBe(27);
    expect(l.cuts).toEqual([0, 12, 15, 27]);
  });

  it('applies NFKC: ligatures, full-width letters and digits', () => {
    expect(cleanLine('ﬁnal ﬂow', 0).text).toBe('final flow');
    expect(cleanLine('Ａ１ and ｂ２', 0).text).toBe('A1 and b2');
  });

  it('keeps full-width punctuation in Chinese text and converts it between Latin letters', () => {
    expect(cleanLine('职业教育，产教融合：（一）总体要求；', 0).text).toBe('职业教育，产教融合：（一）总体要求；');
    expect(cleanLine('（1）加强领导', 0).text).toBe('（1）加强领导');
    expect(cleanLine('Smith（2019）提出', 0).text).toBe('Smith（2019）提出');
    expect(cleanLine('Ａ，Ｂ', 0).text).toBe('A,B');
    expect(cleanLine('see（a）and（b）', 0).text).toBe('see(a)and(b)');
  });

  it('keeps …… in Chinese and turns … into ... in English', () => {
    expect(cleanLine('然后……结束', 0).text).toBe('然后……结束');
    expect(cleanLine('and so on… then', 0).text).toBe('and so on... then');
  });

  it('keeps circled numbers and spacing accents', () => {
    expect(cleanLine('①加强领导', 0).text).toBe('①加强领导');
    expect(cleanLine('M´exico', 0).text).toBe('M´exico');
  });

  it('composes a letter and its combining mark', () => {
    const l = cleanLine('cafe\u0301 ok', 0);
    expect(l.text).toBe('café ok');
    expect(lineRawAt(l, 5)).toBe(6);
  });

  it('removes control and invisible characters and collapses white space', () => {
    const l = cleanLine('a\u200bb\t\tc \u00a0 d\u0007e\ufeff', 0);
    expect(l.text).toBe('ab c de');
    expect(cleanLine('x \u200b y', 0).text).toBe('x y');
    expect(cleanLine('中\u3000\u3000文', 0).text).toBe('中 文');
  });

  it('reports a soft hyphen at the end of the line', () => {
    const l = cleanLine('integra\u00ad', 0);
    expect(l.text).toBe('integra');
    expect(l.softHyphen).toBe(true);
  });

  it('returns an empty text for a blank line', () => {
    expect(cleanLine(' \t\u200b ', 5).text).toBe('');
  });

  it('maps clean offsets back through collapsed spaces', () => {
    const l = cleanLine('a    b', 100);
    expect(l.text).toBe('a b');
    expect(lineRawAt(l, 0)).toBe(100);
    expect(lineRawAt(l, 1)).toBe(101);
    expect(lineRawAt(l, 2)).toBe(105);
    expect(lineRawAt(l, 3)).toBe(106);
  });
});
