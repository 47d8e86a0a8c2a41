/**
 * Seeded fuzzing for tests: mutators that damage valid inputs the way real files get damaged (bit
 * flips, cut-off downloads, pasted junk, NUL bytes, invalid UTF-8, a record copied twice, a line lost,
 * a field of a megabyte, the wrong encoding), random inputs, and a runner that times every case and
 * names the seed and case number of a failure so that it can be run again alone.
 *
 * Every case draws from its own generator, seeded from (seed, case number), so case 731 is the same
 * input whether 10 or 20,000 cases run. Environment variables (read by fuzzSettings):
 * - FUZZ_CASES=n  run n cases in each loop (divided by the loop's cost) instead of the CI default;
 * - FUZZ_SEED=s   base seed instead of each loop's fixed one (a long campaign tries new inputs);
 * - FUZZ_CASE=k   run only case k (to reproduce a failure the runner reported);
 * - FUZZ_MAX_MS=t  time allowed for one case instead of each loop's own (a campaign on a busy machine).
 */
import { createRng, randomIndex, type Rng } from '../graphs/rng.js';

/** How many cases a fuzz loop runs, from which seed, and whether only one case is wanted. */
export interface FuzzSettings {
  /** Cases for a loop whose CI default is `ciDefault`; `cost` divides FUZZ_CASES for slow readers. */
  cases(ciDefault: number, cost?: number): number;
  /** The base seed: FUZZ_SEED when set, else the loop's own. */
  seed(fixed: number): number;
  /** FUZZ_CASE when set: the one case to run. */
  only: number | undefined;
  /** The time allowed for one case: FUZZ_MAX_MS when set, else the loop's own. */
  maxMs(fixed: number): number;
}

/** Reads FUZZ_CASES, FUZZ_SEED, FUZZ_CASE and FUZZ_MAX_MS (see the file comment). */
export function fuzzSettings(env: Record<string, string | undefined> = process.env): FuzzSettings {
  const int = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
  const total = int(env.FUZZ_CASES);
  const seed = int(env.FUZZ_SEED);
  const maxMs = int(env.FUZZ_MAX_MS);
  return {
    cases: (ciDefault, cost = 1) => (total === undefined ? ciDefault : Math.max(1, Math.ceil(total / cost))),
    seed: (fixed) => seed ?? fixed,
    only: int(env.FUZZ_CASE),
    maxMs: (fixed) => maxMs ?? fixed,
  };
}

/** The generator of case `n` of a loop seeded with `seed` (independent of how many cases run). */
export function caseRng(seed: number, n: number): Rng {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return createRng(h ^ (h >>> 15));
}

/** An integer in [lo, hi] (inclusive). */
export function between(rng: Rng, lo: number, hi: number): number {
  return lo + randomIndex(rng, hi - lo + 1);
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomIndex(rng, items.length)] as T;
}

/** `n` random bytes. */
export function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = randomIndex(rng, 256);
  return out;
}

/** Text of about `n` characters made of random pieces: format tokens, CJK, controls, line breaks. */
export function randomText(rng: Rng, n: number, tokens: readonly string[] = []): string {
  const pool = [...tokens, ...GENERIC_TOKENS];
  let out = '';
  while (out.length < n) {
    const r = rng();
    if (r < 0.5) out += pick(rng, pool);
    else if (r < 0.8) out += String.fromCharCode(between(rng, 0x20, 0x7e));
    else if (r < 0.9) out += String.fromCharCode(between(rng, 0x4e00, 0x9fa5));
    else out += String.fromCodePoint(between(rng, 0, rng() < 0.5 ? 0xff : 0x10ffff));
  }
  return out;
}

const GENERIC_TOKENS = ['\n', '\n\n', '\r\n', '\t', ' ', '  ', '"', "'", ',', ';', ':', '{', '}', '[', ']', '(', ')', '\\', '<', '>', '&', '%', '@', '#', '=', '-', '.', '\u0000', '\ufeff', '\u00a0', '\u3000', '\ufffd', '2021', '10.1000/x', '。', '，', '《', '》'];

/** Byte sequences that are not valid UTF-8: stray continuation, overlong, cut-off, surrogate, 0xFF. */
const BAD_UTF8: readonly number[][] = [[0x80], [0xbf], [0xc0, 0xaf], [0xe4, 0xb8], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe, 0xff], [0xf0, 0x9f]];

/** A byte-level mutation: takes the bytes and the case's generator, returns new bytes. */
type ByteMutation = (b: Uint8Array, rng: Rng, maxHuge: number) => Uint8Array;

function splice(b: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

/** The byte mutations by name; the name is reported with a failing case. */
export const BYTE_MUTATIONS: Readonly<Record<string, ByteMutation>> = {
  flip: (b, rng) => {
    const out = b.slice();
    for (let k = between(rng, 1, 8); k > 0 && out.length > 0; k--) out[randomIndex(rng, out.length)]! ^= 1 << randomIndex(rng, 8);
    return out;
  },
  truncate: (b, rng) => b.slice(0, randomIndex(rng, b.length + 1)),
  insert: (b, rng) => splice(b, randomIndex(rng, b.length + 1), 0, randomBytes(rng, between(rng, 1, 64))),
  delete: (b, rng) => {
    const at = randomIndex(rng, b.length + 1);
    return splice(b, at, Math.min(b.length - at, between(rng, 1, 256)), new Uint8Array(0));
  },
  duplicate: (b, rng) => {
    const from = randomIndex(rng, b.length + 1);
    const chunk = b.slice(from, from + between(rng, 1, 2048));
    return splice(b, randomIndex(rng, b.length + 1), 0, chunk);
  },
  nul: (b, rng) => splice(b, randomIndex(rng, b.length + 1), 0, new Uint8Array(between(rng, 1, 16))),
  'bad-utf8': (b, rng) => splice(b, randomIndex(rng, b.length + 1), 0, Uint8Array.from(pick(rng, BAD_UTF8))),
  huge: (b, rng, maxHuge) => {
    const from = randomIndex(rng, b.length + 1);
    const unit = b.length > 0 && rng() < 0.7 ? b.slice(from, from + between(rng, 1, 16)) : randomBytes(rng, between(rng, 1, 4));
    const out = new Uint8Array(Math.max(unit.length, between(rng, maxHuge >> 4, maxHuge)));
    for (let i = 0; i < out.length; i++) out[i] = unit[i % unit.length] as number;
    return splice(b, from, 0, out);
  },
};

/**
 * Most lines 'repeat-line' adds: a few thousand show whether one field or record costs more with
 * each line before it; tens of thousands of records only cost time (big inputs have their own tests).
 */
const MAX_REPEATED_LINES = 2000;

/** A line-level mutation of text: records and fields lost, copied, cut, swollen. */
type LineMutation = (lines: string[], rng: Rng, maxHuge: number) => string[];

/** The line mutations by name. */
export const LINE_MUTATIONS: Readonly<Record<string, LineMutation>> = {
  'delete-lines': (l, rng) => {
    const at = randomIndex(rng, l.length);
    return [...l.slice(0, at), ...l.slice(at + between(rng, 1, 3))];
  },
  'duplicate-lines': (l, rng) => {
    const from = randomIndex(rng, l.length);
    const chunk = l.slice(from, from + between(rng, 1, 40));
    const at = rng() < 0.5 ? from : randomIndex(rng, l.length + 1);
    return [...l.slice(0, at), ...chunk, ...l.slice(at)];
  },
  'swap-lines': (l, rng) => {
    const out = l.slice();
    const i = randomIndex(rng, out.length);
    const j = randomIndex(rng, out.length);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
    return out;
  },
  'huge-line': (l, rng, maxHuge) => {
    const out = l.slice();
    const i = randomIndex(rng, out.length);
    const line = out[i] ?? '';
    const unit = line.length > 0 && rng() < 0.7 ? line.slice(randomIndex(rng, line.length)).slice(0, 12) || line : pick(rng, ['a', 'x ', '中', '{', '"', ';', ',', '\t', 'Smith, J., ']);
    out[i] = line + unit.repeat(Math.ceil(between(rng, maxHuge >> 4, maxHuge) / unit.length));
    return out;
  },
  'repeat-line': (l, rng, maxHuge) => {
    // Thousands of short lines: a field continued over and over, a record copied many times.
    const i = randomIndex(rng, l.length);
    const line = l[i] ?? '';
    const unit = rng() < 0.5 ? line : line.slice(0, between(rng, 1, 8));
    const count = Math.min(MAX_REPEATED_LINES, Math.ceil(between(rng, maxHuge >> 4, maxHuge) / (unit.length + 1)));
    return [...l.slice(0, i + 1), ...Array.from({ length: count }, () => unit), ...l.slice(i + 1)];
  },
  'split-line': (l, rng) => {
    const out = l.slice();
    const i = randomIndex(rng, out.length);
    const line = out[i] ?? '';
    const at = randomIndex(rng, line.length + 1);
    out.splice(i, 1, line.slice(0, at), line.slice(at));
    return out;
  },
  'join-lines': (l, rng) => {
    if (l.length < 2) return l;
    const i = randomIndex(rng, l.length - 1);
    return [...l.slice(0, i), `${l[i]}${l[i + 1]}`, ...l.slice(i + 2)];
  },
  'blank-lines': (l, rng) => {
    const at = randomIndex(rng, l.length + 1);
    return [...l.slice(0, at), ...Array.from({ length: between(rng, 1, 5) }, () => pick(rng, ['', ' ', '\t', '\u3000'])), ...l.slice(at)];
  },
  'junk-line': (l, rng) => {
    const at = randomIndex(rng, l.length + 1);
    return [...l.slice(0, at), randomText(rng, between(rng, 1, 80)), ...l.slice(at)];
  },
};

/** Options of mutate(). */
export interface MutateOptions {
  /** Most mutations stacked on one input (at least one is applied). */
  maxRounds?: number;
  /** Longest run a 'huge' or 'huge-line' mutation inserts, in bytes or characters. */
  maxHuge?: number;
  /** Share of rounds that are line mutations of the UTF-8 text (0 for binary formats). */
  lineShare?: number;
}

/** A mutated input and the names of the mutations applied, in order (for failure reports). */
export interface Mutated {
  bytes: Uint8Array;
  applied: string[];
}

/**
 * Applies 1 to maxRounds random mutations to `seed` (bytes, or text taken as UTF-8): byte mutations,
 * and with lineShare > 0 line mutations of the text.
 */
export function mutate(seed: Uint8Array | string, rng: Rng, options: MutateOptions = {}): Mutated {
  const { maxRounds = 3, maxHuge = 100_000, lineShare = 0.5 } = options;
  let bytes = typeof seed === 'string' ? new TextEncoder().encode(seed) : seed;
  const applied: string[] = [];
  const byteNames = Object.keys(BYTE_MUTATIONS);
  const lineNames = Object.keys(LINE_MUTATIONS);
  for (let round = between(rng, 1, maxRounds); round > 0; round--) {
    if (rng() < lineShare) {
      const name = pick(rng, lineNames);
      const lines = new TextDecoder().decode(bytes).split('\n');
      bytes = new TextEncoder().encode((LINE_MUTATIONS[name] as LineMutation)(lines, rng, maxHuge).join('\n'));
      applied.push(name);
    } else {
      const name = pick(rng, byteNames);
      bytes = (BYTE_MUTATIONS[name] as ByteMutation)(bytes, rng, maxHuge);
      applied.push(name);
    }
  }
  return { bytes, applied };
}

/** Encodings encodeText writes. '-bom' adds a byte order mark; 'utf-16le' without one is how some tools save. */
export type FuzzEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom' | 'gb18030' | 'big5' | 'windows-1252';

/** Every encoding encodeText knows, for pick(). */
export const FUZZ_ENCODINGS: readonly FuzzEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be-bom', 'gb18030', 'big5', 'windows-1252'];

const DOUBLE_BYTE = new Map<string, Map<string, number>>();

/**
 * The two-byte table of a legacy CJK encoding, built once by decoding every lead/trail pair with
 * TextDecoder (so no table is copied into the code).
 */
function doubleByteTable(encoding: 'gb18030' | 'big5'): Map<string, number> {
  let table = DOUBLE_BYTE.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  DOUBLE_BYTE.set(encoding, table);
  return table;
}

/** Encodes text in a given encoding; characters the encoding lacks become '?'. */
export function encodeText(text: string, encoding: FuzzEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (encoding.startsWith('utf-16')) {
    const bom = encoding.endsWith('-bom') ? 2 : 0;
    const big = encoding.startsWith('utf-16be');
    const out = new Uint8Array(bom + text.length * 2);
    if (bom) out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[bom + 2 * i + (big ? 1 : 0)] = c & 0xff;
      out[bom + 2 * i + (big ? 0 : 1)] = c >> 8;
    }
    return out;
  }
  const bytes: number[] = [];
  const table = encoding === 'gb18030' || encoding === 'big5' ? doubleByteTable(encoding) : undefined;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) bytes.push(c);
    else if (!table) bytes.push(c <= 0xff && (c < 0x80 || c > 0x9f) ? c : 0x3f);
    else {
      const code = table.get(ch);
      if (code === undefined) bytes.push(0x3f);
      else bytes.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** What a fuzz loop measured. */
export interface FuzzReport {
  name: string;
  seed: number;
  cases: number;
  totalMs: number;
  slowestMs: number;
  slowestCase: number;
}

/** Options of runFuzz(). */
export interface FuzzLoop<T> {
  /** Names the loop in failure messages. */
  name: string;
  /** Base seed (FUZZ_SEED replaces it). */
  seed: number;
  /** Cases to run (use fuzzSettings().cases). */
  cases: number;
  /** Longest a case may take, in ms, input generation excluded (FUZZ_MAX_MS replaces it). */
  maxMs: number;
  /** Makes the input of one case from its own generator (asynchronously if it must, e.g. zipping). */
  make: (rng: Rng, n: number) => T | Promise<T>;
  /** Checks one case; throws (an assertion) when the property does not hold. */
  check: (input: T, n: number) => void | Promise<void>;
  /** Run once before the cases and not timed: loads what the first case would otherwise pay for (pdf.js). */
  warmUp?: () => void | Promise<void>;
  /** A short description of an input for failure messages (its mutations, its length). */
  describe?: (input: T) => string;
  settings?: FuzzSettings;
}

/**
 * Runs a fuzz loop: each case's input is made from caseRng(seed, n), checked and timed with
 * performance.now. A failing or slow case throws an Error naming the loop, the seed, the case
 * number and how to run that case alone.
 */
export async function runFuzz<T>(loop: FuzzLoop<T>): Promise<FuzzReport> {
  const settings = loop.settings ?? fuzzSettings();
  const seed = settings.seed(loop.seed);
  const maxMs = settings.maxMs(loop.maxMs);
  const report: FuzzReport = { name: loop.name, seed, cases: 0, totalMs: 0, slowestMs: 0, slowestCase: -1 };
  const first = settings.only ?? 0;
  const end = settings.only !== undefined ? settings.only + 1 : loop.cases;
  await loop.warmUp?.();
  for (let n = first; n < end; n++) {
    const input = await loop.make(caseRng(seed, n), n);
    const where = (): string =>
      `fuzz "${loop.name}" seed ${seed} case ${n}${loop.describe ? ` (${loop.describe(input)})` : ''}; run it alone with FUZZ_SEED=${seed} FUZZ_CASE=${n}`;
    const t0 = performance.now();
    try {
      await loop.check(input, n);
    } catch (err) {
      const cause = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      throw new Error(`${where()}\n${cause}`, { cause: err });
    }
    const ms = performance.now() - t0;
    if (ms > maxMs) throw new Error(`${where()}\ntook ${Math.round(ms)} ms, more than the ${maxMs} ms allowed for one input`);
    report.cases++;
    report.totalMs += ms;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestCase = n;
    }
  }
  return report;
}
