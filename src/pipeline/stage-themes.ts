import type { Doc } from '../core/doc.js';
import { toCsv } from '../export/csv.js';
import type { OutputFile } from '../export/write-files.js';
import { toXlsx } from '../export/xlsx.js';
import { analyseThemes, type ThemesAnalysis } from '../themes/analyse-themes.js';
import type { GroupTerms } from '../themes/groups.js';
import { toThemeDoc } from '../themes/theme-doc.js';
import { themesTables } from '../themes/themes-tables.js';
import { cooccurrenceGraphFiles } from './stage-cooccurrence.js';

/**
 * The themes stage: terms, phrases, groups, keyness, trends and bursts of the readable documents.
 * Returns the analysis and the co-occurrence network's graph files (output/themes/cooccurrence.gexf,
 * .graphml, .net, VOSviewer); the tables come from themesTableFiles.
 */
export async function themesStage(docs: readonly Doc[], options: { vocabulary?: Iterable<string> } = {}): Promise<{ analysis: ThemesAnalysis; files: OutputFile[] }> {
  const ok = docs.filter((d) => d.status === 'ok');
  const analysis = analyseThemes(
    ok.map((d) => toThemeDoc(d)),
    options.vocabulary ? { vocabulary: options.vocabulary } : {},
  );
  return { analysis, files: cooccurrenceGraphFiles(analysis.network) };
}

/**
 * The themes tables: output/themes/*.csv and themes.xlsx with the same tables as sheets. Written after
 * the graphs stage, so that groups.csv can hold the clusters' terms too (`extraGroups`).
 */
export async function themesTableFiles(analysis: ThemesAnalysis, extraGroups: readonly GroupTerms[] = []): Promise<OutputFile[]> {
  const tables = themesTables({ ...analysis, groups: [...analysis.groups, ...extraGroups] });
  const files: OutputFile[] = tables.map(([name, table]) => ({ path: `themes/${name}.csv`, contents: toCsv(table) }));
  files.push({ path: 'themes/themes.xlsx', contents: await toXlsx(tables) });
  return files;
}
