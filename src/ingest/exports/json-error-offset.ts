/** Skips JSON white space from `i`. */
function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** End of the string starting at text[i] === '"', or ~offset of its first error. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return ~j;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return ~j;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return ~j;
    }
  }
  return ~text.length;
}

/** End of the number, string or literal starting at text[i], or ~offset of its error. */
function scalarEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x22) return stringEnd(text, i);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return i + literal.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~i;
}

/**
 * The 0-based offset of the first JSON syntax error in `text` (text.length when it ends too early),
 * or -1 when it is valid JSON. Iterative, linear in the length, independent of how the JavaScript
 * engine words its JSON.parse errors (some give no position at all).
 */
export function jsonErrorOffset(text: string): number {
  const open: number[] = []; // 0x5b '[' or 0x7b '{' of the containers being read
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' = 'value';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return open.length === 0 && expect === 'comma-or-close' ? -1 : i;
    const c = text.charCodeAt(i);
    if (expect === 'value' || expect === 'value-or-close') {
      if (expect === 'value-or-close' && c === 0x5d) {
        open.pop();
        i++;
        expect = 'comma-or-close';
      } else if (c === 0x5b || c === 0x7b) {
        open.push(c);
        i++;
        expect = c === 0x5b ? 'value-or-close' : 'key-or-close';
      } else {
        const end = scalarEnd(text, i);
        if (end < 0) return ~end;
        i = end;
        expect = 'comma-or-close';
      }
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (expect === 'key-or-close' && c === 0x7d) {
        open.pop();
        i++;
        expect = 'comma-or-close';
      } else {
        if (c !== 0x22) return i;
        const end = stringEnd(text, i);
        if (end < 0) return ~end;
        i = end;
        expect = 'colon';
      }
    } else if (expect === 'colon') {
      if (c !== 0x3a) return i;
      i++;
      expect = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (c === 0x2c) {
        i++;
        expect = top === 0x5b ? 'value' : 'key';
      } else if (c === (top === 0x5b ? 0x5d : 0x7d)) {
        open.pop();
        i++;
      } else return i;
    }
  }
}
