import { FACETS, type Codebook, type Term } from './codebook.js';

/** Terms shown per language and category. */
const SHOWN = 8;

/**
 * A plain-text description of a codebook for `corpus-lens taxonomy show`: its name and path, the
 * dimensions, then per facet and dimension each category with its labels, description, how many
 * terms, patterns and examples it has, and its first terms in each language.
 * @param codebook a loaded codebook
 */
export function describeCodebook(codebook: Codebook): string {
  const lines: string[] = [];
  const terms = codebook.categories.reduce((n, c) => n + c.include.length, 0);
  lines.push(`${codebook.name}${codebook.path ? ` (${codebook.path})` : ''}`);
  lines.push(`${codebook.categories.length} categories, ${terms} include terms; dimensions: ${codebook.dimensions.map((d) => `${d.id} (${d.label.en}${d.label.zh ? ` / ${d.label.zh}` : ''})`).join(', ')}`);
  const extraCues = codebook.cues.problem.length + codebook.cues.strategy.length;
  if (extraCues > 0) lines.push(`Cue words added to the built-in lists: ${codebook.cues.problem.length} problem, ${codebook.cues.strategy.length} strategy`);
  for (const facet of FACETS) {
    lines.push('');
    lines.push(facet === 'problem' ? 'PROBLEMS' : 'STRATEGIES');
    for (const dimension of codebook.dimensions) {
      const cats = codebook.categories.filter((c) => c.facet === facet && c.dimension === dimension.id);
      if (cats.length === 0) continue;
      lines.push(`  [${dimension.id}]`);
      for (const c of cats) {
        lines.push(`  ${c.id}  ${c.label.en}${c.label.zh ? ` / ${c.label.zh}` : ''}`);
        if (c.description) lines.push(`      ${c.description}`);
        const en = c.include.filter((t) => t.language === 'en');
        const zh = c.include.filter((t) => t.language === 'zh');
        lines.push(`      ${en.length} English and ${zh.length} Chinese terms, ${c.patterns.length} patterns, ${c.exclude.length} exclude terms, ${c.examples.length} examples`);
        if (en.length > 0) lines.push(`      en: ${sample(en)}`);
        if (zh.length > 0) lines.push(`      zh: ${sample(zh)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function sample(terms: readonly Term[]): string {
  const shown = terms.slice(0, SHOWN).map((t) => t.text);
  return terms.length > SHOWN ? `${shown.join(', ')}, … (${terms.length - SHOWN} more)` : shown.join(', ');
}
