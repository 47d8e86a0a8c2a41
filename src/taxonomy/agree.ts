import type { Table } from '../export/csv.js';

/** One coding decision: a passage (by id) and its category, null for "no category". */
export interface Label {
  id: string;
  category: string | null;
}

/** Agreement on one category, the two codings taken as yes/no for it. */
export interface CategoryAgreement {
  category: string;
  /** Passages the tool gave the category. */
  tool: number;
  /** Passages the human coder gave it. */
  human: number;
  /** Passages both gave it. */
  both: number;
  /** both / tool; null when the tool never gave it. */
  precision: number | null;
  /** both / human; null when the human never gave it. */
  recall: number | null;
  /** 2·both / (tool + human); null when neither gave it. */
  f1: number | null;
}

/** A kind of disagreement: what the human said, what the tool said, how often, on which passages. */
export interface Disagreement {
  human: string;
  tool: string;
  count: number;
  /** The first ten passage ids, sorted. */
  ids: string[];
}

/** Agreement between the tool's coding and a human coding of the same passages. */
export interface Agreement {
  /** Passages compared: every id of the human coding (the tool saying nothing counts as "no category"). */
  items: number;
  /** Passages on which the two codings are the same (same set of categories, or both none). */
  agreed: number;
  percentAgreement: number;
  /** Cohen's kappa over the passage values (a category, a set of them joined by "+", or "(none)"); NaN when undefined. */
  kappa: number;
  /** Krippendorff's alpha, nominal, two coders, no missing values; NaN when undefined. */
  alpha: number;
  perCategory: CategoryAgreement[];
  /** Mean F1 over the categories that either coding used (and those passed in `categories`). */
  macroF1: number;
  /** Micro precision: of all categories the tool gave, the share the human gave too. */
  precision: number;
  /** Micro recall: of all categories the human gave, the share the tool gave too. */
  recall: number;
  /** Passages the tool gave at least one category, and passages the human did. */
  toolCoded: number;
  humanCoded: number;
  /** toolCoded / items. */
  coverage: number;
  disagreements: Disagreement[];
  /** Ids the tool coded that the human coding does not have (not compared), sorted. */
  unmatched: string[];
}

/** Value of a passage that has no category. */
export const NONE = '(none)';

/**
 * Compares the tool's coding with a human coding: per-category precision, recall and F1, Cohen's
 * kappa, Krippendorff's alpha (nominal), percent agreement and the table of disagreements. Several
 * labels with one id make a set of categories; a null category is "no category".
 * @param tool the tool's labels
 * @param human the human coder's labels (they decide which passages are compared)
 * @param options categories: ids to list even when neither coding used them
 */
export function agree(tool: readonly Label[], human: readonly Label[], options: { categories?: readonly string[] } = {}): Agreement {
  const humanSets = toSets(human);
  const toolSets = toSets(tool);
  const ids = [...humanSets.keys()].sort(compare);
  const unmatched = [...toolSets.keys()].filter((id) => !humanSets.has(id) && (toolSets.get(id)?.size ?? 0) > 0).sort(compare);

  const categoryNames = new Set<string>(options.categories ?? []);
  const toolCount = new Map<string, number>();
  const humanCount = new Map<string, number>();
  const bothCount = new Map<string, number>();
  const pairs: Array<[string, string]> = [];
  const disagreements = new Map<string, Disagreement>();
  let agreed = 0;
  let toolCoded = 0;
  let humanCoded = 0;
  for (const id of ids) {
    const h = humanSets.get(id) ?? new Set<string>();
    const t = toolSets.get(id) ?? new Set<string>();
    if (t.size > 0) toolCoded++;
    if (h.size > 0) humanCoded++;
    for (const c of h) {
      categoryNames.add(c);
      humanCount.set(c, (humanCount.get(c) ?? 0) + 1);
      if (t.has(c)) bothCount.set(c, (bothCount.get(c) ?? 0) + 1);
    }
    for (const c of t) {
      categoryNames.add(c);
      toolCount.set(c, (toolCount.get(c) ?? 0) + 1);
    }
    const hv = valueOf(h);
    const tv = valueOf(t);
    pairs.push([tv, hv]);
    if (hv === tv) {
      agreed++;
    } else {
      const key = `${hv}\u0000${tv}`;
      const d = disagreements.get(key) ?? { human: hv, tool: tv, count: 0, ids: [] };
      d.count++;
      if (d.ids.length < 10) d.ids.push(id);
      disagreements.set(key, d);
    }
  }

  const perCategory: CategoryAgreement[] = [...categoryNames].sort(compare).map((category) => {
    const t = toolCount.get(category) ?? 0;
    const h = humanCount.get(category) ?? 0;
    const b = bothCount.get(category) ?? 0;
    return {
      category,
      tool: t,
      human: h,
      both: b,
      precision: t > 0 ? b / t : null,
      recall: h > 0 ? b / h : null,
      f1: t + h > 0 ? (2 * b) / (t + h) : null,
    };
  });
  const f1s = perCategory.map((c) => c.f1 ?? 0);
  const sumTool = sumOf(toolCount);
  const sumHuman = sumOf(humanCount);
  const sumBoth = sumOf(bothCount);
  return {
    items: ids.length,
    agreed,
    percentAgreement: ids.length > 0 ? agreed / ids.length : NaN,
    kappa: cohenKappa(pairs),
    alpha: krippendorffAlpha(pairs),
    perCategory,
    macroF1: f1s.length > 0 ? f1s.reduce((a, b) => a + b, 0) / f1s.length : NaN,
    precision: sumTool > 0 ? sumBoth / sumTool : NaN,
    recall: sumHuman > 0 ? sumBoth / sumHuman : NaN,
    toolCoded,
    humanCoded,
    coverage: ids.length > 0 ? toolCoded / ids.length : NaN,
    disagreements: [...disagreements.values()].sort((a, b) => b.count - a.count || compare(a.human, b.human) || compare(a.tool, b.tool)),
    unmatched,
  };
}

/**
 * Cohen's kappa of two coders over nominal values: (po − pe) / (1 − pe). NaN when pe is 1 (both
 * coders gave every item the same single value) or there are no items.
 * @param pairs [coder A's value, coder B's value] per item
 */
export function cohenKappa(pairs: ReadonlyArray<readonly [string, string]>): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let same = 0;
  for (const [x, y] of pairs) {
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    if (x === y) same++;
  }
  const po = same / n;
  let pe = 0;
  for (const [v, count] of a) pe += (count / n) * ((b.get(v) ?? 0) / n);
  if (Math.abs(1 - pe) < 1e-12) return NaN;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data, two coders, every item coded by both:
 * 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k, with o the coincidence matrix and n = 2 · items.
 * NaN when there is no variation at all (every value the same) or fewer than one item.
 * @param pairs [coder A's value, coder B's value] per item
 */
export function krippendorffAlpha(pairs: ReadonlyArray<readonly [string, string]>): number {
  const n = pairs.length * 2;
  if (n < 2) return NaN;
  let disagreeing = 0;
  const marginals = new Map<string, number>();
  for (const [x, y] of pairs) {
    if (x !== y) disagreeing += 2; // o_xy and o_yx
    marginals.set(x, (marginals.get(x) ?? 0) + 1);
    marginals.set(y, (marginals.get(y) ?? 0) + 1);
  }
  let sumSquares = 0;
  for (const m of marginals.values()) sumSquares += m * m;
  const expected = n * n - sumSquares; // Σ_{c≠k} n_c n_k
  if (expected === 0) return NaN;
  return 1 - ((n - 1) * disagreeing) / expected;
}

/** agreement-summary: one row per measure. */
export function agreementSummaryTable(a: Agreement): Table {
  return {
    header: ['measure', 'value'],
    rows: [
      ['passages', a.items],
      ['agreed', a.agreed],
      ['percent_agreement', round4(a.percentAgreement)],
      ['cohen_kappa', round4(a.kappa)],
      ['krippendorff_alpha', round4(a.alpha)],
      ['macro_f1', round4(a.macroF1)],
      ['precision', round4(a.precision)],
      ['recall', round4(a.recall)],
      ['tool_coded', a.toolCoded],
      ['human_coded', a.humanCoded],
      ['coverage', round4(a.coverage)],
      ['unmatched_tool_ids', a.unmatched.length],
    ],
  };
}

/** agreement-categories: precision, recall and F1 per category. */
export function agreementCategoriesTable(a: Agreement): Table {
  return {
    header: ['category', 'tool', 'human', 'both', 'precision', 'recall', 'f1'],
    rows: a.perCategory.map((c) => [c.category, c.tool, c.human, c.both, round4(c.precision), round4(c.recall), round4(c.f1)]),
  };
}

/** agreement-disagreements: what the human said, what the tool said, how often, example ids. */
export function disagreementsTable(a: Agreement): Table {
  return {
    header: ['human', 'tool', 'count', 'ids'],
    rows: a.disagreements.map((d) => [d.human, d.tool, d.count, d.ids.join(' ')]),
  };
}

function toSets(labels: readonly Label[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of labels) {
    const set = out.get(l.id) ?? new Set<string>();
    if (l.category !== null && l.category !== '') set.add(l.category);
    out.set(l.id, set);
  }
  return out;
}

function valueOf(set: ReadonlySet<string>): string {
  return set.size === 0 ? NONE : [...set].sort(compare).join('+');
}

function sumOf(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

function round4(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const r = Math.round(x * 10000) / 10000;
  return r === 0 ? 0 : r;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
