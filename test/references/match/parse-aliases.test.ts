import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../../src/references/match/parse-aliases.js';

describe('parseAliases', () => {
  it('reads a header in any column order, quoted commas and quotes, comments and blank lines', () => {
    const text = [
      '\ufeffwork,reference,note',
      '# corrections checked on 2024-05-02',
      'w:smith-2019-0a1b2c3d4e5f,"Smith, J. (2019). Title, with a comma.",split',
      '',
      'Smith 2019b,"Smith, J. (2019). The ""other"" paper.",',
      'doi:10.1000/abc,w:smith-2019-ffffffffffff,merge',
    ].join('\r\n');
    const { aliases, messages } = parseAliases(text, 'aliases.csv');
    expect(messages).toEqual([]);
    expect(aliases).toEqual([
      { reference: 'Smith, J. (2019). Title, with a comma.', work: 'w:smith-2019-0a1b2c3d4e5f', path: 'aliases.csv', line: 3 },
      { reference: 'Smith, J. (2019). The "other" paper.', work: 'Smith 2019b', path: 'aliases.csv', line: 5 },
      { reference: 'w:smith-2019-ffffffffffff', work: 'doi:10.1000/abc', path: 'aliases.csv', line: 6 },
    ]);
  });

  it('reports malformed lines with their line numbers and keeps the good ones', () => {
    const text = [
      'reference,work',
      'only one column',
      ',w:empty-reference',
      'Some reference,',
      'w:a-2000-000000000000,w:a-2000-000000000000',
      'Zhang J 2019 A,w:zhang-2019-aaaaaaaaaaaa',
      'Zhang J 2019 A.,w:zhang-2019-bbbbbbbbbbbb',
      '"Unclosed quote, w:x-1-2',
      'never read,w:y',
    ].join('\n');
    const { aliases, messages } = parseAliases(text, 'refs/aliases.csv');
    expect(aliases.map((a) => [a.line, a.reference, a.work])).toEqual([[6, 'Zhang J 2019 A', 'w:zhang-2019-aaaaaaaaaaaa']]);
    expect(messages.map((m) => [m.rule, m.place?.line, m.severity, m.path])).toEqual([
      ['alias-bad-line', 2, 'warning', 'refs/aliases.csv'],
      ['alias-bad-line', 3, 'warning', 'refs/aliases.csv'],
      ['alias-bad-line', 4, 'warning', 'refs/aliases.csv'],
      ['alias-bad-line', 5, 'warning', 'refs/aliases.csv'],
      ['alias-conflict', 7, 'warning', 'refs/aliases.csv'],
      ['alias-bad-line', 8, 'warning', 'refs/aliases.csv'],
    ]);
    expect(messages[0]!.reason).toBe('Line 2 of the alias file has 1 column(s); "reference" and "work" are both needed.');
    expect(messages[4]!.reason).toBe(
      'Line 7 of the alias file sends a reference to "w:zhang-2019-bbbbbbbbbbbb" that line 6 already sends to "w:zhang-2019-aaaaaaaaaaaa"; line 6 is kept.',
    );
  });

  it('refuses a file without the two columns, and reports an empty file', () => {
    const bad = parseAliases('from,to\na,b\n', 'aliases.csv');
    expect(bad.aliases).toEqual([]);
    expect(bad.messages.map((m) => [m.rule, m.severity, m.place?.line])).toEqual([['alias-bad-header', 'error', 1]]);
    const empty = parseAliases('\n\n', 'aliases.csv');
    expect(empty.messages.map((m) => m.rule)).toEqual(['alias-empty']);
  });
});
