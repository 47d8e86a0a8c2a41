import type { InputFormat } from '../../core/registry.js';
import { bibtexFormat } from '../formats/bibtex.js';
import { cslJsonFormat } from '../formats/csl-json.js';
import { endnoteFormat } from '../formats/endnote.js';
import { refworksFormat } from '../formats/refworks.js';
import { risFormat } from '../formats/ris.js';
import { scopusCsvFormat } from '../formats/scopus-csv.js';
import { wosTabFormat } from '../formats/wos-tab.js';
import { wosPlainFormat } from '../formats/wos.js';

/**
 * The bibliographic export formats, in registration order. Their sniffs exclude one another, so the
 * order among them does not change detection; they must all come before the plain-text format
 * (`@txt/file`), which claims `.txt` by extension, because Web of Science, RIS, EndNote and RefWorks
 * exports are usually saved as .txt.
 */
export const EXPORT_FORMATS: readonly InputFormat[] = [
  wosPlainFormat,
  wosTabFormat,
  scopusCsvFormat,
  risFormat,
  bibtexFormat,
  cslJsonFormat,
  endnoteFormat,
  refworksFormat,
];
