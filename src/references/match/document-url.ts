/** Punctuation a reference puts after its URL. */
const TRAILING = /[.,;。，；）)\]>]+$/u;

/**
 * The key of a URL that addresses one document: host without `www.`, path and query, lower case
 * ('' otherwise). A URL addresses one document when its last path segment holds a digit and the
 * path has two segments or more (`gov.cn/zhengce/content/2017-12/19/content_5248564.htm`), or its
 * query holds a digit (`…/article.jsp?id=1234`). A site's home page or a section page
 * (`moe.gov.cn/jyb_xxgk/`) gives '', and so does doi.org (DOIs have their own rule).
 */
export function documentUrlKey(url: string | undefined): string {
  if (!url) return '';
  const text = url.trim().replace(TRAILING, '');
  if (text.length > 500 || !/^https?:\/\//i.test(text)) return '';
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return '';
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'doi.org' || host.endsWith('.doi.org')) return '';
  const segments = u.pathname.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? '';
  const oneDocument = (segments.length >= 2 && /\d/.test(last)) || (segments.length >= 1 && /\d/.test(u.search));
  if (!oneDocument) return '';
  return `${host}/${segments.join('/')}${u.search}`.toLowerCase();
}
