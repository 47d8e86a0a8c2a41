/**
 * Text clean-up before a reference string is parsed: one line, single spaces, ASCII punctuation in
 * place of full-width punctuation (Chinese references mix both), no leading list number.
 * Every step is a single left-to-right pass or a regular expression without nested quantifiers.
 */

const FULL_WIDTH_PUNCT: Record<string, string> = {
  '，': ', ',
  '．': '. ',
  '。': '. ',
  '：': ': ',
  '；': '; ',
  '（': ' (',
  '）': ') ',
  '［': '[',
  '］': ']',
  '！': '! ',
  '？': '? ',
  '　': ' ',
  '／': '/',
  '“': '“',
  '”': '”',
};

/** Characters that look like spaces or are invisible in PDFs: replaced by a space or removed. */
const SPACE_LIKE = /[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Replaces full-width ASCII letters and digits by their ASCII forms and full-width punctuation by ASCII punctuation. */
function mapFullWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const mapped = FULL_WIDTH_PUNCT[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    // Full-width letters and digits: U+FF10-FF19, FF21-FF3A, FF41-FF5A.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += ch;
    }
  }
  return out;
}

/** One-line, single-spaced text with ASCII punctuation; keeps CJK characters and 〔〕 brackets. */
export function normalizeReference(raw: string): string {
  let s = raw.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ');
  s = mapFullWidth(s);
  s = s.replace(/\\&/g, '&');
  // Markup left in text exports: <italic>, </i>, <sup>.
  s = s.replace(/<\/?[a-zA-Z][a-zA-Z0-9-]{0,15}>/g, '');
  // Markdown emphasis (*Title.*) and co-authorship stars ("Bao Q *, Zhao Y*").
  s = s.replace(/\*/g, '');
  // PDF extraction artefacts: "Ku↵ner" (ff ligature), "Arbel´aez" (a spacing accent).
  s = s.replace(/↵/g, 'ff').replace(/(\p{L})[´`¨](\p{L})/gu, '$1$2');
  s = s.replace(/,(?:\s?,)+/g, ',');
  // "M.- C. Shan" -> "M.-C. Shan".
  s = s.replace(/(\p{Lu}\.-) (\p{Lu}\.)/gu, '$1$2');
  s = s.replace(/ {2,}/g, ' ').trim();
  // "Ko MS ,Yang SJ" -> "Ko MS, Yang SJ"; "George W . , III" -> "George W., III".
  s = s.replace(/ ([,;])/g, '$1');
  s = s.replace(/([,;])(\p{L})/gu, '$1 $2');
  s = s.replace(/([\p{L})\]]) ([.,;:])(?= |$)/gu, '$1$2');
  // Spaces opened by the full-width mapping next to other punctuation: "( 2019" / "2019 )".
  s = s.replace(/\( /g, '(').replace(/ \)/g, ')');
  s = s.replace(/ {2,}/g, ' ').trim();
  return s;
}

/** List markers a reference line may start with: [1], 1., (1), 1), ①, [A12]. */
const NUMBERING = /^(?:[•·▪■●◦‣∙*–—-]\s|\[\s?[A-Za-z]{0,3}\d{1,4}[a-z]?\s?\]|\[[A-Za-z][\w:+.-]{1,30}\d[\w:+.-]{0,20}\](?=\s)|\(\d{1,4}\)|\d{1,4}[.)](?=\s)|\d{1,3}\s(?=\p{Lu}|\p{Script=Han})|[\u2460-\u2473\u2776-\u277f\u2780-\u2793])\s?/u;

/**
 * Removes a leading list number from a normalised reference. A four-digit number followed by a
 * period is kept when it looks like a year ("1990. Title").
 */
export function stripNumbering(s: string): { text: string; label: string } {
  const m = NUMBERING.exec(s);
  if (!m) return { text: s, label: '' };
  const label = m[0].trim();
  if (/^\d{4}[.)]$/.test(label)) {
    const n = Number(label.slice(0, 4));
    if (n >= 1500 && n <= 2099) return { text: s, label: '' };
  }
  return { text: s.slice(m[0].length), label };
}
