// Fuzz tests of the plain-text readers: TXT (in several encodings), Markdown and HTML.
import { describe, it } from 'vitest';
import type { Rng } from '../../src/graphs/rng.js';
import type { InputFormat } from '../../src/core/registry.js';
import { htmlFormat } from '../../src/ingest/formats/html.js';
import { markdownFormat } from '../../src/ingest/formats/markdown.js';
import { txtFormat } from '../../src/ingest/formats/txt.js';
import { between, encodeText, FUZZ_ENCODINGS, fuzzSettings, mutate, pick, randomBytes, randomText, runFuzz, type FuzzEncoding, type Mutated } from '../../src/testing/fuzz.js';
import { readChecked, readThroughPipeline } from './check-reader.js';
import { MAX_MS } from './export-fuzz.js';
import { expectCases } from './fuzz-log.js';

const settings = fuzzSettings();

const EN = [
  'Vocational education reform and the labour market',
  'Education policy research often compares national reforms across several decades of change.',
  'Teachers in rural schools report heavier workloads than before and ask for more support.',
  'References',
  '[1] Becker, G. S. (1964). Human capital. Chicago: University of Chicago Press.',
];
const ZH = [
  '关于深化现代职业教育体系建设改革的意见',
  '第一条　为了推动职业教育高质量发展，制定本办法。',
  '一、总体要求',
  '（一）坚持产教融合、校企合作，着力解决实训基地不足的问题。',
  '参考文献',
  '[1] 张三, 李四. 职业教育改革研究[J]. 教育研究, 2019, 39(12): 72-74.',
];

/** Paragraphs of English and Chinese prose, blank lines between them. */
function prose(rng: Rng): string[] {
  const lines: string[] = [];
  for (let k = between(rng, 1, 12); k > 0; k--) {
    lines.push(pick(rng, rng() < 0.5 ? EN : ZH));
    if (rng() < 0.4) lines.push('');
  }
  return lines;
}

function markdown(rng: Rng): string {
  return [
    '---',
    'title: "A policy brief"',
    'author: [Wang Li, 张三]',
    'date: 2021-04-29',
    'doi: 10.1000/brief.1',
    '---',
    '',
    '# Heading one',
    '',
    ...prose(rng).map((l) => pick(rng, [l, `* ${l}`, `> ${l}`, `1. ${l}`, `**${l}**`, `_${l}_`, `[${l}](https://example.org/x "t")`, `\`${l}\``, `## ${l}`])),
    '',
    '| col a | col b |',
    '|---|:-:|',
    '| 1 | 职业 |',
    '',
    '```',
    'code <b>kept</b>',
    '```',
    '',
    '<div>inline <em>html</em></div>',
    '![figure](f.png)',
  ].join('\n');
}

function html(rng: Rng, charset: string | undefined): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh"><head>',
    charset ? pick(rng, [`<meta charset="${charset}">`, `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`]) : '',
    '<title>教育部关于职业教育的通知 &amp; notes</title>',
    '<meta name="citation_title" content="Vocational reform">',
    '<meta name="citation_author" content="Wang, Li">',
    '<meta name="citation_doi" content="10.1000/x.1">',
    '<style>p { color: red }</style><script>var a = "<p>no</p>";</script>',
    '</head><body>',
    '<nav><a href="/">Home</a></nav>',
    '<main><article>',
    ...prose(rng).map((l) => pick(rng, [`<p>${l}</p>`, `<h2>${l}</h2>`, `<li>${l}</li>`, `<div>${l}<br>${l}</div>`, `<table><tr><td>${l}</td><td>&nbsp;&#x4E2D;&#20013;&bogus;</td></tr></table>`, `<blockquote>${l}`])),
    '</article></main>',
    '<footer>© 2021</footer>',
    '</body></html>',
  ].join('\n');
}

/** WHATWG labels an HTML page may declare for each encoding encodeText writes. */
const LABELS: Record<FuzzEncoding, string | undefined> = {
  'utf-8': 'utf-8',
  'utf-8-bom': undefined,
  'utf-16le': undefined,
  'utf-16le-bom': 'utf-16',
  'utf-16be-bom': undefined,
  gb18030: 'gb2312',
  big5: 'big5',
  'windows-1252': 'iso-8859-1',
};

interface TextFamily {
  format: InputFormat;
  name: string;
  /** DocumentError codes the reader may throw. */
  codes: readonly string[];
  make: (rng: Rng, encoding: FuzzEncoding) => string;
  seed: number;
  tokens: readonly string[];
}

const FAMILIES: TextFamily[] = [
  { format: txtFormat, name: 'notes.txt', codes: ['binary-file'], make: (rng) => prose(rng).join(rng() < 0.5 ? '\n' : '\r\n'), seed: 9001, tokens: ['\f', '\u001a', '\u001b', '\r', '\v'] },
  { format: markdownFormat, name: 'brief.md', codes: ['binary-file'], make: markdown, seed: 9101, tokens: ['---\n', '#', '*', '_', '`', '```', '[', '](', '|', '<!--', '-->', '<div>', '\\'] },
  {
    format: htmlFormat,
    name: 'page.html',
    codes: ['binary-file', 'html-too-deep'],
    make: (rng, encoding) => html(rng, rng() < 0.8 ? LABELS[encoding] : pick(rng, ['utf-8', 'gbk', 'no-such-charset', 'utf-16be', 'x-user-defined'])),
    seed: 9201,
    tokens: ['<p>', '</p>', '<', '>', '</', '<!--', '-->', '<script>', '</script>', '&amp;', '&#', '&#x', ';', '<meta charset="', '">', '<main>', '<![CDATA['],
  },
];

for (const f of FAMILIES) {
  const id = f.format.id;
  describe(`fuzz: ${id}`, () => {
    it(`${id}: mutated documents in several encodings raise no error but a DocumentError, finish in time, and every problem has a place`, async () => {
      const report = await runFuzz<Mutated>({
        name: `${id} mutated`,
        seed: f.seed,
        cases: settings.cases(250),
        maxMs: MAX_MS,
        make: (rng) => {
          const encoding = pick(rng, FUZZ_ENCODINGS);
          const bytes = encodeText(f.make(rng, encoding), encoding);
          const m = mutate(bytes, rng, { maxRounds: 3, maxHuge: 60_000, lineShare: encoding === 'utf-8' ? 0.5 : 0 });
          return { bytes: m.bytes, applied: [encoding, ...m.applied] };
        },
        check: async (m) => {
          const out = await readChecked(f.format, f.name, m.bytes, f.codes);
          if (Array.isArray(out) && out.length !== 1) throw new Error(`${out.length} documents from one text file`);
          if (m.bytes.length > 0) await readThroughPipeline(m.bytes, f.name);
        },
        describe: (m) => `${m.applied.join(' + ')}; ${m.bytes.length} bytes`,
      });
      expectCases(report);
    });

    it(`${id}: random text and random bytes`, async () => {
      const report = await runFuzz({
        name: `${id} random`,
        seed: f.seed + 1,
        cases: settings.cases(120),
        maxMs: MAX_MS,
        make: (rng) => (rng() < 0.7 ? new TextEncoder().encode(randomText(rng, between(rng, 0, 6000), f.tokens)) : randomBytes(rng, between(rng, 0, 6000))),
        check: async (bytes) => {
          await readChecked(f.format, f.name, bytes, f.codes);
          if (bytes.length > 0) await readThroughPipeline(bytes, f.name);
        },
        describe: (b) => `${b.length} bytes`,
      });
      expectCases(report);
    });
  });
}
