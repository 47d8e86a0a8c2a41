/**
 * Evaluation of taxonomy coding on the labelled passages of eval/taxonomy/passages.csv (id, language,
 * text, category, split, batch; an empty category means "no category"). The `split` column divides
 * the passages into a development half (whose coded passages are the default codebook's examples,
 * on which its classifier is trained) and a test half; without it, within each language and
 * category, in file order, the 1st, 3rd, 5th ... passage is dev and the 2nd, 4th ... is test.
 * Test passages are also reported by `batch` (writing round). Prints, for dev, test and all: macro-F1
 * over the 23 categories, Cohen's kappa, Krippendorff's alpha, precision on the passages the tool
 * gives a category, coverage, accuracy; then F1 per category.
 *
 *   node dist/scripts/eval-taxonomy.js [passages.csv] [--errors] [--multi] [--threshold 1] [--classifier-weight 3] [--codebook file.yaml]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { agree, type Agreement, type Label } from '../taxonomy/agree.js';
import type { Codebook } from '../taxonomy/codebook.js';
import { createCoder, type CodeLanguage } from '../taxonomy/create-coder.js';
import { loadDefaultCodebook } from '../taxonomy/default-codebook.js';
import { loadCodebook } from '../taxonomy/load-codebook.js';

interface Passage {
  id: string;
  language: CodeLanguage;
  text: string;
  category: string | null;
  split: 'dev' | 'test';
  /** Writing round (see eval/taxonomy/README.md); '' when the file has no batch column. */
  batch: string;
}

function defaultPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, '../../eval/taxonomy/passages.csv');
}

function readPassages(path: string): Passage[] {
  const rows = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const counters = new Map<string, number>();
  return rows.map((r) => {
    const category = (r.category ?? '').trim() || null;
    const language = (r.language ?? 'en').trim() as CodeLanguage;
    const group = `${language}\u0000${category ?? ''}`;
    const n = counters.get(group) ?? 0;
    counters.set(group, n + 1);
    const given = (r.split ?? '').trim();
    const split = given === 'dev' || given === 'test' ? given : n % 2 === 0 ? 'dev' : 'test';
    return { id: (r.id ?? '').trim(), language, text: r.text ?? '', category, split, batch: (r.batch ?? '').trim() };
  });
}

function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): boolean => args.includes(name);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !['--threshold', '--codebook', '--classifier-weight'].includes(args[i - 1] ?? ''));
  const path = positional[0] ?? defaultPath();
  if (!existsSync(path)) {
    process.stderr.write(`The labelled passages ${path} are missing: give the path of a CSV with columns id, language, text, category.\n`);
    process.exit(2);
  }
  let codebook: Codebook;
  const codebookPath = value('--codebook');
  if (codebookPath) {
    const loaded = loadCodebook(readFileSync(codebookPath, 'utf8'), codebookPath);
    for (const m of loaded.messages) process.stderr.write(`${m.severity}: ${m.reason} (line ${m.place?.line ?? '?'})\n`);
    if (!loaded.codebook) process.exit(2);
    codebook = loaded.codebook;
  } else {
    codebook = loadDefaultCodebook();
  }
  const threshold = value('--threshold');
  const weight = value('--classifier-weight');
  const coder = createCoder(codebook, {
    multi: flag('--multi'),
    ...(threshold ? { threshold: Number(threshold) } : {}),
    ...(weight ? { classifierWeight: Number(weight) } : {}),
  });
  const passages = readPassages(path);
  const categories = codebook.categories.map((c) => c.id);

  const toolLabels = new Map<string, Label[]>();
  const abstained = new Set<string>();
  const started = performance.now();
  for (const p of passages) {
    const codes = coder.code(p.text, p.language);
    const labels = codes.filter((c) => c.category !== null).map((c) => ({ id: p.id, category: c.category }));
    if (codes.some((c) => c.category === null)) abstained.add(p.id);
    toolLabels.set(p.id, labels.length > 0 ? labels : [{ id: p.id, category: null }]);
  }
  const ms = performance.now() - started;

  const results: Array<[string, Agreement, Passage[]]> = [];
  const batches = [...new Set(passages.map((p) => p.batch).filter((b) => b !== ''))].sort();
  const groups: Array<[string, (p: Passage) => boolean]> = [
    ['dev', (p) => p.split === 'dev'],
    ['test', (p) => p.split === 'test'],
    ['all', () => true],
    ...batches.map((b): [string, (p: Passage) => boolean] => [`test b${b}`, (p) => p.split === 'test' && p.batch === b]),
  ];
  for (const [split, keep] of groups) {
    const subset = passages.filter(keep);
    const human = subset.map((p) => ({ id: p.id, category: p.category }));
    const tool = subset.flatMap((p) => toolLabels.get(p.id) ?? []);
    results.push([split, agree(tool, human, { categories }), subset]);
  }

  const en = passages.filter((p) => p.language === 'en').length;
  const zh = passages.length - en;
  const none = passages.filter((p) => p.category === null).length;
  process.stdout.write(`Taxonomy coding: ${path}\n`);
  process.stdout.write(`${passages.length} passages (${en} English, ${zh} Chinese; ${none} with no category), codebook "${codebook.name}" (${categories.length} categories), ${coder.options.multi ? 'multi' : 'single'} mode, threshold ${coder.options.threshold}, classifier weight ${coder.options.classifierWeight}; ${ms.toFixed(0)} ms\n\n`);
  process.stdout.write('split     passages  macro-F1  kappa   alpha   precision(coded)  coverage  accuracy  abstained\n');
  for (const [split, a, subset] of results) {
    const accuracy = a.percentAgreement;
    const abst = subset.filter((p) => abstained.has(p.id)).length;
    process.stdout.write(
      `${pad(split, 10)}${pad(String(a.items), 10)}${pad(fmt(a.macroF1), 10)}${pad(fmt(a.kappa), 8)}${pad(fmt(a.alpha), 8)}${pad(`${fmt(a.precision)} (${a.toolCoded})`, 18)}${pad(fmt(a.coverage), 10)}${pad(fmt(accuracy), 10)}${abst}\n`,
    );
  }
  process.stdout.write('\nF1 per category (dev / test / all; support in the human coding)\n');
  const [dev, test, all] = results.slice(0, 3).map((r) => r[1]);
  for (const id of categories) {
    const f = (a: Agreement | undefined): string => fmt(a?.perCategory.find((c) => c.category === id)?.f1, 2);
    const support = all?.perCategory.find((c) => c.category === id)?.human ?? 0;
    process.stdout.write(`  ${pad(id, 38)} ${pad(f(dev), 6)}${pad(f(test), 6)}${pad(f(all), 6)} n=${support}\n`);
  }
  if (flag('--errors')) {
    process.stdout.write('\nDisagreements (split, id, human → tool): text\n');
    for (const p of passages) {
      const tool = (toolLabels.get(p.id) ?? []).map((l) => l.category ?? '(none)').join('+');
      const human = p.category ?? '(none)';
      if (tool !== human) process.stdout.write(`  ${p.split} ${p.id} ${human} → ${tool}${abstained.has(p.id) ? ' [tie]' : ''}: ${p.text}\n`);
    }
  }
}

main();
