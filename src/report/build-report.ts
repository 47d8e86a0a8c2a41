import type { Message } from '../core/message.js';
import type { OutputFile } from '../export/write-files.js';
import { buildFigures } from './figures/build-figures.js';
import { createPngRenderer } from './figures/render-png.js';
import { renderSvg } from './figures/render-svg.js';
import { renderPage } from './html-page.js';
import { loadD3 } from './load-d3.js';
import { readReportData } from './read-report-data.js';

/** Options of buildReport. */
export interface ReportOptions {
  /** A font file with Chinese glyphs for the PNG figures; by default the system's is looked for. */
  fontPath?: string;
  /** Write the PNG figures (default true). */
  png?: boolean;
  /** Pixels per figure unit in the PNG figures (default 2). */
  pngScale?: number;
}

/**
 * Builds the report of an output folder from the tables a run wrote there: report/index.html (one
 * self-contained page) and figures/<name>.svg and .png. Reads only; returns the files (paths relative
 * to the output folder) for the caller to write, and the problems met (stage `report`). Throws
 * UsageError('report-not-output') when the folder is not an output folder.
 */
export async function buildReport(outDir: string, options: ReportOptions = {}): Promise<{ files: OutputFile[]; messages: Message[] }> {
  const { data, messages } = await readReportData(outDir);
  const d3 = await loadD3();
  const scenes = buildFigures(data);
  const figures: OutputFile[] = scenes.map((s) => ({ path: `figures/${s.name}.svg`, contents: renderSvg(s) }));
  if (options.png !== false && scenes.length > 0) {
    const png = await createPngRenderer({ ...(options.fontPath ? { fontPath: options.fontPath } : {}), ...(options.pngScale ? { scale: options.pngScale } : {}) });
    messages.push(...png.messages);
    if (png.renderer) {
      for (const s of scenes) figures.push({ path: `figures/${s.name}.png`, contents: png.renderer.render(s) });
      messages.push(...png.renderer.finish(scenes));
    }
  }
  // The page lists what went wrong while building it, after the notes on absent tables.
  for (const m of messages) data.notes.push(`${m.reason}${m.note ? ` ${m.note}` : ''}`);
  const files: OutputFile[] = [{ path: 'report/index.html', contents: renderPage(data, d3) }, ...figures];
  return { files, messages };
}
