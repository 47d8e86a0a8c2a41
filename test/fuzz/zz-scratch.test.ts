import { it } from 'vitest';
import { appendFileSync, writeFileSync } from 'node:fs';
import type { Rng } from '../../src/graphs/rng.js';
import { caseRng, between, mutate, pick, randomText } from '../../src/testing/fuzz.js';
import { splitReferences } from '../../src/references/split-references.js';
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

it('v', async () => {
  const variants: Array<[string, string]> = [
    ['Hendrycks + OE C10000', 'Hendrycks D, Dietterich TG. B\nOE' + 'C'.repeat(10000)],
    ['Hendrycks + C10000', 'Hendrycks D, Dietterich TG. B\n' + 'C'.repeat(10000)],
    ['Hendrycks + C20000', 'Hendrycks D, Dietterich TG. B\n' + 'C'.repeat(20000)],
    ['Smith D + C10000', 'Smith D\n' + 'C'.repeat(10000)],
    ['Smith + C10000', 'Smith\n' + 'C'.repeat(10000)],
    ['D. + C10000', 'D.\n' + 'C'.repeat(10000)],
    ['a + C10000', 'a\n' + 'C'.repeat(10000)],
    ['C10000 alone', 'C'.repeat(10000)],
  ];
  for (const [label, b] of variants) {
    const t = performance.now();
    splitReferences(b);
    appendFileSync('/tmp/fuzzlogs/c.log', `${label}: ${Math.round(performance.now() - t)} ms\n`);
  }
});
