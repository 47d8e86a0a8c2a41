import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CodedDocument } from '../../src/taxonomy/code-documents.js';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';
import { stableGuid, toQdpx } from '../../src/taxonomy/to-qdpx.js';

const codebook = loadCodebook(
  [
    'name: Test & codes',
    'categories:',
    '  - id: problem.funds',
    '    dimension: operation',
    '    label: { en: Short of funds, zh: 经费不足 }',
    '    include: [funds]',
    '  - id: strategy.funds',
    '    dimension: policy',
    '    include: [funds]',
  ].join('\n'),
  't.yaml',
).codebook!;

// "😀" is one code point but two UTF-16 units: positions after it shift by one.
const text = '😀 Funds are short.\fGovernments should raise funds <now>.';
const finding = (offset: number, end: number, category: string, facet: 'problem' | 'strategy', dimension: string) => ({
  document: 'doc-1', kind: 'paper', page: 1, section: '', sentence: 1, offset, end, category, facet, dimension, score: 2, cues: ['term:funds'], text: text.slice(offset, end),
});
const docs: CodedDocument[] = [
  {
    document: 'doc-1', kind: 'paper', language: 'en', sentences: 2, units: 2, abstained: 0,
    findings: [finding(3, 19, 'problem.funds', 'problem', 'operation'), finding(20, 57, 'strategy.funds', 'strategy', 'policy'), finding(20, 57, 'problem.funds', 'problem', 'operation')],
  },
];

describe('stableGuid', () => {
  it('is UUID-shaped and the same for the same key', () => {
    const g = stableGuid('code', 'problem.funds');
    expect(g).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableGuid('code', 'problem.funds')).toBe(g);
    expect(stableGuid('code', 'strategy.funds')).not.toBe(g);
  });
});

describe('toQdpx', () => {
  it('writes a REFI-QDA project with codes, sources and selections that round-trips', async () => {
    const bytes = await toQdpx({ codebook, texts: new Map([['doc-1', text]]), docs });
    const zip = await JSZip.loadAsync(bytes);
    const sourceGuid = stableGuid('source', 'doc-1');
    expect(Object.keys(zip.files).sort()).toEqual(['project.qde', `sources/${sourceGuid}.txt`]);
    // Fixed dates (no folder entries stamped with the current time): the bytes do not depend on when they were written.
    expect(Object.values(zip.files).map((f) => f.date.getUTCFullYear())).toEqual([2000, 2000]);
    expect(await zip.file(`sources/${sourceGuid}.txt`)?.async('string')).toBe(text.replace('\f', '\n'));
    const qde = (await zip.file('project.qde')?.async('string')) ?? '';
    expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0" name="Test &amp; codes" origin="corpus-lens">');
    expect(qde).toContain(`<Code guid="${stableGuid('code', 'problem.funds')}" name="problem.funds" isCodable="true" color="#C0392B">`);
    expect(qde).toContain('<Description>Short of funds / 经费不足. Dimension: operation.</Description>');
    expect(qde).toContain(`<TextSource guid="${sourceGuid}" name="doc-1" plainTextPath="internal://${sourceGuid}.txt">`);
    const selections = [...qde.matchAll(/<PlainTextSelection guid="[^"]+" name="([^"]*)" startPosition="(\d+)" endPosition="(\d+)">/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(selections).toEqual([
      ['Funds are short.', 2, 18],
      ['Governments should raise funds &lt;now&gt;.', 19, 56],
    ]);
    // The positions are code points: slicing the code points of the source gives the selections back.
    const points = [...text.replace('\f', '\n')];
    expect(points.slice(2, 18).join('')).toBe('Funds are short.');
    expect(points.slice(19, 56).join('')).toBe('Governments should raise funds <now>.');
    const codeRefs = [...qde.matchAll(/<CodeRef targetGUID="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(codeRefs).toEqual([stableGuid('code', 'problem.funds'), stableGuid('code', 'strategy.funds'), stableGuid('code', 'problem.funds')]);
    expect(qde).toContain(`<Set guid="${stableGuid('dimension', 'operation')}" name="dimension: operation">`);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await toQdpx({ codebook, texts: new Map([['doc-1', text]]), docs });
    const b = await toQdpx({ codebook, texts: new Map([['doc-1', text]]), docs });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
