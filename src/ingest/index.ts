import { Registry } from '../core/registry.js';
import { docxFormat } from './formats/docx.js';
import { htmlFormat } from './formats/html.js';
import { markdownFormat } from './formats/markdown.js';
import { medlineFormat } from './formats/medline.js';
import { pdfFormat } from './formats/pdf.js';
import { txtFormat } from './formats/txt.js';
import { EXPORT_FORMATS } from './exports/export-formats.js';

/**
 * Creates the registry of input formats for one run. Order matters for content sniffing: formats
 * with a signature (PDF, DOCX, HTML) come before the plain-text ones, which have none.
 */
export function createRegistry(): Registry {
  const registry = new Registry();
  registry.addInput(pdfFormat);
  registry.addInput(docxFormat);
  registry.addInput(htmlFormat);
  for (const format of EXPORT_FORMATS) registry.addInput(format);
  registry.addInput(medlineFormat); // signature `PMID- `, excludes the other exports' signatures
  registry.addInput(markdownFormat);
  registry.addInput(txtFormat);
  return registry;
}
