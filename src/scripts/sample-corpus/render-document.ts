import { encodeGb18030 } from './gb18030.js';
import { renderDocx } from './render-docx.js';
import { renderChinesePaper, renderChinesePolicy, renderTwoColumnPaper } from './render-pdf.js';
import { renderGovernmentPage, renderJournalPage, renderMarkdown, renderTxt } from './render-text.js';
import type { SampleDocument } from './sample-document.js';

/** The file that holds a GB18030-encoded text, whose bytes need a GB18030 encoder to regenerate. */
export const GB18030_PATH = 'policy/2017-opinions-deepening-integration.txt';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/**
 * The bytes of one sample document in its format. Returns null only for the GB18030 file when this
 * machine can encode GB18030 neither with Node nor with iconv.
 */
export async function renderDocument(doc: SampleDocument): Promise<Uint8Array | null> {
  switch (doc.path) {
    case GB18030_PATH:
      return encodeGb18030(renderTxt(doc, '\r\n'));
    case 'policy/2019-work-based-learning-guidelines.docx':
      return renderDocx(doc, '2019-03-12T00:00:00Z');
    case 'policy/2021-jiangchuan-implementation-plan.pdf':
      return renderChinesePolicy(doc);
    case '2023-nanzhou-industrial-college-notice.html':
      return utf8(renderGovernmentPage(doc, { name: '南州市教育局', published: '2023-05-22' }));
    case 'papers/2018-chen-hollis-enterprises-stay-cold.pdf':
      return renderTwoColumnPaper(doc, '10.5555/jtvs.2018.0602', 'Received 4 December 2017; accepted 26 February 2018.');
    case 'papers/2019-wang-chen-local-colleges-integration.pdf':
      return renderChinesePaper(doc, [
        '收稿日期：2019-03-18',
        '基金项目：江川省教育科学规划课题“地方高职院校产教融合机制研究”（JC2018056）',
        '作者简介：王晓梅，女，江川东平人，副教授，主要研究方向为职业教育管理。',
      ]);
    case 'papers/2020-okafor-ma-modern-apprenticeship.docx':
      return renderDocx(doc, '2020-01-20T00:00:00Z');
    case 'papers/2022-liu-he-industrial-college-community.txt':
      return utf8(renderTxt(doc, '\n'));
    case 'papers/2023-sun-xu-gao-training-bases.html':
      return utf8(renderJournalPage(doc, { date: '2023/04/15', volume: '2023', pages: '45-51' }));
    case 'papers/2024-brennan-zhou-digital-platforms-review.md':
      return utf8(renderMarkdown(doc));
    default:
      throw new Error(`No renderer for ${doc.path}`);
  }
}
