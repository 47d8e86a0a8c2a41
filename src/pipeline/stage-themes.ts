import type { Doc } from '../core/doc.js';
import { toCsv } from '../export/csv.js';
import type { OutputFile } from '../export/write-files.js';
import { toXlsx } from '../export/xlsx.js';
import { analyseThemes, type ThemesAnalysis } from '../themes/analyse-themes.js';
import { toThemeDoc } from '../themes/theme-doc.js';
import { themesTables } from '../themes/themes-tables.js';
import { cooccurrenceGraphFiles } from './stage-cooccurrence.js';

/**
 * The themes stage: terms, phrases, groups, keyness, trends and bursts of the readable documents.
 * Writes output/themes/*.csv, output/themes/themes.xlsx with the same tables as sheets, and the
 * co-occurrence network's graph files (output/themes/cooccurrence.gexf, .graphml, .net, VOSviewer).
 */
export async function themesStage(docs: readonly Doc[], options: { vocabulary?: Iterable<string> } = {}): Promise<{ analysis: ThemesAnalysis; files: OutputFile[] }> {
  const ok = docs.filter((d) => d.status === 'ok');
  const analysis = analyseThemes(
    ok.map((d) => toThemeDoc(d)),
    options.vocabulary ? { vocabulary: options.vocabulary } : {},
  );
  const tables = themesTables(analysis);
  const files: OutputFile[] = tables.map(([name, table]) => ({ path: `themes/${name}.csv`, contents: toCsv(table) }));
  files.push({ path: 'themes/themes.xlsx', contents: await toXlsx(tables) });
  files.push(...cooccurrenceGraphFiles(analysis.network));
  return { analysis, files };
}
