// Fuzz tests of the line-tagged export readers: Web of Science plain text, RIS, EndNote, RefWorks.
import { describe } from 'vitest';
import { endnoteFormat } from '../../src/ingest/formats/endnote.js';
import { refworksFormat } from '../../src/ingest/formats/refworks.js';
import { risFormat } from '../../src/ingest/formats/ris.js';
import { wosPlainFormat } from '../../src/ingest/formats/wos.js';
import { exportFuzzTests } from './export-fuzz.js';
import { endnote, refworks, ris, wosPlain } from './export-seeds.js';

describe('fuzz: Web of Science plain text', () => {
  exportFuzzTests({
    format: wosPlainFormat,
    name: 'savedrecs.isi',
    write: wosPlain,
    codes: ['wos-no-records', 'binary-file'],
    tokens: ['\nPT J\n', '\nER\n', '\nEF\n', '\nFN Clarivate Analytics Web of Science\nVR 1.0\n', '\nTI ', '\nAU ', '\nCR ', '\n   ', '\nPY ', '\nDI ', '\nUT WOS:', 'AUKim'],
    seed: 1001,
    keepHead: true,
  }, 0.8);
});

describe('fuzz: RIS', () => {
  exportFuzzTests({
    format: risFormat,
    name: 'export.ris',
    write: ris,
    codes: ['ris-no-records', 'binary-file'],
    tokens: ['\nTY  - JOUR\n', '\nER  - \n', '\nTI  - ', '\nAU  - ', '\nPY  - ', '\nN1  - References: ', '\nCR  - ', '\nKW  - ', '///', '\nDO  - https://doi.org/'],
    seed: 2001,
    keepHead: true,
  });
});

describe('fuzz: EndNote tagged text', () => {
  exportFuzzTests({
    format: endnoteFormat,
    name: 'cnki.enw',
    write: endnote,
    codes: ['endnote-no-records', 'binary-file'],
    tokens: ['\n%0 Journal Article\n', '\n%A ', '\n%T ', '\n%D ', '\n%K ', '\n%X ', '\n%', '\n\n', '；'],
    seed: 3001,
    keepHead: true,
  });
});

describe('fuzz: RefWorks tagged text', () => {
  exportFuzzTests({
    format: refworksFormat,
    name: 'cnki-refworks.txt',
    write: refworks,
    codes: ['refworks-no-records', 'binary-file'],
    tokens: ['\nRT Journal Article\n', '\nA1 ', '\nT1 ', '\nYR ', '\nK1 ', '\nAB ', '\nA1张三', '\n\n', '；'],
    seed: 4001,
    keepHead: true,
  });
});
