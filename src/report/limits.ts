/** How much of each table the report keeps: the page stays fast and small, the CSV files hold the rest. */
export const LIMITS = Object.freeze({
  /** Evidence rows kept per link of a network. */
  evidencePerLink: 50,
  /** Evidence rows kept per network in all. */
  evidencePerNetwork: 200_000,
  /** Characters of a finding's sentence shown. */
  sentenceChars: 1_000,
  /** Rows (documents) of the taxonomy heatmap. */
  heatmapRows: 400,
  /** Terms and phrases in the bar charts. */
  topTerms: 30,
  /** Terms per side of a keyness comparison. */
  keynessPerSide: 20,
  /** Terms followed in the trends chart. */
  trendTerms: 12,
  /** Top terms shown on a document's card. */
  docTerms: 10,
  /** Bursts listed. */
  bursts: 20,
  /** Problems listed in the page (problems.csv holds all). */
  problems: 5_000,
});
