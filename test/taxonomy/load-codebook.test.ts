import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const brief = (text: string) => loadCodebook(text, 'my-codebook.yaml').messages.map((m) => [m.severity, m.rule, m.place?.line, m.place?.column]);

describe('loadCodebook', () => {
  it('reads a valid codebook with bilingual labels, terms, weights, patterns and examples', () => {
    const { codebook, messages } = loadCodebook(
      lines(
        'name: Funding',
        'categories:',
        '  - id: problem.funds',
        '    facet: problem',
        '    dimension: operation',
        '    label: { en: Insufficient funds, zh: 经费不足 }',
        '    description: Money is short.',
        '    include:',
        '      en: [Training Bases, { term: money, weight: 0.5 }]',
        '      zh: [经费, 实训 基地]',
        "    patterns: { zh: ['经费[^，。]{0,4}不足'] }",
        '    examples: { en: [Funds are short.] }',
      ),
      'funds.yaml',
    );
    expect(messages).toEqual([]);
    expect(codebook?.name).toBe('Funding');
    expect(codebook?.dimensions.map((d) => d.id)).toEqual(['policy', 'mechanism', 'operation']);
    const c = codebook?.categories[0];
    expect(c?.label).toEqual({ en: 'Insufficient funds', zh: '经费不足' });
    expect(c?.include.map((t) => [t.text, t.language, t.weight, t.line])).toEqual([
      ['training bases', 'en', 1.5, 9],
      ['money', 'en', 0.5, 9],
      ['经费', 'zh', 1, 10],
      ['实训基地', 'zh', 1.5, 10],
    ]);
    expect(c?.patterns.map((p) => [p.source, p.language, p.line])).toEqual([['经费[^，。]{0,4}不足', 'zh', 11]]);
    expect(c?.examples).toEqual([{ language: 'en', text: 'Funds are short.' }]);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({ categories: [{ id: 'strategy.x', facet: 'strategy', dimension: 'policy', include: ['subsidy'] }] }, null, 2);
    const { codebook, messages } = loadCodebook(json, 'x.json');
    expect(messages).toEqual([]);
    expect(codebook?.categories[0]?.include.map((t) => t.text)).toEqual(['subsidy']);
  });

  it('reports YAML syntax errors with line and column, and returns no codebook', () => {
    const r = loadCodebook(lines('categories:', '  - id: problem.a', '    facet: [problem', '    dimension: policy'), 'bad.yaml');
    expect(r.codebook).toBeUndefined();
    expect(r.messages[0]?.severity).toBe('error');
    expect(r.messages[0]?.rule).toBe('taxonomy-syntax');
    expect(r.messages[0]?.path).toBe('bad.yaml');
    expect(r.messages[0]?.place?.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects a codebook without categories', () => {
    expect(brief(lines('name: x'))).toEqual([['error', 'taxonomy-no-categories', 1, 1]]);
    expect(brief(lines('- a', '- b'))).toEqual([['error', 'taxonomy-not-mapping', 1, 1]]);
  });

  it('points at a bad facet and an undeclared dimension, with a note on how to fix them', () => {
    const text = lines('categories:', '  - id: problem.a', '    facet: issue', '    dimension: money', '    include: [a]');
    const r = loadCodebook(text, 'c.yaml');
    expect(r.codebook).toBeUndefined();
    expect(r.messages.map((m) => [m.severity, m.rule, m.place?.line, m.place?.column])).toEqual([
      ['error', 'taxonomy-bad-facet', 3, 12],
      ['error', 'taxonomy-bad-dimension', 4, 16],
    ]);
    expect(r.messages[1]?.note).toBe('Use one of: policy, mechanism, operation; or declare the dimension in `dimensions:` at the top of the codebook.');
  });

  it('takes the facet from the id prefix when it is left out, and accepts declared dimensions', () => {
    const text = lines('dimensions:', '  - id: money', '    label: { en: Money }', 'categories:', '  - id: strategy.pay', '    dimension: money', '    include: [pay]');
    const r = loadCodebook(text, 'c.yaml');
    expect(r.messages).toEqual([]);
    expect(r.codebook?.categories[0]?.facet).toBe('strategy');
    expect(r.codebook?.dimensions).toEqual([{ id: 'money', label: { en: 'Money', zh: '' } }]);
  });

  it('warns about duplicate ids, shared terms, empty term lists, bad and unsafe patterns, unknown keys', () => {
    const text = lines(
      'categories:',
      '  - id: problem.a',
      '    facet: problem',
      '    dimension: policy',
      '    include: [funding, rules]',
      "    patterns: ['(a+)+b', '[unclosed', '经费.{0,3}不足']",
      '  - id: problem.b',
      '    facet: problem',
      '    dimension: policy',
      '    include: [funding, { term: rules, weight: 0.5 }]',
      '    inclde: [typo]',
      '  - id: problem.a',
      '    facet: problem',
      '    dimension: policy',
      '    include: [x]',
      '  - id: problem.c',
      '    facet: problem',
      '    dimension: policy',
    );
    const r = loadCodebook(text, 'c.yaml');
    expect(r.codebook?.categories.map((c) => c.id)).toEqual(['problem.a', 'problem.b', 'problem.c']);
    expect(r.messages.map((m) => [m.severity, m.rule, m.place?.line, m.place?.column])).toEqual([
      ['warning', 'taxonomy-bad-pattern', 6, 16],
      ['warning', 'taxonomy-bad-pattern', 6, 26],
      ['warning', 'taxonomy-unknown-key', 11, 5],
      ['warning', 'taxonomy-duplicate-id', 12, 5],
      ['warning', 'taxonomy-empty-terms', 16, 5],
      ['warning', 'taxonomy-shared-term', 10, 1],
    ]);
    expect(r.messages[0]?.reason).toContain('repeats a group that itself holds a repeat');
    expect(r.messages[1]?.reason).toContain('not a valid regular expression');
    expect(r.messages[2]?.note).toContain('Did you mean `include`?');
    expect(r.messages[5]?.reason).toBe('The term "funding" is in both "problem.a" and "problem.b", two problem categories; a passage holding it counts for both.');
    expect(r.codebook?.categories[0]?.patterns.map((p) => p.source)).toEqual(['经费.{0,3}不足']);
  });

  it('reports every message with the file path and the taxonomy stage', () => {
    const r = loadCodebook(lines('categories:', '  - id: bad id!', '    facet: problem', '    dimension: policy'), 'dir/c.yaml');
    expect(r.messages).toEqual([
      {
        severity: 'error',
        stage: 'taxonomy',
        rule: 'taxonomy-bad-id',
        path: 'dir/c.yaml',
        reason: 'The category id "bad id!" holds characters other than letters, digits, dots, hyphens and underscores (or is longer than 80).',
        place: { line: 2, column: 9 },
        note: 'Use ids such as `problem.resources` or `strategy.curriculum-reform`.',
      },
    ]);
  });
});
