/** Document numbers of Chinese policy documents, in Chinese and in English transliteration. */

/** 国办发〔2017〕95号, 教职成〔2019〕13号, 京政办发［2005］37 号, 国发(2019)4号. */
export const ZH_DOC_NUMBER = /[\p{Script=Han}]{1,10}\s?[〔\[(（【]\s?\d{4}\s?[〕\])）】]\s?第?\s?\d{1,4}\s?号/u;

/** "Guo Ban Fa [2017] No. 95", "Jiao Zhi Cheng [2019] No. 13", "Guofa (2019) No. 4". */
export const EN_DOC_NUMBER = /\b[A-Z][a-z]{1,10}(?: [A-Z][a-z]{1,10}){0,4} ?[\[(]\d{4}[\])] ?(?:No\.|Number) ?\d{1,4}\b/;

/** Finds a document number in `s` and returns it with its position. */
export function findDocNumber(s: string): { number: string; start: number; end: number } | null {
  const m = ZH_DOC_NUMBER.exec(s) ?? EN_DOC_NUMBER.exec(s);
  if (!m) return null;
  return { number: m[0], start: m.index, end: m.index + m[0].length };
}
