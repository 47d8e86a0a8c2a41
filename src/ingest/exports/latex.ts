/** Combining marks of the LaTeX accent commands: \'e, \"o, \v{c}, \c{c}, ... */
const ACCENTS = new Map<string, string>(Object.entries({
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
}));

/** Letters and symbols written as commands: \ss, \o, \ae, \&, \textendash, ... */
const SYMBOLS = new Map<string, string>(Object.entries({
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  textasciitilde: '~',
  textbackslash: '\\',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  copyright: '©',
  textdegree: '°',
  textbullet: '•',
  textellipsis: '…',
  ldots: '…',
  dots: '…',
  S: '§',
  P: '¶',
  pounds: '£',
  euro: '€',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  omega: 'ω',
  Omega: 'Ω',
  times: '×',
  pm: '±',
  le: '≤',
  ge: '≥',
  infty: '∞',
}));

/** One-character escapes: \& → &. */
const ESCAPES = new Set(['&', '%', '$', '#', '_', '{', '}', ' ', ',', ';', '!', '-', '/', '@', '\\']);

/** Commands whose argument is kept as text: \emph{x} → x. Others with an argument keep it too. */
const SPACE_COMMANDS = new Set(['quad', 'qquad', 'enspace', 'thinspace', 'space', 'newline', 'linebreak', 'par']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/**
 * Converts the LaTeX of a BibTeX value to plain Unicode text: accents ({\"o}, \"{o}, \'e → ö, é),
 * letter commands (\ss, \o, \ae), escapes (\&, \%, \_), dashes (-- → –, --- → —), ties (~ → space),
 * TeX quotes (`` '' → “ ”); formatting commands (\emph{x}, \textbf{x}) keep their argument, math
 * delimiters ($) and grouping braces are dropped. Linear in the length of the text.
 */
export function latexToUnicode(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) {
        i++;
        continue;
      }
      const mark = ACCENTS.get(next);
      if (mark !== undefined && !(isLetter(next) && isLetter(text[i + 2]))) {
        // Accent: its argument is the next character, a {group}, or \i / \j (dotless i, j: plain i, j).
        let j = i + 2;
        while (isLetter(next) && text[j] === ' ') j++;
        let base = '';
        if (text[j] === '{') {
          const close = text.indexOf('}', j + 1);
          const inner = (close < 0 ? text.slice(j + 1) : text.slice(j + 1, close)).trim();
          base = inner === '\\i' || inner === '\\j' ? (inner[1] as string) : latexToUnicode(inner);
          j = close < 0 ? n : close + 1;
        } else if (text[j] === '\\' && (text[j + 1] === 'i' || text[j + 1] === 'j') && !isLetter(text[j + 2])) {
          base = text[j + 1] as string;
          j += 2;
        } else if (j < n) {
          base = text[j] as string;
          j++;
        }
        out += base === '' ? '' : `${base.slice(0, 1)}${mark}${base.slice(1)}`;
        i = j;
        continue;
      }
      if (isLetter(next)) {
        let j = i + 1;
        while (isLetter(text[j])) j++;
        const name = text.slice(i + 1, j);
        // A command name ends at a non-letter; one following space is part of it.
        const symbol = SYMBOLS.get(name);
        if (text[j] === ' ' && symbol !== undefined) j++;
        if (symbol !== undefined) out += symbol;
        else if (SPACE_COMMANDS.has(name)) out += ' ';
        i = j;
        continue;
      }
      if (ESCAPES.has(next)) {
        out += next === ' ' || next === ',' || next === ';' || next === '!' || next === '\\' ? ' ' : next === '-' || next === '/' ? '' : next;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (ch === '{' || ch === '}' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '~') {
      out += ' ';
      i++;
      continue;
    }
    if (ch === '-' && text[i + 1] === '-') {
      if (text[i + 2] === '-') {
        out += '—';
        i += 3;
      } else {
        out += '–';
        i += 2;
      }
      continue;
    }
    if (ch === '`' && text[i + 1] === '`') {
      out += '“';
      i += 2;
      continue;
    }
    if (ch === "'" && text[i + 1] === "'") {
      out += '”';
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  return out.normalize('NFC');
}

/**
 * Light clean-up for values that are not prose (DOIs, URLs, page ranges, cited references): drops
 * grouping braces and unescapes \& \% \_ \# \$ \{ \}; dashes and ties are left as written.
 */
export function latexLight(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== undefined && '&%_#${}'.includes(next)) {
        out += next;
        i++;
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '{' || ch === '}') continue;
    out += ch;
  }
  return out;
}
