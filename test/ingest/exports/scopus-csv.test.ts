import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { isUnreadableRecord } from '../../../src/ingest/exports/export-record.js';
import { splitScopusReferences } from '../../../src/ingest/exports/scopus-references.js';
import { scopusCsvFormat, sniffBibliographicCsv } from '../../../src/ingest/formats/scopus-csv.js';
import { rawFile, utf8bom } from './fixtures.js';

const HEADER =
  'Authors,Author full names,Title,Year,Source title,Cited by,DOI,Abstract,Author Keywords,Funding Text 1,References,Language of Original Document,Document Type,EID';

const NEW_REFS =
  'Cheng M.; Xue Y.; Cui M., Global burden of disease, Spine, 50, pp. E128-E139, (2025); Aria M.; Cuccurullo C., Bibliometrix: an R-tool, J Informetr, 11, pp. 959-975, (2017)';
const OLD_REFS =
  'Kalé, L., Skeel, R., (1999) J Comp Phys, 151, p. 283; Izrailev, S., (1998) Computational Molecular Dynamics, 4, p. 39. , Lecture Notes; Deuflhard, P.; Skeel, R. D., Eds.; Springer-Verlag: Berlin; Hoover, W.G., (1985) Phys Rev A, 31, p. 1695';

/** Five rows: 2023-style, pre-2023-style, a broken quote, an extra funding cell, no references. */
const SCOPUS = [
  HEADER,
  `"Liu F.; Li C.","Liu, Fengyuan (60410297700); Li, Chunyun (58862216200)","Quantitative analysis of policy","2024","Digital Health","3","10.1177/2055207624000001","First line of the abstract.\nSecond line.","policy; bibliometrics","","${NEW_REFS}","English","Article","2-s2.0-1"`,
  `"Phillips J.C., Braun R.","","Scalable molecular dynamics","2005","J Comput Chem","100","","[No abstract available]","","","${OLD_REFS}","English","Review","2-s2.0-2"`,
  `"Kim Y.","","A "quoted" title","2022","Comparative Education","","","","","","","English","Article","2-s2.0-3"`,
  `"Zhou Q.","","Teachers and the state","2019","Handbook","","","","","Grant one","Grant two","Ref A, (2020); Ref B, (2021)","Chinese","Book Chapter","2-s2.0-4"`,
  `"Wang L.","","No references here","2021","J Educ Policy","","","","","","","English","Article","2-s2.0-5"`,
  '',
].join('\r\n');

const read = (content: string | Uint8Array, path = 'scopus.csv') => scopusCsvFormat.read(rawFile(path, content), defaultReadOptions);

describe('Scopus CSV', () => {
  it('reads each row, with full author names and multi-line cells', async () => {
    const docs = await read(utf8bom(SCOPUS.split('\r\n').slice(0, 2).join('\r\n')));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toEqual({
      pages: [['Quantitative analysis of policy', '', 'First line of the abstract. Second line.', '', 'policy; bibliometrics']],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Quantitative analysis of policy',
        authors: ['Liu, Fengyuan', 'Li, Chunyun'],
        year: 2024,
        doi: '10.1177/2055207624000001',
        language: 'en',
        container: 'Digital Health',
        keywords: ['policy', 'bibliometrics'],
        extra: { documentType: 'Article', eid: '2-s2.0-1', encoding: 'utf-8', language: 'English', source: 'scopus', timesCited: '3' },
      },
      messages: [],
      record: 1,
      references: [
        'Cheng M.; Xue Y.; Cui M., Global burden of disease, Spine, 50, pp. E128-E139, (2025)',
        'Aria M.; Cuccurullo C., Bibliometrix: an R-tool, J Informetr, 11, pp. 959-975, (2017)',
      ],
    });
  });

  it('reads pre-2023 rows: comma-separated authors, editor lists inside a reference', async () => {
    const docs = await read(SCOPUS);
    expect(docs[1]?.hints.authors).toEqual(['Phillips J.C.', 'Braun R.']);
    expect(docs[1]?.pages).toEqual([['Scalable molecular dynamics']]);
    expect(docs[1]?.references).toEqual([
      'Kalé, L., Skeel, R., (1999) J Comp Phys, 151, p. 283',
      'Izrailev, S., (1998) Computational Molecular Dynamics, 4, p. 39. , Lecture Notes; Deuflhard, P.; Skeel, R. D., Eds.; Springer-Verlag: Berlin',
      'Hoover, W.G., (1985) Phys Rev A, 31, p. 1695',
    ]);
  });

  it('turns a row with a broken quote into an unreadable record and reads the rows after it', async () => {
    const docs = await read(SCOPUS);
    const bad = docs[2];
    expect(bad && isUnreadableRecord(bad)).toBe(true);
    expect(bad).toEqual({
      pages: [],
      paged: false,
      hints: { extra: { encoding: 'utf-8', source: 'scopus', unreadable: 'true' } },
      messages: [
        {
          severity: 'error',
          reason: 'Record 3 (line 5) could not be read: a quote inside a field is not doubled ("")',
          path: 'scopus.csv',
          stage: 'ingest',
          rule: 'csv-malformed-record',
          place: { record: 3, line: 5 },
          note: 'Open the file in a text editor at that line; the rows after it were read.',
        },
      ],
      record: 3,
    });
    expect(docs.slice(3).map((d) => [d.record, d.hints.title])).toEqual([
      [4, 'Teachers and the state'],
      [5, 'No references here'],
    ]);
  });

  it('realigns a row with more Funding Text cells than the header names', async () => {
    const docs = await read(SCOPUS);
    expect(docs[3]?.references).toEqual(['Ref A, (2020)', 'Ref B, (2021)']);
    expect(docs[3]?.hints.extra?.eid).toBe('2-s2.0-4');
    expect(docs[3]?.hints.language).toBe('zh');
    expect(docs[3]?.messages).toEqual([]);
    // The note about the file goes to the first record.
    expect(docs.flatMap((d) => d.messages.map((m) => [d.record, m.severity, m.rule]))).toEqual([
      [1, 'info', 'scopus-funding-columns'],
      [3, 'error', 'csv-malformed-record'],
    ]);
  });

  it('gives an empty list when the References column exists but is empty', async () => {
    const docs = await read(SCOPUS);
    expect(docs[4]?.references).toEqual([]);
  });

  it('reports a missing References column', async () => {
    const rows = SCOPUS.split('\r\n');
    const noRefsHeader = HEADER.replace(',References', '');
    const text = [noRefsHeader, rows[5]?.replace(',"",', ','), ''].join('\n');
    const [doc] = await read(text);
    expect(doc?.references).toBeUndefined();
    expect(doc?.messages.map((m) => [m.severity, m.rule])).toEqual([['info', 'scopus-no-cited-references']]);
  });

  it('reads Lens, IEEE Xplore and OpenAlex CSV by their own columns', async () => {
    const lens = await read('"Lens ID","Title","Publication Year","Source Title","Author/s","DOI","References"\n"000-1","A Lens record","2020","Env Sys","Petar Radanliev; David De Roure","10.1/x","001-2; 003-4"\n');
    expect(lens[0]?.hints).toMatchObject({ title: 'A Lens record', authors: ['Petar Radanliev', 'David De Roure'], year: 2020 });
    expect(lens[0]?.hints.extra).toMatchObject({ source: 'lens', referenceCount: '2' });
    expect(lens[0]?.references).toBeUndefined();
    const ieee = await read('"Document Title",Authors,"Publication Title","Publication Year","DOI"\n"An IEEE paper","P. Kogge; J. Shalf","Computing","2013","10.1109/x"\n');
    expect(ieee[0]?.hints).toMatchObject({ title: 'An IEEE paper', authors: ['P. Kogge', 'J. Shalf'], container: 'Computing' });
    const oa = await read('"id","display_name","authorships.author.display_name","publication_year","doi"\n"https://openalex.org/W1","OA work","Massimo Aria|Corrado Cuccurullo","2017","https://doi.org/10.1016/j.joi.2017.08.007"\n');
    expect(oa[0]?.hints).toMatchObject({ title: 'OA work', authors: ['Massimo Aria', 'Corrado Cuccurullo'], doi: '10.1016/j.joi.2017.08.007' });
  });

  it('reads Springer Link CSV without an author list, and says why', async () => {
    const [doc] = await read('Item Title,Publication Title,Item DOI,Authors,Publication Year,Content Type\n"A chapter","A book","10.1007/x","Araz R. AlievNigar T. Ismayilova","2022","Chapter"\n');
    expect(doc?.hints).toMatchObject({ title: 'A chapter', container: 'A book', doi: '10.1007/x', year: 2022 });
    expect(doc?.hints.authors).toBeUndefined();
    expect(doc?.hints.extra?.authorsAsPrinted).toBe('Araz R. AlievNigar T. Ismayilova');
    expect(doc?.messages.map((m) => [m.severity, m.rule])).toEqual([['info', 'springer-authors-joined']]);
  });

  it('refuses a CSV that is no known export, naming its columns', async () => {
    await expect(read('name,age,city\n"A","3","C"\n', 'people.csv')).rejects.toMatchObject({
      code: 'csv-unknown-layout',
      message: 'people.csv is a CSV file but not a bibliographic export that corpus-lens knows (columns: name, age, city)',
    });
  });

  it('sniffs the Scopus header (with BOM, quoted or not) and no other CSV', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffBibliographicCsv(utf8bom(SCOPUS))).toBe(true);
    expect(sniffBibliographicCsv(enc('Authors,Title,Year,Source title,Volume,DOI,EID\n'))).toBe(true);
    expect(sniffBibliographicCsv(enc('name,age\nLi,3\n'))).toBe(false);
    expect(sniffBibliographicCsv(enc('"Title","Source Title","Authors"\n'))).toBe(false);
  });
});

describe('splitScopusReferences', () => {
  it('keeps 2023-style author lists with their reference', () => {
    expect(splitScopusReferences('Tsai FM; Bui T-D; Tseng M-L, Municipal waste, J Clean Prod, 275, (2020); de Vries J.; Yuan K.-C., Equity, PLOS ONE, 12, (2017)')).toEqual([
      'Tsai FM; Bui T-D; Tseng M-L, Municipal waste, J Clean Prod, 275, (2020)',
      'de Vries J.; Yuan K.-C., Equity, PLOS ONE, 12, (2017)',
    ]);
  });

  it('splits a single-author and an anonymous reference', () => {
    expect(splitScopusReferences('The global epidemic of low back pain, Lancet Rheumatol, 5, (2023); Chiang M.F., The 2021 plan, Optom Vis Sci, 98, (2021)')).toEqual([
      'The global epidemic of low back pain, Lancet Rheumatol, 5, (2023)',
      'Chiang M.F., The 2021 plan, Optom Vis Sci, 98, (2021)',
    ]);
  });

  it('does not take a comma-free title piece for a name', () => {
    expect(splitScopusReferences('Report of WHO; Smith, J., (2001) Title')).toEqual(['Report of WHO', 'Smith, J., (2001) Title']);
  });

  it('splits a title that holds "; " (the documented limit)', () => {
    expect(splitScopusReferences('Li, M., Policy; practice and change, (2020) J Educ')).toEqual(['Li, M., Policy', 'practice and change, (2020) J Educ']);
  });

  it('gives no reference for an empty cell', () => {
    expect(splitScopusReferences('')).toEqual([]);
    expect(splitScopusReferences(' ; ')).toEqual([]);
  });
});
