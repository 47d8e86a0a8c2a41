/**
 * Benchmark of the themes stage on generated text (seeded, the same on every run):
 *   - English tokenising and stemming on 50 MB, against plain regular-expression tokenisers in the same run;
 *   - Chinese segmentation (jieba with the domain vocabulary) in characters per second;
 *   - TF-IDF of 10,000 documents (about 50 MB): tokenising, then the typed-array matrix;
 *   - linearity: one document 10 times longer should take about 10 times longer.
 * Each part runs in a child process so that its peak memory (max RSS) is its own.
 *
 *   node dist/scripts/bench-themes.js [--mb 50] [--docs 10000]
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyseThemes } from '../themes/analyse-themes.js';
import { createRng as rng } from '../graphs/rng.js';
import { indexCorpus } from '../themes/corpus-index.js';
import { computeTfIdf } from '../themes/tfidf.js';
import type { ThemeDoc } from '../themes/theme-doc.js';
import { TokenBuffer } from '../themes/token-buffer.js';
import { createTokenizer } from '../themes/tokenize.js';


const EN_WORDS = `the of and to in a is that for on with as by be this are it from at or which an not
education vocational school enterprise cooperation integration industry college colleges teachers teacher
training students student policy policies government local system systems lack insufficient funding funds
practice practical talent talents development developing developed reform curriculum curricula quality
evaluation platform platforms digital resources resource sharing mechanism mechanisms problem problems need
needs motivation enterprises benefit benefits cost costs apprenticeship apprenticeships internship internships
base bases skills skilled employment market economy regional province provincial national ministry
implementation implementing rules incentive incentives tax land finance management governance responsibility`
  .split(/\s+/)
  .filter((w) => w);
const SYLLABLES = 'ka ri to me su na lo pe vi ra de mo ti ne sa ku be lu fa gi ho ja ze xo wa ye qu ci'.split(' ');
const ZH_WORDS = `的 和 在 是 了 不 与 对 职业教育 产教融合 校企合作 实训基地 双师型教师 现代学徒制 产业学院 人才培养 企业 学校 高校 政府 政策
机制 体制 问题 缺乏 不足 需要 建设 推进 深化 加强 完善 建立 健全 支持 鼓励 发展 改革 创新 服务 质量 评价 标准 课程 专业 教师 学生 实习
资源 共享 平台 经费 投入 税收 土地 金融 激励 地方 国家 省 市 区域 行业 组织 协会 管理 治理 责任 合作 协议 形式 动力 积极性 效益 成本`
  .split(/\s+/)
  .filter((w) => w);

/** A Zipf-like vocabulary: the real words first, then generated words (many types, as in real corpora). */
function vocabulary(random: () => number, types: number): string[] {
  const words = [...EN_WORDS];
  while (words.length < types) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'ka';
    if (random() < 0.3) w += ['s', 'ing', 'ed', 'ation', 'ment'][Math.floor(random() * 5)] ?? '';
    words.push(w);
  }
  return words;
}

function zipfSampler(random: () => number, n: number): () => number {
  const cum = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += 1 / (i + 1);
    cum[i] = s;
  }
  return () => {
    const x = random() * s;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A seeded generator of English text (ASCII): sentences of 8-25 words drawn from a Zipf distribution
 * over 40,000 words (the real words of EN_WORDS first, then made-up ones), capitals, commas, 3 %
 * hyphenated compounds (3,000 of them, Zipf), 2 % years. Each piece is written into one reusable
 * byte buffer and decoded, so that generating costs no more memory than the text itself.
 */
class EnglishGenerator {
  private readonly random: () => number;
  private readonly words: Buffer[];
  private readonly pick: () => number;
  private readonly compounds: Buffer[] = [];
  private readonly pickCompound: () => number;
  private buffer = Buffer.allocUnsafe(1 << 16);

  constructor(seed: number) {
    this.random = rng(seed);
    this.words = vocabulary(this.random, 40000).map((w) => Buffer.from(w, 'latin1'));
    this.pick = zipfSampler(this.random, this.words.length);
    for (let i = 0; i < 3000; i++) {
      this.compounds.push(Buffer.concat([this.word(), Buffer.from('-'), this.word()]));
    }
    this.pickCompound = zipfSampler(this.random, this.compounds.length);
  }

  private word(): Buffer {
    return this.words[this.pick()] ?? Buffer.from('ka');
  }

  /** About `chars` characters of text (whole sentences, cut at `chars`). */
  text(chars: number): string {
    const need = Math.ceil(chars) + 256;
    if (this.buffer.length < need) this.buffer = Buffer.allocUnsafe(need);
    const out = this.buffer;
    const random = this.random;
    let size = 0;
    while (size < chars) {
      const n = 8 + Math.floor(random() * 18);
      for (let i = 0; i < n && size < chars; i++) {
        if (i > 0) {
          if (random() < 0.06) out[size++] = 0x2c;
          out[size++] = 0x20;
        }
        if (i > 0 && random() < 0.02) {
          size += out.write(String(1990 + Math.floor(random() * 35)), size, 'latin1');
          continue;
        }
        const w = i > 0 && random() < 0.03 ? (this.compounds[this.pickCompound()] ?? this.word()) : this.word();
        out.set(w, size);
        if (i === 0) out[size] = (out[size] ?? 0x61) - 32;
        size += w.length;
      }
      out[size++] = 0x2e;
      if (random() < 0.1) {
        out[size++] = 0x0a;
        out[size++] = 0x0a;
      } else out[size++] = 0x20;
    }
    return out.toString('latin1', 0, Math.min(size, Math.ceil(chars)));
  }
}

/** About `mb` million characters of English in pieces of `piece` characters. */
function englishPieces(mb: number, seed: number, piece = 1 << 20): string[] {
  const gen = new EnglishGenerator(seed);
  const out: string[] = [];
  for (let done = 0; done < mb * 1e6; done += piece) out.push(gen.text(Math.min(piece, mb * 1e6 - done)));
  return out;
}

/** Chinese text of about `chars` characters from the word list, with punctuation and some numbers. */
function chineseText(chars: number, seed: number): string {
  const random = rng(seed);
  const pick = zipfSampler(random, ZH_WORDS.length);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const n = 6 + Math.floor(random() * 14);
    let s = '';
    for (let i = 0; i < n; i++) s += (ZH_WORDS[pick()] ?? '的') + (random() < 0.08 ? '，' : '');
    if (random() < 0.1) s += `${2000 + Math.floor(random() * 25)}年`;
    s += random() < 0.85 ? '。' : '。\n';
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

function doc(id: string, text: string, year: number | null): ThemeDoc {
  return { id, kind: 'paper', year, language: 'en', text, sentences: [], sections: [], pageStarts: [0] };
}

/** Runs `f` and returns [wall ms, CPU ms of this process]: CPU time is steadier on a busy machine. */
function timed(f: () => void): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return [performance.now() - t0, (c.user + c.system) / 1000];
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

type Result = Record<string, number | string>;

/** MB/s from a size and [wall, cpu] milliseconds: "wall / cpu". */
function rates(mb: number, [wall, cpu]: [number, number]): string {
  return `${round(mb / (wall / 1000), 1)} / ${round(mb / (cpu / 1000), 1)}`;
}

function phaseEnglish(mb: number): Result {
  const pieces = englishPieces(mb, 1);
  gc();
  const size = pieces.reduce((n, p) => n + p.length, 0) / 1e6;
  const out: Result = { mb: round(size, 1), rssTextMb: round(process.memoryUsage().rss / 1048576, 0) };
  let n = 0;
  out.regexAscii = rates(size, timed(() => {
    const ascii = /[A-Za-z0-9]+/g;
    for (const text of pieces) for (let m = ascii.exec(text); m; m = ascii.exec(text)) n++;
  }));
  n = 0;
  out.regexUnicodeLower = rates(size, timed(() => {
    const unicode = /[\p{L}\p{N}]+/gu;
    for (const text of pieces) {
      for (let m = unicode.exec(text); m; m = unicode.exec(text)) {
        m[0].toLowerCase();
        n++;
      }
    }
  }));
  out.regexTokens = n;

  const tokenizer = createTokenizer();
  const buffer = new TokenBuffer(1 << 16);
  const chunk = 5000;
  let tokens = 0;
  const scanAll = (): void => {
    tokens = 0;
    for (const text of pieces) {
      for (let i = 0; i < text.length; i += chunk) {
        buffer.clear();
        tokenizer.scan(text, i, Math.min(text.length, i + chunk), buffer);
        tokens += buffer.length;
      }
    }
  };
  const t = timed(scanAll);
  out.scan = rates(size, t);
  out.scanMtokensPerS = round(tokens / 1e6 / (t[1] / 1000), 2);
  out.tokens = tokens;
  out.types = tokenizer.lexicon.surfaces.length;
  out.scanAgain = rates(size, timed(scanAll));
  // Token objects (the API the taxonomy coder calls), on the first 10 MB
  const part = pieces.slice(0, 10);
  const partMb = part.reduce((x, p) => x + p.length, 0) / 1e6;
  out.tokenObjects = rates(partMb, timed(() => {
    for (const text of part) for (let i = 0; i < text.length; i += chunk) tokenizer.tokenize(text, i, Math.min(text.length, i + chunk));
  }));
  out.peakRssMb = round(maxRssMb(), 0);
  return out;
}

function phaseChinese(chars: number): Result {
  const text = chineseText(chars, 2);
  gc();
  const tokenizer = createTokenizer();
  const buffer = new TokenBuffer(1 << 16);
  tokenizer.tokenize('预热');
  const load = tokenizer.stats.segmentMs;
  tokenizer.stats.segmentMs = 0;
  tokenizer.stats.cjkChars = 0;
  const [wall, cpu] = timed(() => {
    for (let i = 0; i < text.length; i += 2000) {
      buffer.clear();
      tokenizer.scan(text, i, Math.min(text.length, i + 2000), buffer);
    }
  });
  return {
    chars: text.length,
    mb: round(Buffer.byteLength(text, 'utf8') / 1e6, 1),
    dictionaryLoadMs: round(load, 0),
    tokenize: `${round(text.length / (wall / 1000), 0)} / ${round(text.length / (cpu / 1000), 0)}`,
    jiebaCharsPerS: round(tokenizer.stats.cjkChars / (tokenizer.stats.segmentMs / 1000), 0),
    peakRssMb: round(maxRssMb(), 0),
  };
}

function phaseTfIdf(docs: number): Result {
  const random = rng(3);
  const gen = new EnglishGenerator(4);
  const list: ThemeDoc[] = [];
  for (let i = 0; i < docs; i++) list.push(doc(`d${i}`, gen.text(2500 + Math.floor(random() * 5000)), 2000 + (i % 20)));
  gc();
  const mb = list.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const rssBefore = process.memoryUsage().rss / 1048576;
  const peakBefore = maxRssMb();
  const measure = (positions: boolean): { index: [number, number]; tfidf: [number, number]; tokens: number; nnz: number } => {
    const tokenizer = createTokenizer();
    let index: ReturnType<typeof indexCorpus> | undefined;
    const ti = timed(() => {
      index = indexCorpus(list, tokenizer, { positions });
    });
    if (!index) throw new Error('no index');
    const ix = index;
    let nnz = 0;
    const tm = timed(() => {
      nnz = computeTfIdf(
        ix.streams.map((s) => s.terms),
        ix.termCount,
        { counted: ix.counted, lengths: ix.docTokens },
      ).termIds.length;
    });
    return { index: ti, tfidf: tm, tokens: ix.totalTokens, nnz };
  };
  const positions = process.argv.includes('--no-positions') ? false : true;
  const r = measure(positions);
  const peak = maxRssMb();
  return {
    docs,
    positions: positions ? 'with' : 'without',
    mb: round(mb, 1),
    tokens: r.tokens,
    nnz: r.nnz,
    index: `${round(r.index[0], 0)} / ${round(r.index[1], 0)}`,
    tfidf: `${round(r.tfidf[0], 0)} / ${round(r.tfidf[1], 0)}`,
    total: `${round(r.index[0] + r.tfidf[0], 0)} / ${round(r.index[1] + r.tfidf[1], 0)}`,
    rssTextMb: round(rssBefore, 0),
    peakRssMb: round(peak, 0),
    peakWasGeneration: peak <= peakBefore ? 'yes' : 'no',
  };
}

function phaseLinear(): Result {
  const out: Result = {};
  const gen = new EnglishGenerator(5);
  const short = gen.text(1e6);
  const long = gen.text(10e6);
  const run = (text: string): number =>
    timed(() => {
      analyseThemes([doc('one', text, 2020)], { phrases: { nounPhraseChecks: 0 } });
    })[1];
  run(gen.text(2e5));
  const a = run(short);
  const b = run(long);
  out.en1MBms = round(a, 0);
  out.en10MBms = round(b, 0);
  out.enRatio = round(b / a, 2);
  const zs = chineseText(2e5, 7);
  const zl = chineseText(2e6, 7);
  const tk = createTokenizer();
  tk.tokenize('预热');
  const seg = (text: string): number => timed(() => tk.tokenize(text))[1];
  const c = seg(zs);
  const d = seg(zl);
  out.zh200kMs = round(c, 0);
  out.zh2MMs = round(d, 0);
  out.zhRatio = round(d / c, 2);
  out.peakRssMb = round(maxRssMb(), 0);
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function main(): void {
  const phase = process.argv[process.argv.indexOf('--phase') + 1];
  if (process.argv.includes('--phase')) {
    const mb = arg('--mb', 50);
    const docs = arg('--docs', 10000);
    const result =
      phase === 'en' ? phaseEnglish(mb) : phase === 'zh' ? phaseChinese(arg('--chars', 5e6)) : phase === 'tfidf' ? phaseTfIdf(docs) : phaseLinear();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const script = fileURLToPath(import.meta.url);
  const pass = process.argv.slice(2);
  const results: Record<string, Result> = {};
  for (const name of ['en', 'zh', 'tfidf', 'tfidf-np', 'linear']) {
    const p = name === 'tfidf-np' ? 'tfidf' : name;
    const extra = name === 'tfidf-np' ? ['--no-positions'] : [];
    const child = spawnSync(process.execPath, ['--expose-gc', script, '--phase', p, ...extra, ...pass], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      process.stderr.write(`phase ${name} failed:\n${child.stderr}\n`);
      process.exitCode = 1;
      continue;
    }
    results[name] = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Result;
  }
  const en = results.en ?? {};
  const zh = results.zh ?? {};
  const tf = results.tfidf ?? {};
  const tn = results['tfidf-np'] ?? {};
  const lin = results.linear ?? {};
  const lines = [
    `Node ${process.version}, ${process.platform} ${process.arch}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; generated text, seeded.`,
    'Rates are "wall / CPU": CPU time of the process, steadier when other work shares the machine.',
    '',
    '| measurement | result | peak RSS |',
    '|---|---|---|',
    `| regex /[A-Za-z0-9]+/g, ${en.mb} MB English | ${en.regexAscii} MB/s | |`,
    `| regex /[\\p{L}\\p{N}]+/gu + toLowerCase | ${en.regexUnicodeLower} MB/s (${en.regexTokens} tokens) | |`,
    `| themes tokenizer, first pass (tokens, lower case, memoised Porter stems, stop flags) | ${en.scan} MB/s, ${en.scanMtokensPerS} M tokens/s CPU (${en.tokens} tokens, ${en.types} word types) | ${en.peakRssMb} MB (phase; ${en.rssTextMb} MB with the text alone) |`,
    `| themes tokenizer, same text again (every type memoised) | ${en.scanAgain} MB/s | |`,
    `| themes tokenize() returning Token objects (first 10 MB) | ${en.tokenObjects} MB/s | |`,
    `| Chinese, ${zh.chars} characters (${zh.mb} MB UTF-8): whole tokenizer | ${zh.tokenize} chars/s | ${zh.peakRssMb} MB |`,
    `| Chinese: jieba cut alone (wall) | ${zh.jiebaCharsPerS} chars/s (dictionary load ${zh.dictionaryLoadMs} ms) | |`,
    `| ${tf.docs} documents, ${tf.mb} MB, ${tf.tokens} tokens: tokenise + index (with positions) | ${tf.index} ms | |`,
    `| same: TF-IDF matrix (${tf.nnz} non-zeros) | ${tf.tfidf} ms (total ${tf.total} ms) | ${tf.peakRssMb} MB (${tf.rssTextMb} MB with the text alone; peak set by generation: ${tf.peakWasGeneration}) |`,
    `| same corpus, index without positions + TF-IDF | ${tn.index} + ${tn.tfidf} ms (total ${tn.total} ms) | ${tn.peakRssMb} MB (${tn.rssTextMb} MB with the text alone) |`,
    `| linearity, analyseThemes on one English document: 1 MB → 10 MB (CPU) | ${lin.en1MBms} ms → ${lin.en10MBms} ms (× ${lin.enRatio}) | |`,
    `| linearity, Chinese tokenize: 0.2 M → 2 M characters (CPU) | ${lin.zh200kMs} ms → ${lin.zh2MMs} ms (× ${lin.zhRatio}) | ${lin.peakRssMb} MB |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
