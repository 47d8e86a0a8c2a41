/**
 * A stable document id from the corpus-relative path: the extension dropped, '/' turned into '__',
 * every run of characters other than Unicode letters, marks, digits, '.', '_' and '-' turned into
 * '-', and '-' trimmed from both ends ('papers/Guo 2023.pdf' → 'papers__Guo-2023'; Chinese names keep
 * their characters). When the id is taken (a.pdf and a.txt), '-' and the extension are appended
 * ('a-txt'), then '-2', '-3'... The id returned is added to `taken`. Give paths in a stable order
 * (sorted) so that the same corpus gets the same ids.
 */
export function docId(relPath: string, taken: Set<string>): string {
  const path = relPath.normalize('NFC').replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const hasExt = dot > slash + 1;
  const stem = hasExt ? path.slice(0, dot) : path;
  const ext = hasExt ? slug(path.slice(dot + 1).toLowerCase()) : '';
  const base =
    stem
      .split('/')
      .map(slug)
      .filter((s) => s !== '')
      .join('__') || 'doc';
  let id = base;
  if (taken.has(id) && ext) id = `${base}-${ext}`;
  if (taken.has(id)) {
    const stemId = id;
    let n = 2;
    while (taken.has(`${stemId}-${n}`)) n++;
    id = `${stemId}-${n}`;
  }
  taken.add(id);
  return id;
}

function slug(s: string): string {
  return s.replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
}
