/**
 * Evaluation of term extraction on the Chinese vocational-education laws in
 * ../shared/data/zh-policy/*.md (when present): prints the top 30 terms (terms.csv, by frequency),
 * key terms (key-terms.csv, by log ratio against jieba's dictionary) and phrases, and checks that
 * 职业教育, 校企合作, 产教融合 and 实训基地 come out whole, in the top 30 key terms, and never as their
 * halves; prints their ranks in both tables. Then runs jieba's default dictionary alone (no domain
 * vocabulary) for comparison.
 *
 *   node dist/scripts/eval-themes.js [folder]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Section, Sentence } from '../core/doc.js';
import { analyseThemes } from '../themes/analyse-themes.js';
import { tokenPlaces } from '../themes/corpus-index.js';
import type { ThemeDoc } from '../themes/theme-doc.js';
import { createTokenizer } from '../themes/tokenize.js';

const CHECKED: Array<[string, string, string]> = [
  ['职业教育', '职业', '教育'],
  ['校企合作', '校企', '合作'],
  ['产教融合', '产教', '融合'],
  ['实训基地', '实训', '基地'],
];
const TOP = 30;

function defaultFolder(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, '../../../shared/data/zh-policy');
}

/** Reads a Markdown law text: body after the INFO END marker, headings as sections, sentences split at 。！？ and line ends. */
function readLaw(path: string, name: string): ThemeDoc {
  const raw = readFileSync(path, 'utf8');
  const marker = raw.indexOf('<!-- INFO END -->');
  const text = marker >= 0 ? raw.slice(marker + '<!-- INFO END -->'.length) : raw;
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) sections.push({ heading: heading[2] ?? '', number: '', level: (heading[1] ?? '#').length, offset: pos, end: text.length });
    let start = pos;
    for (let i = 0; i < line.length; i++) {
      if ('。！？；'.includes(line[i] ?? '')) {
        sentences.push({ offset: start, end: pos + i + 1 });
        start = pos + i + 1;
      }
    }
    if (start < pos + line.length) sentences.push({ offset: start, end: pos + line.length });
    pos += line.length + 1;
  }
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (!s) continue;
    const next = sections.slice(i + 1).find((n) => n.level <= s.level);
    if (next) s.end = next.offset;
  }
  const year = /\((\d{4})-\d{2}-\d{2}\)/.exec(name)?.[1];
  return { id: name.replace(/\.md$/, ''), path: name, kind: 'policy', year: year ? Number(year) : null, language: 'zh', text, sentences, sections, pageStarts: [0] };
}

function run(docs: ThemeDoc[], label: string, domainVocabulary: boolean): boolean {
  const t0 = performance.now();
  const tokenizer = createTokenizer({ domainVocabulary });
  const analysis = analyseThemes(docs, { tokenizer, phrases: { minFrequency: 3 } });
  const ms = performance.now() - t0;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`\n== ${label}: ${docs.length} documents, ${chars} characters, ${analysis.index.totalTokens} tokens, ${ms.toFixed(0)} ms`);
  console.log(`   jieba: ${tokenizer.stats.cjkChars} characters in ${tokenizer.stats.segmentMs.toFixed(0)} ms (dictionary load included)`);
  console.log(`\nTop ${TOP} terms (rank term frequency documents tfidf_mean):`);
  analysis.terms.slice(0, TOP).forEach((t, i) => console.log(`${String(i + 1).padStart(3)} ${t.form}\t${t.frequency}\t${t.documents}\t${t.tfidf.toFixed(5)}`));
  console.log(`\nTop ${TOP} key terms (rank term frequency documents reference_frequency log_ratio g2):`);
  analysis.keyTerms.slice(0, TOP).forEach((t, i) => console.log(`${String(i + 1).padStart(3)} ${t.form}\t${t.frequency}\t${t.documents}\t${t.referenceFrequency}\t${t.logRatio.toFixed(2)}\t${t.g2.toFixed(1)}`));
  console.log(`\nTop ${TOP} phrases (rank phrase frequency documents G2):`);
  analysis.phrases.phrases.slice(0, TOP).forEach((p, i) => console.log(`${String(i + 1).padStart(3)} ${p.form}\t${p.frequency}\t${p.documents}\t${p.g2.toFixed(1)}`));

  console.log(`\nChecks: every occurrence one token (never cut into halves); rank in key-terms.csv (near the top: ${TOP} or better) and in terms.csv:`);
  let ok = true;
  const rank = new Map(analysis.terms.map((t, i) => [t.term, i + 1]));
  const keyRank = new Map(analysis.keyTerms.map((t, i) => [t.term, i + 1]));
  const freq = new Map(analysis.terms.map((t) => [t.term, t.frequency]));
  for (const [whole, left, right] of CHECKED) {
    let occurrences = 0;
    let split = 0;
    analysis.index.docs.forEach((doc, d) => {
      const stream = analysis.index.streams[d];
      if (!stream) return;
      const s = { terms: stream.terms, ...tokenPlaces(stream) };
      let first = 0; // tokens are in offset order: the first one that ends after pos
      for (let pos = doc.text.indexOf(whole); pos >= 0; pos = doc.text.indexOf(whole, pos + 1)) {
        occurrences++;
        const end = pos + whole.length;
        while (first < s.terms.length && (s.ends[first] ?? 0) <= pos) first++;
        // a token boundary strictly inside the occurrence means it was cut
        for (let i = first; i < s.terms.length && (s.offsets[i] ?? 0) < end; i++) {
          const a = s.offsets[i] ?? 0;
          const b = s.ends[i] ?? 0;
          if ((a > pos && a < end) || (b > pos && b < end)) {
            split++;
            break;
          }
        }
      }
    });
    const k = keyRank.get(whole);
    const whole1 = split === 0;
    const near = k !== undefined && k <= TOP;
    ok &&= whole1 && near;
    console.log(
      `  ${whole1 && near ? 'PASS' : 'FAIL'} ${whole}: ${occurrences - split} of ${occurrences} occurrences whole; term frequency ${freq.get(whole) ?? 0}, key-terms rank ${k ?? '-'} (${near ? 'near the top' : 'NOT in the top ' + TOP}), terms.csv rank ${rank.get(whole) ?? '-'}; ` +
        `${left} alone ${freq.get(left) ?? 0} (rank ${rank.get(left) ?? '-'}), ${right} alone ${freq.get(right) ?? 0} (rank ${rank.get(right) ?? '-'})`,
    );
  }
  return ok;
}

/** Counts of deficiency and negation words with and without splitting the compounds that hold them. */
function deficiencyCounts(docs: ThemeDoc[]): void {
  const words = ['不足', '缺乏', '没有', '无法', '不够', '薄弱'];
  const count = (splitCompounds: boolean): string[] => {
    const a = analyseThemes(docs, { tokenizer: createTokenizer({ splitCompounds }), phrases: { nounPhraseChecks: 0 } });
    const f = new Map(a.terms.map((t) => [t.term, t.frequency]));
    return words.map((w) => `${w} ${f.get(w) ?? 0}`);
  };
  console.log(`\nDeficiency and negation words counted: compounds split (default): ${count(true).join(', ')}; not split: ${count(false).join(', ')}`);
}

function main(): void {
  const folder = process.argv[2] ?? defaultFolder();
  if (!existsSync(folder)) {
    console.log(`eval-themes: ${folder} is not there; nothing to evaluate (it lives in ../shared/data/zh-policy beside the checkout).`);
    return;
  }
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f !== 'MANIFEST.md')
    .sort();
  const docs = names.map((n) => readLaw(join(folder, n), n));
  if (docs.length === 0) {
    console.log(`eval-themes: no .md files in ${folder}.`);
    return;
  }
  const ok = run(docs, 'with the domain vocabulary (default)', true);
  deficiencyCounts(docs);
  run(docs, 'jieba default dictionary only (for comparison)', false);
  console.log(`\n${ok ? 'All checks passed' : 'Some checks FAILED'} (with the default vocabulary).`);
  if (!ok) process.exitCode = 1;
}

main();
