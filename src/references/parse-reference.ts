import type { CslItem } from './csl.js';
import { normalizeReference, stripNumbering } from './normalize-reference.js';
import { parseCjk } from './parse-cjk.js';
import { GBT_MARKER, parseGbt } from './parse-gbt.js';
import { parseGeneral } from './parse-general.js';
import { parseWos } from './parse-wos.js';
import { findDocNumber } from './policy.js';
import { CJK_CHAR } from './script.js';

/** Longest reference string that is parsed; longer lines are not one reference. */
export const MAX_REFERENCE_LENGTH = 10000;

/** True when the text has the letters of a reference: at least four letters or two CJK characters. */
function hasEnoughLetters(s: string): boolean {
  let latin = 0;
  let cjk = 0;
  for (const ch of s) {
    if (CJK_CHAR.test(ch)) cjk++;
    else if (/\p{L}/u.test(ch)) latin++;
    if (latin >= 4 || cjk >= 2) return true;
  }
  return false;
}

/** Sets `language` from the script of the title (or the whole string) when it is CJK. */
function setLanguage(item: CslItem, text: string): void {
  if (item.language) return;
  const sample = item.title ?? text;
  if (/[\uac00-\ud7af]/u.test(sample)) item.language = 'ko';
  else if (/[\u3040-\u30ff]/u.test(sample)) item.language = 'ja';
  else if (CJK_CHAR.test(sample)) item.language = 'zh';
}

/**
 * Parses one free-text reference (a line of a reference list) into CSL-JSON. Reads numbered
 * styles (IEEE, Vancouver), author-year styles (APA, Harvard, Chicago, jss), GB/T 7714 in Chinese
 * and English, the Web of Science short form and Chinese policy documents. Returns null when the
 * text is not a reference (too short, no letters, nothing that reads as author, year or title).
 * Deterministic and pure; runs in time linear in the length of the line (lines over
 * MAX_REFERENCE_LENGTH characters return null).
 */
export function parseReference(raw: string): CslItem | null {
  if (typeof raw !== 'string') return null;
  if (raw.length > MAX_REFERENCE_LENGTH * 2) return null;
  const normal = normalizeReference(raw);
  if (normal.length < 6 || normal.length > MAX_REFERENCE_LENGTH) return null;
  if (!hasEnoughLetters(normal)) return null;
  const { text } = stripNumbering(normal);
  if (text.length < 4) return null;
  let item: CslItem | null = null;
  if (GBT_MARKER.test(text)) item = parseGbt(text);
  if (!item) item = parseWos(text);
  if (!item && CJK_CHAR.test(text.slice(0, 200)) && (/《|》/.test(text) || findDocNumber(text) !== null || !/[A-Za-z]{4,}/.test(text))) {
    item = parseCjk(text);
  }
  if (!item) item = parseGeneral(text);
  if (!item) return null;
  setLanguage(item, text);
  return item;
}
