import { cjkShare, flatKey } from './fold-text.js';

/** A Chinese document number: 国办发〔2017〕95号. */
export const DOC_NUMBER_ZH = /[\p{Script=Han}]{1,12}\s?[〔\[(（【［]\s?\d{4}\s?[〕\])）】］]\s?第?\s?\d{1,4}\s?号/gu;
/** A document number in pinyin: Guobanfa [2017] No. 95. */
export const DOC_NUMBER_EN = /\b[A-Z][a-z]{1,12}(?: [A-Z][a-z]{1,12}){0,4} ?[[(]\d{4}[\])] ?(?:No\.?|Number) ?\d{1,4}\b/g;
/** 关于印发《X》的通知, 关于转发X的通知: the notice that issues X. */
export const ISSUING_NOTICE = /关于(?:印发|转发|颁布|发布)\s?《?([^《》]{4,120}?)》?\s?的(?:通知|决定|公告)/u;
/** A bracketed part of a title: （2020—2023年）, (Trial), 【试行】; the inner text captured. */
export const BRACKETED = /[（(【[]([^（）()【】[\]]{1,40})[）)】\]]/gu;
/** "Notice of the State Council on Issuing the X": the notice that issues X (issuer and X captured). */
export const ENGLISH_NOTICE = /^notice (?:of ([^,]{2,80}?) )?on (?:issuing|printing and distributing|the issuance of) (?:the )?(.{10,200})$/i;

/** Long enough to name one policy document: five CJK characters or twelve letters. */
function longEnough(flat: string): boolean {
  return cjkShare(flat) >= 0.5 ? flat.length >= 5 : flat.length >= 12;
}

/**
 * Keys under which a policy document's title is compared: the title without quotes, 《》, document
 * number and a leading issuing body ("国务院办公厅关于…" -> "关于…"), and, for a notice that issues
 * another document (关于印发《X》的通知), X itself. Folded letters and digits only; too short
 * titles give no key. `loose` keys also drop bracketed parts ("（2020—2023年）", "(试行)"): for
 * finding a document named in text, not for telling editions apart.
 */
export function policyTitleKeys(title: string | undefined, loose = false): string[] {
  if (!title) return [];
  const bare = title.replace(DOC_NUMBER_ZH, ' ').replace(DOC_NUMBER_EN, ' ').trim();
  const variants: string[] = [bare];
  const about = bare.indexOf('关于');
  if (about > 0 && about <= 40) variants.push(bare.slice(about));
  const notice = ISSUING_NOTICE.exec(bare);
  if (notice?.[1]) variants.push(notice[1]);
  const inner = /^《([^《》]{4,200})》$/u.exec(bare.trim());
  if (inner?.[1]) variants.push(inner[1]);
  const en = ENGLISH_NOTICE.exec(bare.trim());
  if (en?.[2]) variants.push(en[2]);
  const keys: string[] = [];
  for (const v of variants) {
    let k = flatKey(loose ? v.replace(BRACKETED, ' ') : v);
    if (k.startsWith('the') && cjkShare(k) < 0.5) k = k.slice(3);
    if (longEnough(k) && !keys.includes(k)) keys.push(k);
  }
  return keys;
}
