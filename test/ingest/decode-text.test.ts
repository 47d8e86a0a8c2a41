import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { decodeText, decodeWithLabel, normaliseLineEnds } from '../../src/ingest/decode-text.js';

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < s.length; i++, at += 2) view.setUint16(at, s.charCodeAt(i), littleEndian);
  return out;
}

function catchError(f: () => unknown): DocumentError {
  try {
    f();
  } catch (err) {
    if (err instanceof DocumentError) return err;
    throw err;
  }
  throw new Error('expected a DocumentError');
}

describe('decodeText', () => {
  it('returns empty text for zero bytes', () => {
    expect(decodeText(new Uint8Array(0), 'a.txt')).toEqual({ text: '', encoding: 'utf-8', messages: [] });
  });

  it('reads UTF-8 and normalises CRLF and CR', () => {
    const r = decodeText(utf8('Vocational education\r\n职业教育\rend\n'), 'a.txt');
    expect(r).toEqual({ text: 'Vocational education\n职业教育\nend\n', encoding: 'utf-8', messages: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('第一条 总则')]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: '第一条 总则', encoding: 'utf-8', messages: [] });
  });

  it('reads UTF-16LE and UTF-16BE with a byte order mark', () => {
    const s = 'Policy 政策\r\nline 2';
    expect(decodeText(utf16(s, true, true), 'a.txt')).toEqual({ text: 'Policy 政策\nline 2', encoding: 'utf-16le', messages: [] });
    expect(decodeText(utf16(s, false, true), 'a.txt')).toEqual({ text: 'Policy 政策\nline 2', encoding: 'utf-16be', messages: [] });
  });

  it('recognises UTF-16 without a byte order mark by its NUL pattern', () => {
    const s = 'School-enterprise cooperation in vocational education';
    expect(decodeText(utf16(s, true, false), 'a.txt').encoding).toBe('utf-16le');
    expect(decodeText(utf16(s, false, false), 'a.txt')).toEqual({ text: s, encoding: 'utf-16be', messages: [] });
  });

  it('reads GBK/GB18030 bytes: 职业教育法', () => {
    // printf '职业教育法' | iconv -f utf-8 -t gb18030 | xxd -p
    const r = decodeText(hex('d6b0d2b5bdccd3fdb7a8'), 'law.txt');
    expect(r.text).toBe('职业教育法');
    expect(r.encoding).toBe('gb18030');
    expect(r.messages.map((m) => [m.severity, m.rule])).toEqual([['info', 'encoding-detected']]);
  });

  it('reads a longer GB18030 line that chardet recognises', () => {
    // printf '中华人民共和国职业教育法' | iconv -f utf-8 -t gb18030 | xxd -p
    const r = decodeText(hex('d6d0bbaac8cbc3f1b9b2bacdb9fad6b0d2b5bdccd3fdb7a80a'), 'law.txt');
    expect(r.text).toBe('中华人民共和国职业教育法\n');
    expect(r.encoding).toBe('gb18030');
  });

  it('reads Big5 with an encoding-guessed warning', () => {
    // printf '中華人民共和國職業教育法。第一條 為了推動職業教育高品質發展。' | iconv -f utf-8 -t big5 | xxd -p
    const r = decodeText(
      hex('a4a4b5d8a448a5c1a640a94db0eac2beb77eb1d0a87caa6ba143b2c4a440b1f820acb0a446b1c0b0cac2beb77eb1d0a87cb0aaab7ebde8b56fae69a143'),
      'tw.txt',
    );
    expect(r.text).toBe('中華人民共和國職業教育法。第一條 為了推動職業教育高品質發展。');
    expect(r.encoding).toBe('big5');
    expect(r.messages.map((m) => [m.severity, m.rule])).toEqual([['warning', 'encoding-guessed']]);
    expect(r.messages[0]?.reason).toContain('Big5');
  });

  it('reads Shift_JIS with an encoding-guessed warning', () => {
    // printf '日本の職業教育について。学校と企業の連携を強化する。' | iconv -f utf-8 -t shift_jis | xxd -p
    const r = decodeText(
      hex('93fa967b82cc90458bc68bb388e782c982c282a282c481428a778d5a82c68ae98bc682cc98418c6782f08bad89bb82b782e98142'),
      'jp.txt',
    );
    expect(r.text).toBe('日本の職業教育について。学校と企業の連携を強化する。');
    expect(r.encoding).toBe('shift_jis');
    expect(r.messages[0]?.rule).toBe('encoding-guessed');
  });

  it('reads Windows-1252 with an encoding-guessed warning', () => {
    // printf 'Café au lait — naïve résumé. Ångström in Zürich.' | iconv -f utf-8 -t windows-1252 | xxd -p
    const r = decodeText(hex('436166e9206175206c6169742097206e61ef76652072e973756de92e20c56e67737472f66d20696e205afc726963682e'), 'fr.txt');
    expect(r.text).toBe('Café au lait — naïve résumé. Ångström in Zürich.');
    expect(r.encoding).toBe('windows-1252');
    expect(r.messages.map((m) => [m.severity, m.rule])).toEqual([['warning', 'encoding-guessed']]);
  });

  it('keeps nearly valid UTF-8 and reports the replacement with its line', () => {
    const text = 'line one 职业教育\nline two 产教融合\n';
    const bytes = new Uint8Array([...utf8(text), ...utf8('third line '), 0xff, ...utf8(' end 校企合作')]);
    const r = decodeText(bytes, 'a.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('line one 职业教育\nline two 产教融合\nthird line \ufffd end 校企合作');
    expect(r.messages).toEqual([
      {
        severity: 'warning',
        stage: 'ingest',
        rule: 'encoding-replaced',
        path: 'a.txt',
        reason: '1 character could not be decoded and became the replacement character \ufffd (first on line 3)',
        place: { line: 3 },
        note: 'The file may mix encodings or be damaged; save it as UTF-8 and run again.',
      },
    ]);
  });

  it('rejects a binary file named .txt', () => {
    const png = hex('89504e470d0a1a0a0000000d4948445200000010000000100806000000');
    const err = catchError(() => decodeText(png, 'corpus/figure.txt'));
    expect(err.code).toBe('binary-file');
    expect(err.message).toBe('corpus/figure.txt looks like a binary file, not text (55 % control bytes); check its real format');
  });

  it('rejects text with a high share of control bytes even without NULs', () => {
    const bytes = new Uint8Array(100).fill(0x41);
    for (let i = 0; i < 100; i += 5) bytes[i] = 0x01;
    const err = catchError(() => decodeText(bytes, 'x.txt'));
    expect(err.code).toBe('binary-file');
    expect(err.message).toContain('(20 % control bytes)');
  });

  it('decodes a declared label and falls back for unknown labels', () => {
    expect(decodeWithLabel(hex('d6b0d2b5'), 'gb2312', 'p.html')).toEqual({ text: '职业', encoding: 'gbk', messages: [] });
    expect(decodeWithLabel(utf8('x'), 'no-such-charset', 'p.html')).toBeUndefined();
  });

  it('normalises line ends', () => {
    expect(normaliseLineEnds('a\r\nb\rc\n\r\n')).toBe('a\nb\nc\n\n');
  });
});
