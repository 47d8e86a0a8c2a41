import { plain, type SampleDocument } from './sample-document.js';

/**
 * Plain text as a user would save it: blocks separated by blank lines, references one per line; for
 * Chinese, paragraphs indented with two ideographic spaces. `eol` chooses the line end.
 */
export function renderTxt(doc: SampleDocument, eol: '\n' | '\r\n' = '\n'): string {
  const out: string[] = [];
  const indent = doc.language === 'zh' ? '\u3000\u3000' : '';
  doc.blocks.forEach((b, i) => {
    const text = plain(b.text);
    const prev = doc.blocks[i - 1];
    if (b.type === 'ref' && prev?.type === 'ref') out.push(text);
    else if (i === 0) out.push(text);
    else out.push('', b.type === 'para' ? indent + text : text);
  });
  return out.join(eol) + eol;
}

/** Markdown with YAML front matter (title, authors, year), # headings and one paragraph per reference. */
export function renderMarkdown(doc: SampleDocument): string {
  const yamlString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const out: string[] = [
    '---',
    `title: ${yamlString(doc.title)}`,
    'authors:',
    ...doc.authors.map((a) => `  - ${yamlString(a)}`),
    `year: ${doc.year}`,
    '---',
  ];
  for (const b of doc.blocks) {
    const text = plain(b.text);
    switch (b.type) {
      case 'title':
        out.push('', `# ${text}`);
        break;
      case 'h1':
      case 'refhead':
        out.push('', `## ${text}`);
        break;
      case 'h2':
        out.push('', `### ${text}`);
        break;
      default:
        out.push('', text);
    }
  }
  return out.join('\n') + '\n';
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An article page of a journal web site: navigation, citation_* meta tags, the article, a footer. */
export function renderJournalPage(doc: SampleDocument, issue: { date: string; volume: string; pages: string }): string {
  const body: string[] = [];
  let refsOpen = false;
  for (const b of doc.blocks) {
    const text = escapeHtml(plain(b.text));
    switch (b.type) {
      case 'title':
        body.push(`      <h1 class="article-title">${text}</h1>`);
        break;
      case 'meta':
        body.push(`      <p class="article-meta">${text}</p>`);
        break;
      case 'h1':
        body.push(`      <h2>${text}</h2>`);
        break;
      case 'h2':
        body.push(`      <h3>${text}</h3>`);
        break;
      case 'refhead':
        refsOpen = true;
        body.push('      <div class="references">', `        <h2>${text}</h2>`);
        break;
      case 'ref':
        body.push(`        <p class="ref">${text}</p>`);
        break;
      case 'para':
        body.push(
          /^(摘　要|关键词)/.test(b.text) ? `      <p class="abstract">${text}</p>` : `      <p>${text}</p>`,
        );
        break;
    }
  }
  if (refsOpen) body.push('      </div>');
  const journal = doc.source.split('\u3000')[0] ?? doc.source;
  const meta = [
    `  <meta name="citation_title" content="${escapeHtml(doc.title)}">`,
    ...doc.authors.map((a) => `  <meta name="citation_author" content="${escapeHtml(a)}">`),
    `  <meta name="citation_publication_date" content="${issue.date}">`,
    `  <meta name="citation_journal_title" content="${escapeHtml(journal)}">`,
    `  <meta name="citation_volume" content="${issue.volume}">`,
    `  <meta name="citation_firstpage" content="${issue.pages.split('-')[0] ?? ''}">`,
    `  <meta name="citation_lastpage" content="${issue.pages.split('-')[1] ?? ''}">`,
  ];
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(doc.title)} - ${escapeHtml(journal)}</title>
${meta.join('\n')}
  <style>body { font-family: serif; } .ref { margin: 0; } nav a { margin-right: 1em; }</style>
  <script>window.articleViewer = { ready: true };</script>
</head>
<body>
  <header>
    <div class="site-name">${escapeHtml(journal)}编辑部</div>
    <nav><a href="/">首页</a><a href="/about">期刊简介</a><a href="/archive">过刊浏览</a><a href="/submit">投稿指南</a><a href="/contact">联系我们</a></nav>
  </header>
  <main>
    <div class="breadcrumb">首页 &gt; 过刊浏览 &gt; ${escapeHtml(doc.source.replace('\u3000', ' '))}</div>
    <div class="toolbar"><a href="#">下载PDF</a> | <a href="#">引用本文</a> | <a href="#">分享</a></div>
    <article>
${body.join('\n')}
    </article>
  </main>
  <footer>
    <p>版权所有 &copy; ${escapeHtml(journal)}编辑部　地址：江川省东平市学府路18号　邮编：330110</p>
    <p>本刊已被多家数据库全文收录，欢迎投稿。</p>
  </footer>
</body>
</html>
`;
}

/** A notice page of a government web site: navigation, breadcrumb, the notice with signature lines, a footer. */
export function renderGovernmentPage(doc: SampleDocument, site: { name: string; published: string }): string {
  const body: string[] = [];
  let seenPara = false;
  doc.blocks.forEach((b, i) => {
    const text = escapeHtml(plain(b.text));
    if (b.type === 'title') body.push(`      <h1 class="notice-title">${text}</h1>`);
    else if (b.type === 'meta' && i === 1) body.push(`      <p class="doc-number" style="text-align:center">${text}</p>`);
    else if (b.type === 'meta' && seenPara) body.push(`      <p style="text-align:right">${text}</p>`);
    else if (b.type === 'meta') body.push(`      <p>${text}</p>`);
    else if (b.type === 'h1' || b.type === 'h2') body.push(`      <p><strong>${text}</strong></p>`);
    else {
      seenPara = true;
      body.push(`      <p style="text-indent:2em">${text}</p>`);
    }
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(doc.title)}_${escapeHtml(site.name)}</title>
  <meta name="keywords" content="现代产业学院,市域产教联合体,产教融合">
  <style>.zoom a { margin: 0 4px; } .notice-title { text-align: center; }</style>
  <script>function setFontSize(size) { document.body.style.fontSize = size; }</script>
</head>
<body>
  <div class="top-bar"><a href="/">${escapeHtml(site.name)}</a> | <a href="/en/">English</a> | 无障碍浏览</div>
  <nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></nav>
  <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
  <div class="info">发布时间：${site.published}　来源：${escapeHtml(site.name)}　<span class="zoom">字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span>　<a href="#">打印本页</a>　<a href="#">关闭窗口</a></div>
  <div class="notice">
${body.join('\n')}
  </div>
  <div class="related"><h4>相关链接</h4><ul><li><a href="#">江川省教育厅</a></li><li><a href="#">江川省发展和改革委员会</a></li></ul></div>
  <footer>
    <p>主办：${escapeHtml(site.name)}　地址：南州市政务中心东楼　电话：0000-00000000</p>
    <p>版权所有 &copy; ${escapeHtml(site.name)}　网站标识码：0000000000</p>
  </footer>
</body>
</html>
`;
}
