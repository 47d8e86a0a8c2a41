/**
 * Ingestion against real PDFs (../shared/data/pdfs): for each PDF with a ground-truth reference list,
 * the share of ground-truth first-author surnames found in the text corpus-lens extracted, next to the
 * share found in pdftotext's text (when poppler-utils is installed); and lines that still repeat at
 * the top or bottom of several pages (running headers that cleaning missed).
 *
 *   npm run build && node dist/scripts/eval-ingest.js [pdf-folder]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultReadOptions } from '../core/registry.js';
import { createRegistry } from '../ingest/index.js';
import { readDocument } from '../ingest/read-document.js';

interface GtRef {
  author?: string;
  text?: string;
}

/** Lower-case ASCII letters and digits only, as the shared scorer compares. */
export function squash(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The first author's surname of a BibTeX author field, or of a formatted reference. */
export function firstSurname(ref: GtRef): string {
  if (ref.author) {
    const first = (ref.author.split(/\s+and\s+/)[0] ?? '').replace(/\\.\{?|[{}"]/g, '').trim();
    if (first.includes(',')) return first.split(',')[0]!.trim();
    const parts = first.split(/\s+/);
    return parts[parts.length - 1] ?? '';
  }
  return (ref.text ?? '').split(/[\s,]/)[0] ?? '';
}

/** Lines found at the top or bottom (first/last two lines) of three or more pages. */
export function repeatedEdgeLines(text: string): string[] {
  const counts = new Map<string, number>();
  for (const page of text.split('\f')) {
    const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)]);
    for (const l of edge) {
      const k = l.replace(/\d+/g, '#');
      if (k.length < 4) continue;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 3).map(([k]) => k);
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the evaluation and prints a markdown table; returns the totals. */
export async function evalIngest(folder: string): Promise<{ ours: number; poppler: number; total: number; headers: number } | undefined> {
  const gtFile = join(folder, 'rvignettes', 'ground_truth_references.json');
  if (!existsSync(gtFile)) {
    console.log(`eval-ingest: ${gtFile} not found; skipped (the shared evaluation data is not present)`);
    return undefined;
  }
  const gt = JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, { pdf: string; references: GtRef[] }>;
  const registry = createRegistry();
  const poppler = hasPdftotext();
  console.log('| PDF | pages | GT references | first authors found (corpus-lens, pdf.js) | found (pdftotext) | repeated edge lines left |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const totals = { ours: 0, poppler: 0, total: 0, headers: 0 };
  for (const [stem, entry] of Object.entries(gt)) {
    const abs = resolve(folder, 'rvignettes', entry.pdf);
    const [doc] = await readDocument(
      { id: stem, path: basename(abs), absPath: abs, options: { ...defaultReadOptions, pdfEngine: 'pdfjs', maxFileBytes: 1 << 30, semicolonSentences: false } },
      registry,
    );
    const ours = squash(doc?.text ?? '');
    const theirs = poppler ? squash(execFileSync('pdftotext', ['-enc', 'UTF-8', abs, '-'], { maxBuffer: 1 << 28 }).toString('utf8')) : '';
    const names = entry.references.map(firstSurname).map(squash).filter(Boolean);
    const found = names.filter((n) => ours.includes(n)).length;
    const foundP = names.filter((n) => theirs.includes(n)).length;
    const left = repeatedEdgeLines(doc?.text ?? '');
    totals.ours += found;
    totals.poppler += foundP;
    totals.total += names.length;
    totals.headers += left.length;
    console.log(`| ${stem} | ${doc?.pageStarts.length ?? 0} | ${names.length} | ${found} | ${poppler ? foundP : 'n/a'} | ${left.length}${left.length ? ` (${left.slice(0, 3).join(' / ')})` : ''} |`);
  }
  console.log(`| all | | ${totals.total} | ${totals.ours} (${pct(totals.ours, totals.total)}) | ${poppler ? `${totals.poppler} (${pct(totals.poppler, totals.total)})` : 'n/a'} | ${totals.headers} |`);
  return totals;
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)} %` : '-';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv[2] ?? resolve('..', 'shared', 'data', 'pdfs');
  await evalIngest(folder);
}
