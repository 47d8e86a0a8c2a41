import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, runCli, tempDir } from '../../helpers/cli.js';

const POLICY_ZH = `国务院办公厅关于深化产教融合的若干意见

国办发〔2017〕95号

深化产教融合，促进教育链、人才链与产业链、创新链有机衔接，是当前推进人力资源供给侧结构性改革的迫切要求。
各地要健全需求导向的人才培养结构调整机制，推进产教协同育人，鼓励企业依法参与举办职业教育。
`;

const PAPER_EN = `Industry and education in vocational colleges

Since 2017 the State Council has asked colleges to work with firms. The Several Opinions on Deepening the Integration of Industry and Education set targets for enterprise participation. We study how colleges responded.

Colleges reported that firms joined councils but rarely trained students. Funding stayed the main obstacle.

References

General Office of the State Council. (2017). Several opinions on deepening the integration of industry and education. Beijing: State Council.
Smith, J. (2019). Apprenticeship and the firm. Journal of Vocational Education, 12(3), 45-67.
`;

function corpus(metadata: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'policy'));
  mkdirSync(join(dir, 'papers'));
  writeFileSync(join(dir, 'policy', 'opinions.txt'), POLICY_ZH);
  writeFileSync(join(dir, 'papers', 'li-2021.txt'), PAPER_EN);
  writeFileSync(join(dir, 'metadata.csv'), metadata);
  return dir;
}

const HEADER = 'path,title,authors,year,kind,doi,other_titles\n';
const PAPER_ROW = 'papers/li-2021.txt,Industry and education in vocational colleges,Wei Li,2021,paper,,\n';

describe("a document's other titles (metadata.csv other_titles)", () => {
  it('let an English paper cite and mention a Chinese policy document by its English title', async () => {
    const dir = corpus(
      `${HEADER}policy/opinions.txt,国务院办公厅关于深化产教融合的若干意见,国务院办公厅,2017,policy,,Several Opinions on Deepening the Integration of Industry and Education; Opinions on Deepening Industry-Education Integration\n${PAPER_ROW}`,
    );
    const out = join(dir, 'out');
    const r = await runCli(['run', dir, '--out', out, '--quiet']);
    expect(r.code, r.err).toBe(0);
    const rows = readCsv(join(out, 'citations.csv')).map((c) => `${c.citing} -> ${c.cited} ${c.via} ${c.rule}`);
    expect(rows).toEqual(['papers__li-2021 -> policy__opinions mention title-in-text', 'papers__li-2021 -> policy__opinions reference policy-title']);
    // no warning that the column is unknown
    expect(readCsv(join(out, 'problems.csv')).map((p) => p.rule)).not.toContain('metadata-unknown-column');
  });

  it('without them, the English citation does not reach the Chinese document', async () => {
    const dir = corpus(`${HEADER}policy/opinions.txt,国务院办公厅关于深化产教融合的若干意见,国务院办公厅,2017,policy,,\n${PAPER_ROW}`);
    const out = join(dir, 'out');
    expect((await runCli(['run', dir, '--out', out, '--quiet'])).code).toBe(0);
    expect(readCsv(join(out, 'citations.csv'))).toEqual([]);
  });
});
