import type { Message } from '../core/message.js';
import { LIMITS } from './limits.js';
import { num, readTable, type Table } from './read-table.js';
import type { KeynessComparison, KeynessRow, ReportTerm, ReportThemes } from './report-data.js';

/** Rows in the order of their `rank` column (file order for ties and blanks). */
function byRank(table: Table): Record<string, string>[] {
  return table.rows
    .map((r, i) => ({ r, i, rank: num(r.rank) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.r);
}

function shown(r: Record<string, string>, ...columns: string[]): string {
  for (const c of columns) {
    const v = r[c];
    if (v !== undefined && v !== '') return v;
  }
  return '';
}

/** Reads themes/terms.csv, phrases.csv, keyness.csv, trends.csv and bursts.csv; null when none is there. */
export async function readThemes(outDir: string, messages: Message[], notes: string[]): Promise<ReportThemes | null> {
  const read = async (name: string, required: string[]): Promise<Table | undefined> => {
    const r = await readTable(outDir, `themes/${name}`, required);
    if (r.message) messages.push(r.message);
    return r.table;
  };
  const terms = await read('terms.csv', ['frequency']);
  const phrases = await read('phrases.csv', ['frequency']);
  const keyness = await read('keyness.csv', ['group_a', 'group_b']);
  const trends = await read('trends.csv', ['year']);
  const bursts = await read('bursts.csv', []);
  if (!terms && !phrases && !keyness && !trends) {
    notes.push('Themes: the output folder has no themes/ tables (terms.csv, phrases.csv, keyness.csv, trends.csv); run corpus-lens run to build them.');
    return null;
  }
  const missing = [
    ['terms.csv', terms],
    ['phrases.csv', phrases],
    ['keyness.csv', keyness],
    ['trends.csv', trends],
  ]
    .filter(([, t]) => !t)
    .map(([n]) => `themes/${n as string}`);
  if (missing.length > 0) notes.push(`Themes: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} absent; the matching chart is left out.`);
  return {
    terms: terms ? topTerms(terms, ['form', 'term'], 'rate_per_10k') : [],
    // The most salient phrases (ranked by G²), shown by frequency.
    phrases: phrases ? topTerms(phrases, ['form', 'phrase', 'term'], 'g2').map((t, i) => ({ t, i })).sort((a, b) => b.t.frequency - a.t.frequency || a.i - b.i).map((x) => x.t) : [],
    keyness: keyness ? readKeyness(keyness) : [],
    trends: trends ? readTrends(trends) : null,
    bursts: bursts
      ? byRank(bursts)
          .slice(0, LIMITS.bursts)
          .map((r) => ({ term: shown(r, 'form', 'term'), begin: num(r.begin), end: num(r.end), strength: num(r.strength) }))
      : [],
  };
}

function topTerms(table: Table, labelColumns: string[], scoreColumn: string): ReportTerm[] {
  return byRank(table)
    .slice(0, LIMITS.topTerms)
    .map((r) => ({ term: shown(r, ...labelColumns), frequency: num(r.frequency) ?? 0, documents: num(r.documents), score: num(r[scoreColumn]) }));
}

function readKeyness(table: Table): KeynessComparison[] {
  const groups = new Map<string, KeynessComparison & { all: Record<string, string>[] }>();
  for (const r of table.rows) {
    const key = `${r.group_by ?? ''}\u0000${r.group_a ?? ''}\u0000${r.group_b ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { groupBy: r.group_by ?? '', a: r.group_a ?? '', b: r.group_b ?? '', rows: [], all: [] };
      groups.set(key, g);
    }
    g.all.push(r);
  }
  return [...groups.values()].map((g) => {
    const rows = byRank({ path: '', header: [], rows: g.all }).map(
      (r): KeynessRow => {
        const logRatio = num(r.log_ratio) ?? 0;
        return {
          term: shown(r, 'form', 'term'),
          freqA: num(r.freq_a) ?? 0,
          freqB: num(r.freq_b) ?? 0,
          rateA: num(r.rate_a_per_10k) ?? 0,
          rateB: num(r.rate_b_per_10k) ?? 0,
          g2: num(r.g2) ?? 0,
          logRatio,
          significance: r.significance ?? '',
          moreIn: r.more_in || (logRatio >= 0 ? g.a : g.b),
        };
      },
    );
    const a = rows.filter((r) => r.moreIn === g.a).slice(0, LIMITS.keynessPerSide);
    const b = rows.filter((r) => r.moreIn !== g.a).slice(0, LIMITS.keynessPerSide);
    return { groupBy: g.groupBy, a: g.a, b: g.b, rows: [...a, ...b] };
  });
}

function readTrends(table: Table): ReportThemes['trends'] {
  const years = new Set<number>();
  const series = new Map<string, { term: string; order: number; total: number; rate: Map<number, number>; freq: Map<number, number> }>();
  for (const r of table.rows) {
    const year = num(r.year);
    if (year === null) continue;
    years.add(year);
    const key = r.term || r.form || '';
    let s = series.get(key);
    if (!s) {
      s = { term: shown(r, 'form', 'term'), order: series.size, total: 0, rate: new Map(), freq: new Map() };
      series.set(key, s);
    }
    const f = num(r.frequency) ?? 0;
    s.total += f;
    s.freq.set(year, f);
    s.rate.set(year, num(r.rate_per_10k) ?? 0);
  }
  if (years.size === 0) return null;
  const ys = [...years].sort((a, b) => a - b);
  const top = [...series.values()].sort((a, b) => b.total - a.total || a.order - b.order).slice(0, LIMITS.trendTerms);
  return {
    years: ys,
    series: top.map((s) => ({ term: s.term, rate: ys.map((y) => s.rate.get(y) ?? 0), frequency: ys.map((y) => s.freq.get(y) ?? 0) })),
  };
}
