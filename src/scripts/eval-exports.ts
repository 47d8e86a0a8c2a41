/**
 * Reads every file under the shared export samples (../shared/data/exports, or the folder given as
 * the first argument) with the bibliographic export readers and prints, per file: the format
 * detected, records read, unreadable records, records with cited references, cited references, the
 * problems reported, and the counts the folders' MANIFEST.md files give. Then times a synthetic
 * 50,000-record Web of Science file.
 *
 *   npm run build && node dist/scripts/eval-exports.js [folder]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Extracted } from '../core/doc.js';
import { CorpusLensError } from '../core/errors.js';
import { defaultReadOptions, Registry } from '../core/registry.js';
import { EXPORT_FORMATS } from '../ingest/exports/export-formats.js';
import { isUnreadableRecord } from '../ingest/exports/export-record.js';
import { medlineFormat } from '../ingest/formats/medline.js';
import { wosPlainFormat } from '../ingest/formats/wos.js';

/** Counts stated in the MANIFEST.md files (records; cited references where stated). */
export const MANIFEST_COUNTS: Readonly<Record<string, { records?: number; refs?: number; note?: string }>> = {
  'bibliometrix/fixtures/wos_sample.txt': { records: 8, refs: 252 },
  'bibliometrix/fixtures/scopus_sample.csv': { records: 8 },
  'bibliometrix/fixtures/lens_sample.csv': { records: 8, note: 'References are Lens ids' },
  'bibliometrix/fixtures/openalex_sample.csv': { records: 8, note: 'no reference strings' },
  'litstudy/example.ris': { records: 25 },
  'litstudy/ieee.csv': { records: 10 },
  'litstudy/springer.csv': { records: 18 },
  'litstudy/scopus.csv': { records: 58, note: 'manifest: 3 rows with a non-empty References column' },
  'metaknowledge-wos/testFile.isi': { records: 34, refs: 883 },
  'metaknowledge-wos/docs_examples_savedrecs.txt': { records: 32, refs: 958 },
  'metaknowledge-wos/scopus_testing.csv.scopus': { records: 220 },
  'metaknowledge-wos/TwoPaper.isi': { records: 2 },
  'metaknowledge-wos/OnePaper.isi': { records: 1 },
  'metaknowledge-wos/badFile.isi': { note: 'deliberately malformed: a clear error, no good record lost' },
  // Not in the manifest: 175 `PMID- ` lines counted in the file; the last record is cut short in the file itself.
  'metaknowledge-wos/medline_test.medline': { records: 175, refs: 0, note: 'counted (175 PMID lines); MEDLINE lists no references; last record cut short' },
};

/** Files of the sample folders that are documentation, not exports. */
const SKIP = new Set(['MANIFEST.md', 'LICENSE', 'COPYING', 'expected_upstream.json']);

/** One row of the evaluation table. */
export interface ExportEvalRow {
  file: string;
  format: string;
  records: number;
  unreadable: number;
  withRefs: number;
  refs: number;
  problems: string;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (!SKIP.has(name)) out.push(abs);
    }
  };
  walk(root);
  return out;
}

/** Counts messages by severity and rule: 'error wos-truncated-file ×1; warning ... ×2'. */
function summarise(docs: readonly Extracted[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) for (const m of d.messages) counts.set(`${m.severity} ${m.rule}`, (counts.get(`${m.severity} ${m.rule}`) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k} ×${v}`)
    .join('; ');
}

/** Reads every export under `root` and returns one row per file. */
export async function evalExports(root: string): Promise<ExportEvalRow[]> {
  const registry = new Registry();
  for (const f of EXPORT_FORMATS) registry.addInput(f);
  registry.addInput(medlineFormat);
  const rows: ExportEvalRow[] = [];
  for (const abs of listFiles(root)) {
    const file = relative(root, abs).split('\\').join('/');
    const bytes = new Uint8Array(readFileSync(abs));
    const format = registry.detect(file, bytes.subarray(0, 4096));
    if (!format) {
      rows.push({ file, format: '(none)', records: 0, unreadable: 0, withRefs: 0, refs: 0, problems: 'no export reader claims it' });
      continue;
    }
    try {
      const docs = await format.read({ path: file, absPath: abs, bytes }, defaultReadOptions);
      rows.push({
        file,
        format: format.id,
        records: docs.length,
        unreadable: docs.filter(isUnreadableRecord).length,
        withRefs: docs.filter((d) => (d.references?.length ?? 0) > 0).length,
        refs: docs.reduce((s, d) => s + (d.references?.length ?? 0), 0),
        problems: summarise(docs),
      });
    } catch (err) {
      const code = err instanceof CorpusLensError ? err.code : 'crash';
      rows.push({ file, format: format.id, records: 0, unreadable: 0, withRefs: 0, refs: 0, problems: `file error ${code}: ${(err as Error).message}` });
    }
  }
  return rows;
}

/** A synthetic Web of Science export of `count` records, each with 40 cited references. */
export function syntheticWos(count: number): Uint8Array {
  const parts: string[] = ['\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n'];
  for (let i = 1; i <= count; i++) {
    const refs: string[] = [];
    for (let r = 0; r < 40; r++) refs.push(`${r === 0 ? 'CR' : '  '} Author${r} A, ${1950 + (r % 70)}, J SYNTH STUD, V${r}, P${i % 997}, DOI 10.9999/s.${i}.${r}`);
    parts.push(
      `PT J\nAU Zhang, S\n   Smith, J\nAF Zhang, San\n   Smith, John\nTI Synthetic record ${i} on vocational education policy\n` +
        `   and its implementation\nSO JOURNAL OF SYNTHETIC STUDIES\nLA English\nDT Article\nDE policy; vocational education\n` +
        `AB An abstract of record ${i}, long enough to look like one: it says what the study did and found.\n` +
        `${refs.join('\n')}\nNR 40\nTC ${i % 50}\nPY ${1990 + (i % 35)}\nDI 10.9999/synthetic.${i}\nUT WOS:${String(i).padStart(15, '0')}\nER\n\n`,
    );
  }
  parts.push('EF\n');
  return new TextEncoder().encode(parts.join(''));
}

async function main(): Promise<void> {
  const root = process.argv[2] ?? '../shared/data/exports';
  const out = (s: string): void => {
    process.stdout.write(`${s}\n`);
  };
  if (!existsSync(root)) {
    out(`${root} is not present: no export samples to evaluate (they live outside the repository).`);
  } else {
    const rows = await evalExports(root);
    out(`Export samples under ${root}\n`);
    out('| file | format | records | unreadable | with refs | cited refs | manifest | problems |');
    out('|---|---|---:|---:|---:|---:|---|---|');
    for (const r of rows) {
      const m = MANIFEST_COUNTS[r.file];
      const expected = m
        ? [
            m.records !== undefined ? `${m.records} records${r.records === m.records ? ' ✓' : ' ✗'}` : '',
            m.refs !== undefined ? `${m.refs} refs${r.refs === m.refs ? ' ✓' : ' ✗'}` : '',
            m.note ?? '',
          ]
            .filter((s) => s !== '')
            .join(', ')
        : '';
      out(`| ${r.file} | ${r.format} | ${r.records} | ${r.unreadable} | ${r.withRefs} | ${r.refs} | ${expected} | ${r.problems || '–'} |`);
    }
  }
  const bytes = syntheticWos(50_000);
  const t0 = performance.now();
  const docs = await wosPlainFormat.read({ path: 'synthetic.txt', absPath: '', bytes }, defaultReadOptions);
  const ms = performance.now() - t0;
  out(
    `\nSynthetic Web of Science file: ${docs.length} records, ${(bytes.length / 1e6).toFixed(1)} MB, ` +
      `${docs.reduce((s, d) => s + (d.references?.length ?? 0), 0)} cited references, read in ${(ms / 1000).toFixed(2)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
