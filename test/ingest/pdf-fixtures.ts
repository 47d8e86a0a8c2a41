// Shared fixtures of the PDF tests (not a test file itself).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { RawFile } from '../../src/core/registry.js';
import { layoutText, type PdfSpec, type PdfTextItem, wrapText, writePdf } from '../../src/testing/pdf-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-pdf-'));
// Registered in the root suite of each test file that imports this module.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the PDF to a temporary file and returns it as a RawFile. */
export function pdfFile(name: string, spec: PdfSpec | Uint8Array): RawFile {
  const bytes = spec instanceof Uint8Array ? spec : writePdf(spec);
  const absPath = join(dir, name);
  writeFileSync(absPath, bytes);
  return { path: `papers/${name}`, absPath, bytes };
}

export const TITLE = 'Rural Teachers and the Reform Agenda';
export const LEFT = [
  'Education policy research often',
  'compares national reforms across',
  'several decades of change.',
  '',
  'Teachers in rural schools report',
  'heavier workloads than before and',
  'ask for more support.',
];
export const RIGHT = [
  'Local governments answer with',
  'new funding schemes that favour',
  'schools in remote counties.',
  '',
  'The evidence on outcomes is',
  'mixed and rarely longitudinal.',
];

/** A page with a full-width title and two columns, written row by row or right column first. */
export function twoColumnPage(order: 'rows' | 'right-first'): { items: PdfTextItem[] } {
  const title: PdfTextItem = { x: 130, y: 720, text: TITLE, size: 18, font: 'sans-bold' };
  const left = layoutText(LEFT, { x: 72, yTop: 660, size: 10, leading: 12 });
  const right = layoutText(RIGHT, { x: 320, yTop: 660, size: 10, leading: 12 });
  if (order === 'right-first') return { items: [...right, title, ...left] };
  const items: PdfTextItem[] = [title];
  const byY = (list: PdfTextItem[], y: number): PdfTextItem[] => list.filter((it) => it.y === y);
  for (let y = 660; y > 500; y -= 12) items.push(...byY(left, y), ...byY(right, y));
  return { items };
}

export const ENGLISH = [
  'Vocational education in China has been reshaped by a series of national',
  'policies since 2014, each asking schools to work closely with firms.',
  '',
  'This paper reads forty of these documents and codes the problems they',
  'name and the strategies they propose.',
];

const PARA =
  'Education policy research often compares national reforms across several decades of change and asks what the ' +
  'documents name as problems and which strategies they propose to solve them in schools.';

export const LONG_LEFT = wrapText(`${PARA} ${PARA}`, 38);
export const LONG_RIGHT = wrapText(`${PARA.toUpperCase()} ${PARA}`, 38);

/** A full page of two columns without paragraph gaps (as most papers), written row by row or right column first. */
export function longTwoColumnPage(order: 'rows' | 'right-first'): { items: PdfTextItem[] } {
  const left = layoutText(LONG_LEFT, { x: 72, yTop: 700, size: 10, leading: 12 });
  const right = layoutText(LONG_RIGHT, { x: 320, yTop: 700, size: 10, leading: 12 });
  const title: PdfTextItem = { x: 150, y: 740, text: 'A Title', size: 18 };
  if (order === 'right-first') return { items: [...right, ...left, title] };
  const items: PdfTextItem[] = [title];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    if (l) items.push(l);
    if (r) items.push(r);
  }
  return { items };
}
