import type { DocKind } from '../core/doc.js';

const POLICY = new Set(['policy', 'policies', '政策', '政策文件']);
const PAPER = new Set(['paper', 'papers', 'article', 'articles', 'literature', '论文', '文献']);

/**
 * The kind a scholar gave a document by its folder: a folder named policy, policies, 政策 or 政策文件
 * means policy; paper(s), article(s), literature, 论文 or 文献 means paper (names compared without
 * regard to case). The folder nearest the file wins. Undefined when no folder says.
 */
export function kindFromFolder(path: string): DocKind | undefined {
  const folders = path.split(/[/\\]/).slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const name = (folders[i] ?? '').trim().toLowerCase();
    if (POLICY.has(name)) return 'policy';
    if (PAPER.has(name)) return 'paper';
  }
  return undefined;
}
