import { describe, expect, it } from 'vitest';
import { defaultReadOptions, type RawFile } from '../../src/core/registry.js';
import { declaredCharset, htmlFormat, withoutSiteName } from '../../src/ingest/formats/html.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (path: string, bytes: Uint8Array): RawFile => ({ path, absPath: `/corpus/${path}`, bytes });

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Skills policy | Ministry site</title>
  <meta name="citation_title" content="Skills &amp; Jobs: A Review">
  <meta name="citation_author" content="Silva, Ana">
  <meta name="citation_author" content="Li, Ming">
  <meta name="citation_publication_date" content="2021/06/30">
  <meta name="citation_doi" content="doi:10.1234/ABC.5">
  <style>p { color: red }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body>
  <header><a href="/">Home</a> Ministry of Education</header>
  <nav><ul><li>Menu item</li></ul></nav>
  <div role="navigation">Breadcrumbs</div>
  <h1>Skills &amp; Jobs</h1>
  <p>First&nbsp;paragraph   with
     extra   white space &lt;kept&gt; &#8212; and &eacute;.</p>
  <p>Line one<br>Line two</p>
  <div hidden>Hidden text</div>
  <div style="display: none">Invisible</div>
  <ul><li>Item A</li><li>Item <b>B</b></li></ul>
  <table><tr><td>Cell 1</td><td>Cell 2</td></tr><tr><th>H</th><td>3</td></tr></table>
  <!-- a comment -->
  <script>document.write('x')</script>
  <noscript>Enable JavaScript</noscript>
  <form><button>Search</button></form>
  <aside>Related links</aside>
  <footer>© 2021 Ministry</footer>
</body>
</html>`;

describe('html reader', () => {
  it('keeps the body text, drops scripts, menus and footers, decodes entities', async () => {
    const [doc] = await htmlFormat.read(file('page.html', enc(PAGE)), defaultReadOptions);
    expect(doc).toEqual({
      pages: [
        [
          'Skills & Jobs',
          '',
          'First paragraph with extra white space <kept> — and é.',
          '',
          'Line one',
          'Line two',
          '',
          'Item A',
          'Item B',
          '',
          'Cell 1 Cell 2',
          'H 3',
        ],
      ],
      paged: false,
      hints: {
        title: 'Skills & Jobs: A Review',
        authors: ['Silva, Ana', 'Li, Ming'],
        year: 2021,
        doi: '10.1234/ABC.5',
        extra: { encoding: 'utf-8', 'html.charset': 'meta charset', 'html.scope': 'body', 'html.lang': 'en' },
      },
      messages: [],
    });
  });

  it('reads only the longest article, keeping its header but not its footer', async () => {
    const html = `<html><body><nav>Menu</nav>
      <article><p>Short teaser</p></article>
      <main><article><header><h1>关于深化产教融合的若干意见</h1></header>
        <p>　　一、重要意义</p><p>深化产教融合，促进教育链、人才链与产业链、创新链有机衔接。</p>
        <footer>Share this</footer></article>
        <aside>Related</aside></main>
      <footer>Site footer</footer></body></html>`;
    const [doc] = await htmlFormat.read(file('zh.htm', enc(html)), defaultReadOptions);
    expect(doc?.pages).toEqual([
      ['关于深化产教融合的若干意见', '', '一、重要意义', '', '深化产教融合，促进教育链、人才链与产业链、创新链有机衔接。'],
    ]);
    expect(doc?.hints.title).toBe('关于深化产教融合的若干意见');
    expect(doc?.hints.extra?.['html.scope']).toBe('article');
  });

  it('uses the title element and a Chinese government PubDate when there are no citation tags', async () => {
    const html = `<html><head><title>国务院办公厅关于深化产教融合的若干意见</title>
      <meta name="PubDate" content="2017-12-19 16:00"></head><body><p>正文</p></body></html>`;
    const [doc] = await htmlFormat.read(file('gov.html', enc(html)), defaultReadOptions);
    expect(doc?.hints.title).toBe('国务院办公厅关于深化产教融合的若干意见');
    expect(doc?.hints.year).toBe(2017);
  });

  it('decodes by the declared charset: GBK and ISO-8859-1 (read as Windows-1252)', async () => {
    const gbk = new Uint8Array([
      ...enc('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>'),
      // printf '职业教育法' | iconv -f utf-8 -t gb18030 | xxd -p
      ...Buffer.from('d6b0d2b5bdccd3fdb7a8', 'hex'),
      ...enc('</p></body></html>'),
    ]);
    const [a] = await htmlFormat.read(file('gbk.html', gbk), defaultReadOptions);
    expect(a?.pages).toEqual([['职业教育法']]);
    expect(a?.hints.extra?.['encoding']).toBe('gbk');

    const latin = new Uint8Array([...enc('<html><meta charset="iso-8859-1"><p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, ...enc('</p></html>')]);
    const [b] = await htmlFormat.read(file('latin.html', latin), defaultReadOptions);
    expect(b?.pages).toEqual([['\u201cCafé\u201d']]);
  });

  it('detects the encoding when the page declares UTF-8 but is not', async () => {
    const bytes = new Uint8Array([
      ...enc('<html><meta charset="utf-8"><p>'),
      // printf '中华人民共和国职业教育法' | iconv -f utf-8 -t gb18030 | xxd -p
      ...Buffer.from('d6d0bbaac8cbc3f1b9b2bacdb9fad6b0d2b5bdccd3fdb7a8', 'hex'),
      ...enc('</p></html>'),
    ]);
    const [doc] = await htmlFormat.read(file('mislabelled.html', bytes), defaultReadOptions);
    expect(doc?.pages).toEqual([['中华人民共和国职业教育法']]);
    expect(doc?.hints.extra?.['html.charset']).toBe('detected (declared utf-8 did not fit)');
  });

  it('joins one-paragraph cells into a row line but keeps paragraphs of a layout-table cell', async () => {
    const html = `<html><body>
      <table><tr><td><p>Top left</p></td><td><p>Top <i>right</i></p></td></tr><tr><td>Bottom</td><td></td></tr></table>
      <table><tr><td><p>第一条 总则。</p><p>第二条 适用范围。</p></td></tr></table></body></html>`;
    const [doc] = await htmlFormat.read(file('t.html', enc(html)), defaultReadOptions);
    expect(doc?.pages).toEqual([['Top left Top right', 'Bottom', '', '第一条 总则。', '', '第二条 适用范围。']]);
  });

  it('keeps line breaks inside pre', async () => {
    const [doc] = await htmlFormat.read(file('p.html', enc('<html><body><pre>a  b\nc</pre></body></html>')), defaultReadOptions);
    expect(doc?.pages).toEqual([['a b', 'c']]);
  });

  it('warns when a page has no text outside scripts', async () => {
    const [doc] = await htmlFormat.read(
      file('spa.html', enc('<!doctype html><html><body><div id="app"></div><script>render()</script></body></html>')),
      defaultReadOptions,
    );
    expect(doc?.pages).toEqual([[]]);
    expect(doc?.messages.map((m) => [m.severity, m.rule])).toEqual([['warning', 'html-no-text']]);
  });

  it('sniffs doctype or html after a BOM and white space, nothing else', () => {
    const sniff = htmlFormat.sniff as (head: Uint8Array) => boolean;
    expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('\n  <!DOCTYPE HTML>')]))).toBe(true);
    expect(sniff(enc('<HTML lang="zh">'))).toBe(true);
    expect(sniff(enc('<?xml version="1.0"?><root/>'))).toBe(false);
    expect(sniff(enc('The <html> element'))).toBe(false);
  });

  it('finds the declared charset in the first 1024 bytes only', () => {
    expect(declaredCharset(enc('<meta charset=GBK>'))).toBe('gbk');
    expect(declaredCharset(enc(`${' '.repeat(1100)}<meta charset="gbk">`))).toBeUndefined();
  });
});

describe('withoutSiteName', () => {
  it('cuts the site name that sites add to every <title>', () => {
    expect(withoutSiteName('关于推进现代产业学院建设的通知_南州市教育局')).toBe('关于推进现代产业学院建设的通知');
    expect(withoutSiteName('Work-based learning guidelines | Ministry of Education')).toBe('Work-based learning guidelines');
    expect(withoutSiteName('A long page title - anything at all', 'A long page title')).toBe('A long page title');
  });
  it('keeps titles whose last part is not a site name', () => {
    expect(withoutSiteName('Schools and firms - a review of ten years of cooperation')).toBe('Schools and firms - a review of ten years of cooperation');
    expect(withoutSiteName('产教融合_问题与对策')).toBe('产教融合_问题与对策');
    expect(withoutSiteName('Plain title')).toBe('Plain title');
  });
});
