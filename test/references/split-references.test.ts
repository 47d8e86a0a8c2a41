import { describe, expect, it } from 'vitest';
import { splitReferences } from '../../src/references/split-references.js';

/** The first words of each entry, to compare splits briefly. */
function heads(block: string): string[] {
  return splitReferences(block).map((e) => e.text.slice(0, 12));
}

describe('splitReferences', () => {
  it('splits a numbered list with [n] labels and wrapped lines', () => {
    const block = [
      'References',
      '[1] Y.Q. Duan. "Research on the integration of industry and',
      'education," Fortune Time, vol. 1, pp. 168-171, 2019.',
      '[2] L. Chen and M. Wang, "School-enterprise cooperation," IEEE',
      'Access, vol. 8, pp. 1021-1030, 2020.',
      '[3] K. Liu, Vocational colleges in China. Beijing: Higher Education Press, 2018.',
    ].join('\n');
    const got = splitReferences(block);
    expect(got.map((e) => e.text)).toEqual([
      '[1] Y.Q. Duan. "Research on the integration of industry and education," Fortune Time, vol. 1, pp. 168-171, 2019.',
      '[2] L. Chen and M. Wang, "School-enterprise cooperation," IEEE Access, vol. 8, pp. 1021-1030, 2020.',
      '[3] K. Liu, Vocational colleges in China. Beijing: Higher Education Press, 2018.',
    ]);
    // Offsets point into the block.
    expect(block.slice(got[1]!.offset, got[1]!.offset + 3)).toBe('[2]');
    expect(block.slice(got[2]!.offset, got[2]!.end)).toBe(
      '[3] K. Liu, Vocational colleges in China. Beijing: Higher Education Press, 2018.',
    );
  });

  it('splits "1." and "(1)" and circled numbers', () => {
    expect(heads('1. Smith J, Lee K. Title one. J Educ. 2017;6:1-5.\n2. Wang X. Title two. J Educ. 2018;7:2-9.')).toEqual([
      '1. Smith J, ',
      '2. Wang X. T',
    ]);
    expect(heads('(1) Smith, J. Title one. 2017.\n(2) Lee, K. Title\ntwo. 2018.')).toEqual(['(1) Smith, J', '(2) Lee, K. ']);
    expect(heads('① 张三. 题名一[J]. 刊名, 2019(1): 1-2.\n② 李四. 题名二[M]. 北京: 出版社, 2020.')).toEqual([
      '① 张三. 题名一[J]',
      '② 李四. 题名二[M]',
    ]);
  });

  it('rejoins words hyphenated across lines', () => {
    const got = splitReferences('[1] A. Smith, Industry-educa-\ntion integration, J. Voc. Educ. 3 (2019) 1-9.');
    expect(got[0]!.text).toBe('[1] A. Smith, Industry-education integration, J. Voc. Educ. 3 (2019) 1-9.');
  });

  it('splits an author-year list whose entries wrap over lines', () => {
    const block = [
      'REFERENCES',
      'Brown, T., & Green, P. (2016). Work-based learning in England: a',
      'review of apprenticeship policy. Journal of Vocational Education, 12(3),',
      '45-67.',
      'Lee, K. (2019). Partnerships between firms and colleges. London:',
      'Routledge.',
      'Zhang, J., Wang, X., & Li, Y. (2021). Dual training revisited.',
      'Education + Training, 63(1), 1-19.',
      '12',
    ].join('\n');
    expect(heads(block)).toEqual(['Brown, T., &', 'Lee, K. (201', 'Zhang, J., W']);
    expect(splitReferences(block)[1]!.text).toBe('Lee, K. (2019). Partnerships between firms and colleges. London: Routledge.');
  });

  it('splits a Chinese GB/T 7714 list under 参考文献', () => {
    const block = ['参考文献', '[1] 张三, 李四. 产教融合背景下高职院校人才培养模式研究[J]. 中国职业技术教育,', '2019, 39(12): 72-74.', '[2] 王五. 职业教育校企合作机制研究[M]. 北京: 高等教育出版社, 2018.'].join('\n');
    expect(splitReferences(block).map((e) => e.text)).toEqual([
      '[1] 张三, 李四. 产教融合背景下高职院校人才培养模式研究[J]. 中国职业技术教育, 2019, 39(12): 72-74.',
      '[2] 王五. 职业教育校企合作机制研究[M]. 北京: 高等教育出版社, 2018.',
    ]);
  });

  it('cuts a section that arrived as one long line', () => {
    const one = [
      'Smith, J. A. 2015. Vocational education and the labour market in a changing economy. Journal of Education and Work 28(4): 1-20.',
      'Lee, K. B. 2016. Apprenticeship reform and the state: a comparative study of policy. Comparative Education Review 60(2): 10-35.',
      'Wang, X. 2017. School-enterprise cooperation in higher vocational colleges. Higher Education Studies 7(3): 44-59.',
    ].join(' ');
    expect(heads(one)).toEqual(['Smith, J. A.', 'Lee, K. B. 2', 'Wang, X. 201']);
  });

  it('returns nothing for an empty block or headings only', () => {
    expect(splitReferences('')).toEqual([]);
    expect(splitReferences('References\n\n12\n')).toEqual([]);
  });

  it('cuts a section without line breaks at author names, not at journal names', () => {
    const block =
      'Adams, J. S., & Moore, S. J. (2010). Letters read at once. Reading Science, 21, 1799–1801. ' +
      'Baker, A., & Klein, K. (1990). Reading with fixed pitch. Journal of the Optical Society, 7, 2011–2015. ' +
      'Brandt, J.-B., & Chung, S. T. (2011). Crowding and complexity. Journal of Vision, 11(8), 1–16. ' +
      'Carter, M., & Green, J. (2012). Serial position effects in letter identification. Acta Psychologica, 141, 149–158.';
    expect(heads(block)).toEqual(['Adams, J. S.', 'Baker, A., &', 'Brandt, J.-B', 'Carter, M., ']);
  });

  it('cuts several references under one number, as GROBID does', () => {
    const block = [
      '[1] D. Sexty, PoS LATTICE 2014 (2015) 016. C. Gattringer, PoS LATTICE 2013 (2014) 002.',
      '[2] T. Sterling, J. Greensite, Nucl. Phys. B 220 (1983) 327.',
      '[3] a) M. Schneider, J. Rappsilber, Trends Biochem. Sci. 2018, 43, 157-169; b) A. N. Calabrese, Methods 2018, 147, 187-205.',
      '[4] Rafelski J. and Muller B., Phys. Rev. Lett., 48 (1982)',
      '1066; Koch P. and Rafelski J., Nucl. Phys. A, 444 (1985) 678.',
      '[5] Karassiov V P 1992 J. Sov. Laser Res. 13 188',
      'Karassiov V P 1994 J. Phys. A: Math. Gen. 27 153',
    ].join('\n');
    expect(heads(block)).toEqual([
      '[1] D. Sexty',
      'C. Gattringe',
      '[2] T. Sterl',
      '[3] a) M. Sc',
      'b) A. N. Cal',
      '[4] Rafelski',
      'Koch P. and ',
      '[5] Karassio',
      'Karassiov V ',
    ]);
  });

  it('follows a list that starts at a later number or loses some numbers', () => {
    const block = [
      '(4) Zhang, Q.; Sun, Y. Organic Thermoelectric Materials. Adv. Mater. 2014, 26, 6829−6851.',
      '(5) Boulanger, C. Thermoelectric Material Electroplating: A',
      'Historical Review. J. Electron. Mater. 2010, 39, 1818−1827.',
      '(6) Bubnova, O.; Khan, Z. U. Optimization of the Thermoelectric Figure',
      'of Merit. Nat. Mater. 2011, 10, 429−433.',
      '(10) Russ, B.; Robb, M. J. Power Factor Enhancement. Adv. Mater. 2014, 26, 3473−3477.',
      '(11) Schlitz, R. A. Solubility-Limited Doping. Adv. Mater. 2014, 26, 2825−2830.',
    ].join('\n');
    expect(heads(block)).toEqual(['(4) Zhang, Q', '(5) Boulange', '(6) Bubnova,', '(10) Russ, B', '(11) Schlitz']);
  });

  it('keeps a number that continues an entry, drops title-page footnotes', () => {
    const block = [
      '* j.doe@example.org',
      'Elias J., Frogel J., Matthews K., 1982, AJ, 87,',
      '1029',
      'Gavazzi G., Boselli A., 1996, Ap.Lett.& Comm, 35, 1',
      '12',
      'Gavazzi G., Pierini D., 1996, A&AS, 120, 489',
    ].join('\n');
    const got = splitReferences(block);
    expect(got.map((e) => e.text)).toEqual([
      'Elias J., Frogel J., Matthews K., 1982, AJ, 87, 1029',
      'Gavazzi G., Boselli A., 1996, Ap.Lett.& Comm, 35, 1',
      'Gavazzi G., Pierini D., 1996, A&AS, 120, 489',
    ]);
  });

  it('runs in bounded time on a 10,000-character line and on 5,000 lines', () => {
    const shapes = [
      '. '.repeat(5_000),
      'Smith, J. 2019. '.repeat(625),
      '[1] '.repeat(2_500),
      'a'.repeat(10_000),
      '1 Smith A. '.repeat(909),
      '(1988); M. Bauer, '.repeat(555),
      '; b) '.repeat(2_000),
      '[1]Y. '.repeat(1_666),
      'Als, TD. '.repeat(1_111),
      `${'x'.repeat(50)}@`.repeat(196),
    ];
    for (const s of shapes) {
      const t0 = performance.now();
      splitReferences(s);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
    const lines = Array.from({ length: 5_000 }, (_, i) => `[${i + 1}] Author ${i}, Title ${i}, Journal, ${i % 50} (2019) ${i}-${i + 5}.`);
    const t0 = performance.now();
    const got = splitReferences(lines.join('\n'));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(got.length).toBe(5_000);
  });
});
