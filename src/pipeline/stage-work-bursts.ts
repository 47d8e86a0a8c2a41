import type { Table } from '../export/csv.js';
import { toCsv } from '../export/csv.js';
import type { OutputFile } from '../export/write-files.js';
import type { Assignment, Work } from '../references/match/index.js';
import type { ThemesAnalysis } from '../themes/analyse-themes.js';
import { kleinbergBursts, type BurstOptions } from '../themes/bursts.js';
import { round } from '../themes/themes-tables.js';
import { compareStrings } from '../themes/vocabulary.js';
import type { YearTable } from '../themes/years.js';

/** A burst of citations to a cited work, in years of the citing documents. */
export interface WorkBurst {
  workId: string;
  citation: string;
  begin: number;
  end: number;
  strength: number;
  /** Documents citing the work (all years, dated or not). */
  documents: number;
}

/** Options of workBursts: the burst parameters of the term bursts, and the same floor. */
export interface WorkBurstOptions extends BurstOptions {
  /** Look at works cited by at least this many documents (default 2, as for terms). */
  minDocuments?: number;
}

/**
 * Kleinberg bursts of every cited work's yearly citing documents (documents of the year citing the
 * work among all the year's documents), strongest first, then work id, then begin. Documents
 * without a year are left out of the series; a document citing a work twice counts once.
 * @param match the works and where each reference went (`docId#position` keys)
 * @param years the corpus's year table (as the term bursts use it)
 * @param docIds the document id of each entry of `years.yearOf`
 * @param options s, γ, minimum duration, minimum citing documents
 */
export function workBursts(
  match: { works: readonly Pick<Work, 'id' | 'citation'>[]; assignments: readonly Pick<Assignment, 'key' | 'workId'>[] },
  years: Pick<YearTable, 'years' | 'docs' | 'yearOf'>,
  docIds: readonly string[],
  options: WorkBurstOptions = {},
): WorkBurst[] {
  const Y = years.years.length;
  if (Y < 2) return [];
  const minDocs = options.minDocuments ?? 2;
  const yearIndex = new Map<string, number>();
  docIds.forEach((id, i) => yearIndex.set(id, years.yearOf[i] ?? -1));
  const citing = new Map<string, Set<string>>();
  for (const a of match.assignments) {
    const docId = a.key.slice(0, a.key.lastIndexOf('#'));
    if (!yearIndex.has(docId)) continue;
    let set = citing.get(a.workId);
    if (!set) citing.set(a.workId, (set = new Set()));
    set.add(docId);
  }
  const out: WorkBurst[] = [];
  const series = new Int32Array(Y);
  for (const w of match.works) {
    const docs = citing.get(w.id);
    if (!docs || docs.size < minDocs) continue;
    series.fill(0);
    for (const d of docs) {
      const y = yearIndex.get(d) ?? -1;
      if (y >= 0) series[y]!++;
    }
    for (const b of kleinbergBursts(series, years.docs, options)) {
      out.push({ workId: w.id, citation: w.citation, begin: years.years[b.start] ?? 0, end: years.years[b.end] ?? 0, strength: b.strength, documents: docs.size });
    }
  }
  out.sort((a, b) => b.strength - a.strength || compareStrings(a.workId, b.workId) || a.begin - b.begin);
  return out;
}

/** work-bursts.csv: Kleinberg bursts of cited works, strongest first, with the parameters used (the columns of themes/bursts.csv). */
export function workBurstsTable(bursts: readonly WorkBurst[], params: { s: number; gamma: number; minDuration: number }): Table {
  return {
    header: ['rank', 'work_id', 'citation', 'begin', 'end', 'strength', 'documents', 's', 'gamma', 'min_duration'],
    rows: bursts.map((b, i) => [i + 1, b.workId, b.citation, b.begin, b.end, round(b.strength, 4), b.documents, params.s, params.gamma, params.minDuration]),
  };
}

/**
 * The work-bursts stage: citation bursts of the matched works over the years of the citing
 * documents, with the themes stage's year table and burst parameters. Writes output/work-bursts.csv.
 */
export function workBurstsStage(match: Parameters<typeof workBursts>[0], themes: Pick<ThemesAnalysis, 'index' | 'years' | 'burstOptions'>): OutputFile[] {
  const docIds = themes.index.docs.map((d) => d.id);
  const bursts = workBursts(match, themes.years, docIds, themes.burstOptions);
  return [{ path: 'work-bursts.csv', contents: toCsv(workBurstsTable(bursts, themes.burstOptions)) }];
}
