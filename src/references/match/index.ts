/** Matching references into cited works, and finding citations of the corpus's own documents. */
export { matchReferences, citingDocOf } from './match-references.js';
export { parseAliases } from './parse-aliases.js';
export { documentTitles, matchCorpusDocuments, type CorpusDocument, type CorpusCitation } from './match-corpus-documents.js';
export { findPolicyMentions, policyMentionFinder, type PolicyMention } from './find-policy-mentions.js';
export { normalizeDoi } from './normalize-doi.js';
export { containerMatch, containerWords, isAbbreviationOf } from './container-match.js';
export { docNumberKey } from './doc-number.js';
export { workCitation } from './work-citation.js';
export type { Alias, Assignment, MatchOptions, MatchResult, MatchRule, MatchStats, RefInput, Work } from './types.js';
