import type { Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import { lineColumnAt } from '../../core/place.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { cslToRecord } from '../exports/csl-record.js';
import { decodeExport, exportMessage, finishExport } from '../exports/export-file.js';
import { toExtracted, unreadableRecord } from '../exports/export-record.js';
import { headText } from '../exports/head-text.js';
import { jsonErrorOffset } from '../exports/json-error-offset.js';

/** CSL item types, for a sniff that does not take any JSON with a "type" key. */
const CSL_TYPES =
  'article|article-journal|article-magazine|article-newspaper|bill|book|broadcast|chapter|classic|collection|dataset|document|entry|entry-dictionary|entry-encyclopedia|event|figure|graphic|hearing|interview|legal_case|legislation|manuscript|map|motion_picture|musical_score|pamphlet|paper-conference|patent|performance|periodical|personal_communication|post|post-weblog|regulation|report|review|review-book|software|song|speech|standard|thesis|treaty|webpage';
const TYPE_VALUE = new RegExp(`"type"\\s*:\\s*"(?:${CSL_TYPES})"`);

/**
 * CSL-JSON: the text begins with '[' or '{', has a "type" whose value is a CSL item type, and a
 * "title", "author", "issued" or "container-title" key.
 */
export function sniffCslJson(head: Uint8Array): boolean {
  const text = headText(head).trimStart();
  if (!(text.startsWith('[') || text.startsWith('{'))) return false;
  return TYPE_VALUE.test(text) && /"(?:title|author|issued|container-title)"\s*:/.test(text);
}

/** Line and column (1-based) of the first JSON syntax error, found by jsonErrorOffset. */
function errorPlace(text: string): { line: number; column: number } | undefined {
  const offset = jsonErrorOffset(text);
  return offset < 0 ? undefined : lineColumnAt(text, offset);
}

/** An object with a "type" and a "title" or an "id": what every CSL item has. */
function looksLikeItem(item: unknown): boolean {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
  const o = item as Record<string, unknown>;
  return typeof o.type === 'string' && (o.title !== undefined || o.id !== undefined);
}

/** Reads the items of a CSL-JSON file (an array of items, a single item, or {"items": [...]}) into one Extracted each. */
async function readCslJson(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    const at = errorPlace(decoded.text);
    throw new DocumentError(
      'csl-json-syntax',
      `${file.path} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}, so none of its items could be read`,
      { note: 'Export the items again as CSL JSON, or fix the file at that place (a missing comma, bracket or quote).', ...at },
    );
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object' && Array.isArray((data as Record<string, unknown>).items)) {
    items = (data as Record<string, unknown>).items as unknown[];
  } else if (data && typeof data === 'object') items = [data];
  else items = [];
  if (!items.some(looksLikeItem)) {
    throw new DocumentError('csl-json-not-items', `${file.path} holds JSON but no CSL items (objects with "type" and "title" or "id")`, {
      note: 'Export the items again as CSL JSON, or remove the file from the corpus.',
    });
  }
  const out: Extracted[] = items.map((item, i) => {
    const record = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return unreadableRecord(record, 'csl', [
        exportMessage(
          'error',
          'csl-malformed-record',
          file.path,
          `Item ${record} is ${item === null ? 'null' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}, not a CSL item (an object with fields)`,
          { record },
          'Export the items again as CSL JSON.',
        ),
      ]);
    }
    return toExtracted(cslToRecord(item as Record<string, unknown>, record, []), file.path);
  });
  return finishExport(file, decoded, out, [], { rule: 'csl-json-not-items', label: 'CSL-JSON', note: 'Export the items again as CSL JSON.' });
}

/** CSL-JSON (.json; Zotero, Mendeley and citeproc exports): one document per item. */
export const cslJsonFormat: InputFormat = {
  id: '@csl/json',
  label: 'CSL-JSON (.json)',
  extensions: ['.json'],
  sniff: sniffCslJson,
  read: readCslJson,
};
