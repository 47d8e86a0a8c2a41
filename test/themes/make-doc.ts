import type { Section, Sentence } from '../../src/core/doc.js';
import type { ThemeDoc } from '../../src/themes/theme-doc.js';

/** Sentences of a test text: split after . ! ? 。 ！ ？ (and a page break), spaces trimmed. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if ('.!?。！？\f'.includes(c) || i === text.length - 1) {
      let a = start;
      while (a <= i && /\s/.test(text[a] ?? '')) a++;
      if (a <= i) out.push({ offset: a, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

/** A ThemeDoc for tests. */
export function makeDoc(
  id: string,
  text: string,
  extra: { kind?: string; year?: number | null; sections?: Section[]; pageStarts?: number[]; group?: Record<string, string> } = {},
): ThemeDoc {
  const doc: ThemeDoc = {
    id,
    kind: extra.kind ?? 'paper',
    year: extra.year ?? null,
    language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
    text,
    sentences: sentencesOf(text),
    sections: extra.sections ?? [],
    pageStarts: extra.pageStarts ?? [0],
  };
  if (extra.group) doc.group = extra.group;
  return doc;
}
