import { describe, expect, it } from 'vitest';
import { codeDocuments, type TaxonomyDoc } from '../../src/taxonomy/code-documents.js';
import { createCoder } from '../../src/taxonomy/create-coder.js';
import { loadDefaultCodebook } from '../../src/taxonomy/default-codebook.js';
import { dimensionsTable, findingsTable, frequencyTable } from '../../src/taxonomy/taxonomy-tables.js';

/** A document from paragraphs (joined by blank lines); each paragraph's sentences end with ". "; headings are paragraphs of their own. */
function makeDoc(id: string, kind: string, parts: Array<{ heading?: string; sentences?: string[] }>): TaxonomyDoc {
  let text = '';
  const sentences: TaxonomyDoc['sentences'][number][] = [];
  const sections: Array<{ heading: string; offset: number; end: number }> = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    if (p.heading !== undefined) {
      const last = sections[sections.length - 1];
      if (last) last.end = text.length;
      sections.push({ heading: p.heading, offset: text.length, end: -1 });
      sentences.push({ offset: text.length, end: text.length + p.heading.length, page: 1 });
      text += p.heading;
      continue;
    }
    (p.sentences ?? []).forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ offset: text.length, end: text.length + s.length, page: text.length > 200 ? 2 : 1 });
      text += s;
    });
  }
  const last = sections[sections.length - 1];
  if (last) last.end = text.length;
  return { id, kind, language: 'en', text, sentences, sections };
}

const paper = makeDoc('paper-1', 'paper', [
  { heading: '3 Problems' },
  { sentences: ['Funding for practical training bases is insufficient.', 'The college was founded in 1958.'] },
  { heading: '4 Countermeasures' },
  { sentences: ['Colleges should build a dual-qualified teaching team by sending teachers to enterprises.'] },
  { heading: 'References' },
  { sentences: ['Li (2020) The lack of dual-qualified teachers. Journal of Vocational Education, 3: 1-5.'] },
]);
const policy = makeDoc('policy-1', 'policy', [{ sentences: ['Governments at all levels should establish a multi-tiered policy support system.'] }]);
const codebook = loadDefaultCodebook();

describe('codeDocuments', () => {
  const docs = codeDocuments([paper, policy], createCoder(codebook));

  it('codes each sentence outside the reference section and points back to it', () => {
    expect(docs.map((d) => [d.document, d.sentences, d.units, d.abstained])).toEqual([
      ['paper-1', 5, 5, 0],
      ['policy-1', 1, 1, 0],
    ]);
    const f = docs[0]?.findings ?? [];
    expect(f.map((x) => [x.category, x.section, x.sentence, x.page, paper.text.slice(x.offset, x.end)])).toEqual([
      ['problem.resources', '3 Problems', 2, 1, 'Funding for practical training bases is insufficient.'],
      ['strategy.talent-integration', '4 Countermeasures', 5, 1, 'Colleges should build a dual-qualified teaching team by sending teachers to enterprises.'],
    ]);
  });

  it('codes paragraphs in paragraph mode', () => {
    const [d] = codeDocuments([paper], createCoder(codebook, { unit: 'paragraph' }));
    expect(d?.units).toBe(4);
    expect(d?.findings.map((x) => [x.category, x.sentence, x.text])).toEqual([
      ['problem.resources', 2, 'Funding for practical training bases is insufficient. The college was founded in 1958.'],
      ['strategy.talent-integration', 5, 'Colleges should build a dual-qualified teaching team by sending teachers to enterprises.'],
    ]);
  });

  it('renders the findings table', () => {
    const t = findingsTable(docs);
    expect(t.header).toEqual(['document', 'kind', 'page', 'section', 'sentence', 'offset', 'end', 'category', 'facet', 'dimension', 'score', 'cues', 'text']);
    expect(t.rows.map((r) => [r[0], r[7], r[8], r[9]])).toEqual([
      ['paper-1', 'problem.resources', 'problem', 'operation'],
      ['paper-1', 'strategy.talent-integration', 'strategy', 'operation'],
      ['policy-1', 'strategy.policy-support', 'strategy', 'policy'],
    ]);
    expect(String(t.rows[0]?.[11])).toContain('problem:insufficient');
  });

  it('renders document × category frequencies with rates per 100 sentences', () => {
    const t = frequencyTable(docs, codebook);
    expect(t.rows).toHaveLength(2 * 23);
    expect(t.rows.find((r) => r[0] === 'paper-1' && r[4] === 'problem.resources')).toEqual(['paper-1', 'paper', 'en', 5, 'problem.resources', 'problem', 'operation', 1, 20]);
    expect(t.rows.find((r) => r[0] === 'paper-1' && r[4] === 'problem.quality-monitoring')?.slice(7)).toEqual([0, 0]);
  });

  it('rolls findings up by dimension and facet, per document, per kind and for the corpus', () => {
    const t = dimensionsTable(docs, codebook);
    expect(t.rows).toHaveLength((2 + 2 + 1) * 2 * 3);
    expect(t.rows.filter((r) => r[0] === 'kind' && r[5] !== 0)).toEqual([
      ['kind', 'paper', 'paper', 'operation', 'problem', 1, 1, 5, 20, 1],
      ['kind', 'paper', 'paper', 'operation', 'strategy', 1, 1, 5, 20, 1],
      ['kind', 'policy', 'policy', 'policy', 'strategy', 1, 1, 1, 100, 1],
    ]);
    expect(t.rows.filter((r) => r[0] === 'corpus' && r[4] === 'strategy').map((r) => [r[3], r[5], r[9]])).toEqual([
      ['policy', 1, 0.5],
      ['mechanism', 0, 0],
      ['operation', 1, 0.5],
    ]);
  });
});
