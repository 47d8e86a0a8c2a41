/**
 * Loads pdf.js (the legacy build, which runs in Node) once per process and opens documents with the
 * options corpus-lens always uses: CMaps and standard font data from the installed package, no
 * eval, no font loading, no system fonts, no network, no console output.
 *
 * The legacy build carries core-js, which on Node 20 replaces Array.prototype.push (4x slower, for
 * every module of the process), JSON.parse and Function.prototype.toString with JavaScript versions,
 * for spec corner cases nobody here relies on. The loader imports pdf.js and its worker code up front
 * and puts the native functions back.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfjsModule> | undefined;
let assets: { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } | undefined;

let strayRejections = 0;

/** How many promise rejections pdf.js left unhandled in this process (see ignorePdfjsRejections). */
export function pdfjsStrayRejections(): number {
  return strayRejections;
}

/**
 * On some damaged files pdf.js's in-thread worker rejects a promise that nothing awaits (found by the
 * fuzz tests: "End of file inside dictionary" while it opens a file whose loading task still succeeds).
 * Node would end the process, losing every document read so far; the document's own outcome is
 * already reported through the loading task and the pages. So rejections raised inside pdf.js are
 * counted and dropped; any other unhandled rejection is thrown again, as Node would do.
 */
function ignorePdfjsRejections(): void {
  process.on('unhandledRejection', (reason) => {
    const stack = reason instanceof Error ? (reason.stack ?? '') : '';
    if (stack.includes(`pdfjs-dist${sep}`) || stack.includes('pdfjs-dist/')) {
      strayRejections++;
      return;
    }
    throw reason;
  });
}

/** The pdf.js module, imported on first use (with its worker code, run on this thread). */
export function loadPdfjs(): Promise<PdfjsModule> {
  if (pdfjsPromise === undefined) ignorePdfjsRejections();
  pdfjsPromise ??= keepingNatives(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Sets globalThis.pdfjsWorker, which pdf.js's in-thread ("fake") worker then uses. (A variable
    // specifier: the package ships no types for this module.)
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    await import(workerModule);
    return pdfjs;
  });
  return pdfjsPromise;
}

/** Runs an import and then restores the built-ins that core-js polyfills replace on Node 20. */
export async function keepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved: [object, string, unknown][] = [
    [Array.prototype, 'push', Array.prototype.push],
    [JSON, 'parse', JSON.parse],
    [Function.prototype, 'toString', Function.prototype.toString],
  ];
  try {
    return await load();
  } finally {
    for (const [owner, key, value] of saved) {
      if ((owner as Record<string, unknown>)[key] !== value) {
        Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
      }
    }
  }
}

/** Filesystem folders (ending in a separator, as pdf.js wants) of the package's CMaps, fonts and wasm. */
export function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const folder = (name: string): string => join(root, name) + sep;
    assets = { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') };
  }
  return assets;
}

/** Parameters for pdf.getDocument(); `data` is a private copy, since pdf.js takes over the buffer. */
export function documentParams(bytes: Uint8Array): Parameters<PdfjsModule['getDocument']>[0] {
  return {
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
