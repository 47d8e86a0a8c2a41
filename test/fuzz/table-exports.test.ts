// Fuzz tests of the tabular export readers: Web of Science tab-delimited and Scopus CSV.
import { describe } from 'vitest';
import { scopusCsvFormat } from '../../src/ingest/formats/scopus-csv.js';
import { wosTabFormat } from '../../src/ingest/formats/wos-tab.js';
import { exportFuzzTests } from './export-fuzz.js';
import { scopusCsv, wosTab } from './export-seeds.js';

describe('fuzz: Web of Science tab-delimited', () => {
  exportFuzzTests({
    format: wosTabFormat,
    name: 'savedrecs.txt',
    write: wosTab,
    codes: ['wos-tab-no-header', 'wos-no-records', 'binary-file'],
    tokens: ['PT\tAU\tAF\tTI\tSO\tPY\tCR\tUT\t\n', '\t', '\t\t', '\n', '\r\n', 'J\t', 'WOS:000600000000001', '; '],
    seed: 5001,
    keepHead: false,
  }, 0.6);
});

describe('fuzz: Scopus CSV', () => {
  exportFuzzTests({
    format: scopusCsvFormat,
    name: 'scopus.csv',
    write: scopusCsv,
    codes: ['csv-no-header', 'csv-unknown-layout', 'csv-no-records', 'binary-file'],
    tokens: ['Authors,Title,Year,Source title,EID\n', '"', '""', '","', ',', '\n', '\r\n', '2-s2.0-1', 'Funding Text 1', '; ', '(2020)'],
    seed: 6001,
    keepHead: false,
  }, 0.6);
});
