// Fuzz tests of the reference parser (parseReference and the `refs parse` command) and of the
// reference-list splitter (splitReferences).
import { describe, it } from 'vitest';
import type { Rng } from '../../src/graphs/rng.js';
import { parseReference } from '../../src/references/parse-reference.js';
import { splitReferences } from '../../src/references/split-references.js';
import { between, fuzzSettings, mutate, pick, randomText, runFuzz } from '../../src/testing/fuzz.js';
import { runCli } from '../helpers/cli.js';
import { MAX_MS } from './export-fuzz.js';
import { expectCases } from './fuzz-log.js';

const settings = fuzzSettings();

/** Reference strings in the styles the parser reads, written for these tests. */
const REFERENCES = [
  '[1] Y.Q. Duan. "Research on the integration of industry and education," Fortune Time, vol. 1, pp. 168-171, 2019.',
  'Smith, J. A., & Lee, K. (2019). Partnerships between firms and colleges. Journal of Vocational Policy, 12(3), 45–67. https://doi.org/10.1234/jvp.2019.045',
  'Brown, T. and Green, P. (2016) Work-based learning in England. 2nd edn. London: Routledge.',
  'Becker, Gary S. 1964. Human Capital. Chicago: University of Chicago Press.',
  '[2] 张三, 李四. 职业教育产教融合研究[J]. 教育研究, 2019, 39(12): 72-74.',
  '[3] 王立. 校企合作的制度逻辑[M]. 北京: 高等教育出版社, 2018: 15-20.',
  '[4] Wang L, Smith J. Vocational reform in China[J]. Comparative Education, 2020, 56(2): 201-220. DOI:10.1080/03050068.2020.1.',
  '国务院. 国务院关于印发国家职业教育改革实施方案的通知（国发〔2019〕4号）[EB/OL]. (2019-02-13)[2020-01-01]. http://www.gov.cn/x.htm.',
  '《中华人民共和国职业教育法》，2022年4月20日第十三届全国人民代表大会常务委员会第三十四次会议修订。',
  'Chen X, 2018, COMP EDUC REV, V62, P1, DOI 10.1086/695000',
  'OECD (2020), Education at a Glance 2020: OECD Indicators, OECD Publishing, Paris, https://doi.org/10.1787/69096873-en.',
  '12. Hendrycks D, Dietterich TG. Benchmarking neural network robustness. In: Proc ICLR; 2019. p. 1–16.',
  'Kalé, L., Skeel, R., (1999) J Comp Phys, 151, p. 283',
  '— (2005) Another book by the same author. Oxford: Clarendon.',
];
const TOKENS = ['[J]', '[M]', '//', '. ', ', ', '(2019)', '2019', 'pp. ', 'vol. ', 'doi:', 'https://doi.org/10.', '《', '》', '〔2019〕', '号', '[EB/OL]', ' and ', ' & ', 'et al.', '.—', '[1]', '1.', '①'];

/** A mutated reference: one of the seeds, damaged, occasionally swollen past the length limit. */
function mutatedReference(rng: Rng): string {
  const seed = rng() < 0.8 ? pick(rng, REFERENCES) : Array.from({ length: between(rng, 2, 4) }, () => pick(rng, REFERENCES)).join(' ');
  if (rng() < 0.15) return randomText(rng, between(rng, 0, 600), TOKENS);
  const m = mutate(seed, rng, { maxRounds: 3, maxHuge: rng() < 0.1 ? 25_000 : 3000, lineShare: 0.2 });
  return new TextDecoder().decode(m.bytes);
}

/** Checks a parsed reference: null, or CSL-JSON made of strings, numbers and name objects. */
function checkItem(raw: string): void {
  const item = parseReference(raw);
  if (item === null) return;
  if (typeof item !== 'object') throw new Error(`parseReference returned ${typeof item}`);
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) throw new Error(`field ${key} is undefined`);
    if (key === 'author' || key === 'editor') {
      if (!Array.isArray(value) || value.some((n) => !n || typeof n !== 'object' || Object.values(n).some((v) => typeof v !== 'string' || v === ''))) {
        throw new Error(`${key} is not a list of names: ${JSON.stringify(value)}`);
      }
    } else if (key === 'issued') {
      const parts = (value as { 'date-parts'?: unknown })['date-parts'];
      if (!Array.isArray(parts) || parts.some((p) => !Array.isArray(p) || p.some((n) => !Number.isInteger(n)))) throw new Error(`issued is not a CSL date: ${JSON.stringify(value)}`);
    } else if (typeof value === 'string' && value.trim() === '') {
      throw new Error(`field ${key} is an empty string`);
    }
  }
  if (JSON.stringify(parseReference(raw)) !== JSON.stringify(item)) throw new Error('parseReference gave two different answers for the same text');
}

describe('fuzz: reference parser', () => {
  it('parseReference: mutated and random reference strings give null or well-formed CSL-JSON, in time', async () => {
    const report = await runFuzz({
      name: 'parseReference',
      seed: 12_001,
      cases: settings.cases(1500),
      maxMs: 500,
      make: mutatedReference,
      check: checkItem,
      describe: (s) => `${s.length} characters: ${JSON.stringify(s.slice(0, 80))}`,
    });
    expectCases(report);
  });

  it('refs parse: one JSON line out for every line in, whatever the lines hold', async () => {
    const report = await runFuzz({
      name: 'refs parse',
      seed: 12_002,
      cases: settings.cases(25, 20),
      maxMs: MAX_MS * 5,
      make: (rng) => Array.from({ length: between(rng, 1, 60) }, () => mutatedReference(rng).replace(/\r?\n/g, ' ')),
      check: async (lines) => {
        const { code, out, err } = await runCli(['refs', 'parse'], { stdin: `${lines.join('\n')}\n` });
        if (code !== 0) throw new Error(`exit ${code}: ${err.slice(0, 300)}`);
        const rows = out.split('\n');
        if (rows.pop() !== '') throw new Error('the output does not end with a line break');
        if (rows.length !== lines.length) throw new Error(`${lines.length} lines in, ${rows.length} out`);
        for (const row of rows) {
          const value: unknown = JSON.parse(row);
          if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not a JSON object: ${row.slice(0, 100)}`);
        }
      },
      describe: (lines) => `${lines.length} lines`,
    });
    expectCases(report);
  });
});

/** A reference list as a document shows it: numbered or not, entries wrapped over lines, page furniture. */
function referenceBlock(rng: Rng): string {
  const style = pick(rng, ['[n]', 'n.', '(n)', '', '']);
  const lines: string[] = [];
  if (rng() < 0.5) lines.push(pick(rng, ['References', '参考文献', 'Bibliography']));
  for (let n = 1, k = between(rng, 1, 25); n <= k; n++) {
    const ref = pick(rng, REFERENCES).replace(/^(?:\[\d+\]|\d+\.)\s*/, '');
    const label = style.replace('n', String(n));
    const text = label ? `${label} ${ref}` : ref;
    if (rng() < 0.4) {
      const at = between(rng, 10, Math.max(10, text.length - 1));
      lines.push(text.slice(0, at), text.slice(at));
    } else lines.push(text);
    if (rng() < 0.05) lines.push(String(between(rng, 1, 400)));
  }
  return lines.join('\n');
}

describe('fuzz: reference-list splitter', () => {
  it('splitReferences: mutated and random lists give ordered spans inside the block, in time', async () => {
    const report = await runFuzz({
      name: 'splitReferences',
      seed: 13_001,
      cases: settings.cases(400),
      maxMs: MAX_MS,
      make: (rng) => {
        if (rng() < 0.15) return randomText(rng, between(rng, 0, 3000), [...TOKENS, '\n', '\n[', '\n1. ']);
        return new TextDecoder().decode(mutate(referenceBlock(rng), rng, { maxRounds: 3, maxHuge: 12_000, lineShare: 0.6 }).bytes);
      },
      check: (block) => {
        const spans = splitReferences(block);
        let last = 0;
        for (const s of spans) {
          if (typeof s.text !== 'string' || s.text.trim() === '') throw new Error(`an empty entry at ${s.offset}`);
          if (!(Number.isInteger(s.offset) && Number.isInteger(s.end) && s.offset >= last && s.offset < s.end && s.end <= block.length)) {
            throw new Error(`span [${s.offset}, ${s.end}) is out of order or outside the block of ${block.length} characters (previous end ${last})`);
          }
          last = s.end;
        }
      },
      describe: (b) => `${b.length} characters, ${b.split('\n').length} lines`,
    });
    expectCases(report);
  });
});
