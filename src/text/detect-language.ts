import type { Language } from '../core/doc.js';

/** Latin letters that weigh as much as one Han character (an English word of ~5 letters ≈ 1.7 characters). */
export const LATIN_LETTERS_PER_HAN = 3;
/** Share of Han characters (weighted, see below) from which a text is Chinese. */
export const ZH_SHARE = 0.6;
/** Share of Han characters up to which a text is English. */
export const EN_SHARE = 0.15;
/** Below this weighted amount of letters the language is 'unknown'. */
export const MIN_LETTERS = 10;

/**
 * Guesses the language of a text from its letters: h Han characters against l Latin letters, the
 * share being s = h / (h + l / 3) (three Latin letters weigh one Han character, so that a Chinese paper
 * with an English abstract and English references is still Chinese). 'zh' when s ≥ 0.6, 'en' when
 * s ≤ 0.15, 'mixed' between, 'unknown' when h + l / 3 < 10. Latin means the Latin script: a French
 * text is reported as 'en', the only Latin-script language the pipeline distinguishes.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) {
      han++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      latin++;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      // A high surrogate of the supplementary ideographic planes (U+20000–U+3FFFF).
      han++;
      i++;
    }
  }
  const weight = han + latin / LATIN_LETTERS_PER_HAN;
  if (weight < MIN_LETTERS) return 'unknown';
  const share = han / weight;
  if (share >= ZH_SHARE) return 'zh';
  if (share <= EN_SHARE) return 'en';
  return 'mixed';
}
