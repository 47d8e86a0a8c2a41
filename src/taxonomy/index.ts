/** The taxonomy stage: codebooks, coding of problems and strategies, agreement with human coders, tables, REFI-QDA export. */
export { agree, agreementCategoriesTable, agreementSummaryTable, cohenKappa, disagreementsTable, krippendorffAlpha, NONE, type Agreement, type CategoryAgreement, type Disagreement, type Label } from './agree.js';
export { classifierFeatures, trainClassifier, type Classifier } from './classifier.js';
export { codeDocuments, MAX_UNIT, type CodedDocument, type Finding, type TaxonomyDoc } from './code-documents.js';
export { DEFAULT_DIMENSIONS, FACETS, defaultWeight, normaliseTerm, type Bilingual, type Category, type Codebook, type CueTerms, type Dimension, type Example, type Facet, type Pattern, type Term, type TermLanguage } from './codebook.js';
export { createCoder, type Code, type CodeLanguage, type Coder, type CoderOptions, type Explanation } from './create-coder.js';
export { CHINESE_CUES, ENGLISH_CUES, type Cue, type CueKind } from './cues.js';
export { DEFAULT_TAXONOMY_PATH, loadDefaultCodebook } from './default-codebook.js';
export { describeCodebook } from './describe-codebook.js';
export { loadCodebook, type LoadedCodebook } from './load-codebook.js';
export { labelKey, readCoding, type HumanCoding } from './read-coding.js';
export { checkPattern } from './safe-pattern.js';
export { dimensionsTable, facetCounts, findingsTable, frequencyTable } from './taxonomy-tables.js';
export { stableGuid, toQdpx, type QdpxInput } from './to-qdpx.js';
