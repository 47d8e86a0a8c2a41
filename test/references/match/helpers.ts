import type { CslItem } from '../../../src/references/csl.js';
import type { RefInput } from '../../../src/references/match/types.js';
import { createRng } from '../../../src/graphs/rng.js';

/** A reference input with a hand-built CSL item (as the parser would give it). */
export function ref(key: string, raw: string, csl: CslItem | null): RefInput {
  return { key, raw, csl };
}

/** A journal article in CSL-JSON, built from short arguments. */
export function article(
  authors: [string, string][],
  year: number,
  title: string | undefined,
  container: string,
  extra: Partial<CslItem> = {},
): CslItem {
  const item: CslItem = {
    type: 'article-journal',
    author: authors.map(([family, given]) => ({ family, given })),
    issued: { 'date-parts': [[year]] },
    'container-title': container,
    ...extra,
  };
  if (title !== undefined) item.title = title;
  return item;
}


/** A shuffled copy of `items`. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const r = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
