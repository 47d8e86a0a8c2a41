import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_TAXONOMY_PATH, loadDefaultCodebook } from '../../src/taxonomy/default-codebook.js';
import { describeCodebook } from '../../src/taxonomy/describe-codebook.js';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';

/** The 23 category ids of domain.md's default taxonomy, in its order, with facet and dimension. */
const DOMAIN: Array<[string, string, string]> = [
  ['problem.policy-implementation', 'problem', 'policy'],
  ['problem.concept-consensus', 'problem', 'mechanism'],
  ['problem.management-system', 'problem', 'mechanism'],
  ['problem.enterprise-motivation', 'problem', 'mechanism'],
  ['problem.institutional-attention', 'problem', 'mechanism'],
  ['problem.formal-agreements', 'problem', 'mechanism'],
  ['problem.system-supply', 'problem', 'policy'],
  ['problem.resources', 'problem', 'operation'],
  ['problem.curriculum-mismatch', 'problem', 'operation'],
  ['problem.dual-qualified-faculty', 'problem', 'operation'],
  ['problem.quality-monitoring', 'problem', 'operation'],
  ['strategy.policy-support', 'strategy', 'policy'],
  ['strategy.consensus-building', 'strategy', 'mechanism'],
  ['strategy.mechanism-co-construction', 'strategy', 'mechanism'],
  ['strategy.mutual-benefit', 'strategy', 'mechanism'],
  ['strategy.cultural-symbiosis', 'strategy', 'mechanism'],
  ['strategy.collaborative-innovation', 'strategy', 'mechanism'],
  ['strategy.international-cooperation', 'strategy', 'mechanism'],
  ['strategy.resource-sharing', 'strategy', 'operation'],
  ['strategy.talent-integration', 'strategy', 'operation'],
  ['strategy.curriculum-reform', 'strategy', 'operation'],
  ['strategy.quality-assurance', 'strategy', 'operation'],
  ['strategy.digitalization', 'strategy', 'operation'],
];

describe('the default taxonomy', () => {
  it('loads without a message and has the 23 categories of domain.md', () => {
    const { codebook, messages } = loadCodebook(readFileSync(DEFAULT_TAXONOMY_PATH, 'utf8'), 'default-taxonomy.yaml');
    expect(messages).toEqual([]);
    expect(codebook?.categories.map((c) => [c.id, c.facet, c.dimension])).toEqual(DOMAIN);
    expect(loadDefaultCodebook().categories).toHaveLength(23);
  });

  it('has English and Chinese labels and terms for every category', () => {
    for (const c of loadDefaultCodebook().categories) {
      expect(c.label.en.length, c.id).toBeGreaterThan(0);
      expect(c.label.zh.length, c.id).toBeGreaterThan(0);
      expect(c.include.filter((t) => t.language === 'en').length, c.id).toBeGreaterThanOrEqual(15);
      expect(c.include.filter((t) => t.language === 'zh').length, c.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('holds the policy vocabulary scholars use', () => {
    const all = new Set(loadDefaultCodebook().categories.flatMap((c) => c.include.map((t) => t.text)));
    for (const term of ['双师型', '校企合作', '实训基地', '产业学院', '现代学徒制', '订单班', '实施细则', '流于形式', '校热企冷', '利益共同体', '混合所有制', '产教融合型企业', '金融+财政+土地+信用', 'dual-qualified teachers', 'work-based learning', 'apprenticeship', 'order-based training', 'training base', 'industrial colleges', 'mere formality', 'win-win', 'community of interests']) {
      expect(all.has(term), term).toBe(true);
    }
  });

  it('is described for `taxonomy show`', () => {
    const text = describeCodebook(loadDefaultCodebook());
    expect(text.split('\n')[0]).toBe('Industry-education integration (default) (default-taxonomy.yaml)');
    expect(text).toContain('  problem.formal-agreements  Agreements without substance / 合作流于形式\n');
    expect(text).toContain('  [operation]\n');
  });
});
