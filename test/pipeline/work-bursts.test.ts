import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.js';
import { workBursts, workBurstsTable } from '../../src/pipeline/stage-work-bursts.js';

/** Years 2010..2019 with 10 documents each: ids y2010-0 .. y2019-9, plus one undated document. */
function corpus(): { years: { years: number[]; docs: Int32Array; yearOf: Int32Array }; docIds: string[] } {
  const years = Array.from({ length: 10 }, (_, i) => 2010 + i);
  const docIds: string[] = [];
  const yearOf: number[] = [];
  years.forEach((y, i) => {
    for (let k = 0; k < 10; k++) {
      docIds.push(`y${y}-${k}`);
      yearOf.push(i);
    }
  });
  docIds.push('undated');
  yearOf.push(-1);
  return { years: { years, docs: new Int32Array(10).fill(10), yearOf: Int32Array.from(yearOf) }, docIds };
}

function cites(workId: string, docs: string[]): { key: string; workId: string }[] {
  return docs.map((d, i) => ({ key: `${d}#${i + 1}`, workId }));
}

describe('workBursts (Kleinberg bursts of cited works over the citing documents\' years)', () => {
  const { years, docIds } = corpus();
  const match = {
    works: [
      { id: 'w:burst', citation: 'Burst A (2015) A burst' },
      { id: 'w:flat', citation: 'Flat B (2009) Always cited' },
      { id: 'w:once', citation: 'Once C (2012) Cited once' },
    ],
    assignments: [
      // cited once in 2011 and 2013, then by 5 of 10 documents in 2016 and in 2017; y2016-0 cites it twice,
      // the undated document cites it too (counted in documents, not in the series), 'gone' is no corpus document
      ...cites('w:burst', ['y2011-0', 'y2013-0', 'y2016-0', 'y2016-0', 'y2016-1', 'y2016-2', 'y2016-3', 'y2016-4']),
      ...cites('w:burst', ['y2017-0', 'y2017-1', 'y2017-2', 'y2017-3', 'y2017-4', 'undated', 'gone']),
      // one citing document every year: no burst
      ...cites('w:flat', years.years.map((y) => `y${y}-9`)),
      ...cites('w:once', ['y2019-5']),
    ],
  };

  it('finds the burst of the work cited in a burst of years, with the documents citing it', () => {
    const bursts = workBursts(match, years, docIds, { s: 2, gamma: 1, minDuration: 1 });
    expect(bursts.map((b) => ({ ...b, strength: Number(b.strength.toFixed(6)) }))).toEqual([
      { workId: 'w:burst', citation: 'Burst A (2015) A burst', begin: 2016, end: 2017, strength: 5.465437, documents: 13 },
    ]);
    // p0 = 12 / 100, p1 = 0.24: strength = Σ over 2016-2017 of 5 ln(p1/p0) + 5 ln((1-p1)/(1-p0))
    const per = 5 * Math.log(2) + 5 * Math.log(0.76 / 0.88);
    expect(bursts[0]!.strength).toBeCloseTo(2 * per, 9);
  });

  it('writes the table with the columns of themes/bursts.csv for works', () => {
    const bursts = workBursts(match, years, docIds);
    expect(toCsv(workBurstsTable(bursts, { s: 2, gamma: 1, minDuration: 1 }))).toBe(
      '\ufeffrank,work_id,citation,begin,end,strength,documents,s,gamma,min_duration\n1,w:burst,Burst A (2015) A burst,2016,2017,5.4654,13,2,1,1\n',
    );
  });

  it('leaves out works cited by fewer documents than minDocuments, and finds nothing with fewer than two years', () => {
    // a single citation does not pay the cost of entering the burst state (γ ln 10)
    expect(workBursts(match, years, docIds, { minDocuments: 1 }).map((b) => [b.workId, b.begin, b.end])).toEqual([['w:burst', 2016, 2017]]);
    expect(workBursts(match, years, docIds, { minDocuments: 14 })).toEqual([]);
    expect(workBursts(match, { years: [2010], docs: Int32Array.of(10), yearOf: new Int32Array(docIds.length) }, docIds)).toEqual([]);
  });
});
