import { describe, expect, it } from 'vitest';
import { layoutText, wrapText, writePdf } from '../../src/testing/pdf-writer.js';

const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('writePdf', () => {
  it('writes a header, objects and a trailer', () => {
    const s = latin1(writePdf({ pages: [{ items: [{ x: 72, y: 700, text: 'Hello (a) \\ b' }] }] }));
    expect(s.startsWith('%PDF-1.4\n')).toBe(true);
    expect(s).toContain('(Hello \\(a\\) \\\\ b) Tj');
    expect(s.endsWith('%%EOF\n')).toBe(true);
  });

  it('computes xref offsets that point at their objects', () => {
    const s = latin1(writePdf({ pages: [{ items: [{ x: 1, y: 2, text: 'a' }] }, { items: [] }], info: { title: 'T' } }));
    const startxref = Number(s.slice(s.lastIndexOf('startxref\n') + 10).split('\n')[0]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
    const lines = s.slice(startxref).split('\n');
    const count = Number(lines[1]?.split(' ')[1]);
    for (let n = 1; n < count; n++) {
      const entry = lines[2 + n] ?? '';
      expect(entry.length).toBe(19); // 20 bytes with the newline
      if (entry.endsWith('n ')) expect(s.slice(Number(entry.slice(0, 10))).startsWith(`${n} 0 obj\n`)).toBe(true);
    }
  });

  it('writes CJK text as UCS-2 hex with the STSong-Light Type0 font', () => {
    const s = latin1(writePdf({ pages: [{ items: [{ x: 1, y: 2, text: '教育', font: 'cjk' }] }] }));
    expect(s).toContain('/F3 11 Tf 1 0 0 1 1 2 Tm <655980B2> Tj');
    expect(s).toContain('/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
  });

  it('writes WinAnsi octal escapes and UTF-16 info strings', () => {
    const s = latin1(writePdf({ pages: [{ items: [{ x: 1, y: 2, text: 'café – 中' }] }], info: { author: '张' } }));
    expect(s).toContain('(caf\\351 \\226 ?) Tj');
    expect(s).toContain('/Author <FEFF5F20>');
  });

  it('adds an Encrypt dictionary for the encrypted stub', () => {
    const s = latin1(writePdf({ encryptedStub: true, pages: [{ items: [] }] }));
    expect(s).toContain('/Filter /Standard');
    expect(s).toContain('/Encrypt 9 0 R');
  });
});

describe('layoutText and wrapText', () => {
  it('lays lines top-down and leaves blank lines as space', () => {
    expect(layoutText(['a', '', 'b'], { x: 10, yTop: 100, leading: 12, size: 10 })).toEqual([
      { x: 10, y: 100, text: 'a', size: 10 },
      { x: 10, y: 76, text: 'b', size: 10 },
    ]);
  });

  it('wraps at spaces, and CJK text at any character', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('教育部关于', 2)).toEqual(['教育', '部关', '于']);
  });
});
