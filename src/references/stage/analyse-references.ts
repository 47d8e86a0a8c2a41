import type { Doc } from '../../core/doc.js';
import type { Message } from '../../core/message.js';
import { documentTitles, policyMentionFinder, matchCorpusDocuments, matchReferences } from '../match/index.js';
import type { Alias, CorpusCitation, MatchResult, PolicyMention } from '../match/index.js';
import { extractReferences, type ReferenceEntry } from './extract-references.js';

/** Everything the references stage found in a corpus. */
export interface ReferencesResult {
  /** Every reference of every document, in document then list order. */
  entries: ReferenceEntry[];
  match: MatchResult;
  /** Cited works that are documents of the corpus. */
  corpusCitations: CorpusCitation[];
  /** Policy documents of the corpus named by title in the body of another document. */
  mentions: (PolicyMention & { citingId: string })[];
  messages: Message[];
}

/** The key of a reference for the matcher: `docId#position`. */
export function referenceKey(e: Pick<ReferenceEntry, 'docId' | 'position'>): string {
  return `${e.docId}#${e.position}`;
}

/**
 * Extracts, parses and matches the references of every readable document; finds the cited works that
 * are documents of the corpus, and the policy documents named in body text.
 */
export function analyseReferences(docs: readonly Doc[], options: { aliases?: readonly Alias[] } = {}): ReferencesResult {
  const ok = docs.filter((d) => d.status === 'ok');
  const entries = ok.flatMap((d) => extractReferences(d));
  const match = matchReferences(
    entries.map((e) => ({ key: referenceKey(e), csl: e.csl, raw: e.raw })),
    options.aliases ? { aliases: options.aliases } : {},
  );
  const corpusCitations = matchCorpusDocuments(
    match.works,
    ok.map((d) => ({ id: d.id, title: d.title, authors: d.authors, year: d.year, doi: d.doi, kind: d.kind, ...(d.altTitles ? { altTitles: d.altTitles } : {}) })),
  );
  // a policy is found in body text under its title and under each of its other titles
  const policies = ok
    .filter((d) => d.kind === 'policy')
    .flatMap((d) => documentTitles(d).map((title) => ({ docId: d.id, title })));
  const mentions: ReferencesResult['mentions'] = [];
  if (policies.length > 0) {
    // where each document's reference list starts (its first entry with an offset), found in one pass
    const listStart = new Map<string, number>();
    for (const e of entries) if (e.offset !== undefined && !listStart.has(e.docId)) listStart.set(e.docId, e.offset);
    const findMentions = policyMentionFinder(policies);
    for (const d of ok) {
      // mentions in the body only: the reference list is counted as citations already
      const bodyEnd = listStart.get(d.id) ?? d.text.length;
      for (const m of findMentions(d.text.slice(0, bodyEnd))) {
        if (m.docId !== d.id) mentions.push({ ...m, citingId: d.id });
      }
    }
  }
  return { entries, match, corpusCitations, mentions, messages: [...match.messages] };
}
