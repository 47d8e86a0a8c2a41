import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CorpusLensError } from '../core/errors.js';

/**
 * Reads the minified d3 bundle (the UMD build that sets window.d3) from the installed d3 package, to
 * be inlined into the report page. Throws CorpusLensError('report-no-d3') when it cannot be found.
 */
export async function loadD3(): Promise<string> {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    // The package exports only its entry points; the UMD bundle sits beside the ES module one.
    file = join(dirname(require.resolve('d3')), 'd3.min.js');
    const source = await readFile(file, 'utf8');
    if (!source.includes('d3js.org')) throw new Error(`${file} does not look like d3`);
    if (/<\/script|<!--/i.test(source)) throw new Error(`${file} holds text that would end an inline script`);
    return source;
  } catch (err) {
    throw new CorpusLensError(
      'report-no-d3',
      `The report needs the d3 package (node_modules/d3/dist/d3.min.js), which could not be read: ${(err as Error).message}. Run npm ci in the corpus-lens folder.`,
    );
  }
}
