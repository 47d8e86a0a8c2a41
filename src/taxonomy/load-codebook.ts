import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { message, type Message } from '../core/message.js';
import { lineColumnAt, type Place } from '../core/place.js';
import {
  DEFAULT_DIMENSIONS,
  FACETS,
  defaultWeight,
  hasChinese,
  normaliseTerm,
  type Bilingual,
  type Category,
  type Codebook,
  type CueTerms,
  type Dimension,
  type Example,
  type Facet,
  type Pattern,
  type Term,
  type TermLanguage,
} from './codebook.js';
import { checkPattern } from './safe-pattern.js';

/** What loadCodebook returns: the codebook when it is usable, and every problem found. */
export interface LoadedCodebook {
  codebook?: Codebook;
  messages: Message[];
}

const STAGE = 'taxonomy';
const TOP_KEYS = ['name', 'version', 'description', 'dimensions', 'cues', 'categories'];
const CATEGORY_KEYS = ['id', 'facet', 'dimension', 'label', 'description', 'include', 'patterns', 'exclude', 'examples'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const MAX_TERM_LENGTH = 60;
/** YAML syntax errors reported one by one; the rest are counted in one message. */
const MAX_SYNTAX_ERRORS = 20;

/**
 * Reads a codebook written in YAML (or JSON, which YAML reads too) and checks it. Errors make the
 * codebook unusable (no `codebook` is returned); warnings point at things that are probably
 * mistakes (a duplicate id, a term in two categories of one facet, a category without terms, an
 * invalid or unsafe pattern) and leave the rest usable. Every message names the file, the line and
 * column, what is wrong and how to fix it.
 * @param text the file's contents
 * @param path the file's path, for messages
 */
export function loadCodebook(text: string, path: string): LoadedCodebook {
  const reader = new Reader(text.replace(/^\uFEFF/, ''), path);
  const codebook = reader.read();
  const messages = reader.messages;
  return messages.some((m) => m.severity === 'error') || !codebook ? { messages } : { codebook, messages };
}

class Reader {
  readonly messages: Message[] = [];
  private readonly lines = new LineCounter();

  constructor(
    private readonly text: string,
    private readonly path: string,
  ) {}

  read(): Codebook | undefined {
    let doc: ReturnType<typeof parseDocument>;
    try {
      doc = parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    } catch (err) {
      // The YAML library recurses once per level of nesting: about a thousand levels overflow the stack.
      if (!(err instanceof RangeError)) throw err;
      this.error('taxonomy-syntax', lineColumnAt(this.text, deepestOffset(this.text)), 'The codebook nests lists or mappings too deeply to be read (hundreds of levels).', 'Check the brackets, dashes and indentation from that place on: a codebook needs only a few levels (categories, include, en/zh).');
      return undefined;
    }
    for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
      this.error('taxonomy-syntax', this.at(e.pos[0]), `The codebook is not valid YAML: ${firstLine(e.message)}.`, 'Check the indentation and the quoting at that place; a text holding ": " or starting with a quote must be quoted as a whole.');
    }
    const more = doc.errors[MAX_SYNTAX_ERRORS];
    if (more) {
      this.error('taxonomy-syntax', this.at(more.pos[0]), `The codebook has ${doc.errors.length - MAX_SYNTAX_ERRORS} more YAML errors from here on.`, 'Fix the errors above first; the later ones often follow from them.');
    }
    if (doc.errors.length > 0) return undefined;
    const root = doc.contents;
    if (!isMap(root)) {
      this.error('taxonomy-not-mapping', root ? this.place(root) : { line: 1, column: 1 }, 'The codebook must be a mapping with a `categories:` list at its top level.', 'Start from the default codebook: `corpus-lens taxonomy show` prints it, src/taxonomy/default-taxonomy.yaml holds it.');
      return undefined;
    }
    this.unknownKeys(root, TOP_KEYS, 'at the top of the codebook');
    const name = this.string(root, 'name') ?? this.path.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
    const dimensions = this.dimensions(root);
    const cues = this.cues(root);
    const categories = this.categories(root, dimensions);
    if (!categories) return undefined;
    this.sharedTerms(categories);
    return { name, path: this.path, dimensions, categories, cues };
  }

  private dimensions(root: YAMLMap): Dimension[] {
    const node = get(root, 'dimensions');
    if (!node) return DEFAULT_DIMENSIONS.map((d) => ({ id: d.id, label: { ...d.label } }));
    if (!isSeq(node) || node.items.length === 0) {
      this.error('taxonomy-bad-dimensions', this.place(node), '`dimensions:` must be a list of dimensions, each with an `id` (and a `label`).', 'Write for example:\ndimensions:\n  - id: policy\n    label: { en: Policy transmission, zh: 政策传导 }\nor leave `dimensions:` out to use policy, mechanism and operation.');
      return [];
    }
    const out: Dimension[] = [];
    for (const item of node.items) {
      const n = item as Node;
      let id: string | undefined;
      let label: Bilingual = { en: '', zh: '' };
      if (isScalar(n) && typeof n.value === 'string') {
        id = n.value.trim();
      } else if (isMap(n)) {
        this.unknownKeys(n, ['id', 'label', 'description'], 'in a dimension');
        id = this.string(n, 'id');
        label = this.label(n, id ?? '');
      }
      if (!id || !ID.test(id)) {
        this.error('taxonomy-bad-dimension-id', this.place(n), `A dimension has ${id ? `an invalid id "${id}"` : 'no id'}.`, 'Give each dimension an `id` of letters, digits, dots, hyphens or underscores, such as `policy`.');
        continue;
      }
      if (out.some((d) => d.id === id)) {
        this.warning('taxonomy-duplicate-dimension', this.place(n), `The dimension "${id}" is declared twice; the second is ignored.`, 'Remove one of the two declarations.');
        continue;
      }
      out.push({ id, label: { en: label.en || id, zh: label.zh } });
    }
    return out;
  }

  private cues(root: YAMLMap): CueTerms {
    const out: CueTerms = { problem: [], strategy: [] };
    const node = get(root, 'cues');
    if (!node) return out;
    if (!isMap(node)) {
      this.error('taxonomy-bad-cues', this.place(node), '`cues:` must be a mapping with `problem:` and/or `strategy:` lists of words.', 'Write for example:\ncues:\n  problem: { en: [shortfall], zh: [短板] }\n  strategy: { en: [roll out], zh: [着力] }');
      return out;
    }
    this.unknownKeys(node, ['problem', 'strategy'], 'under `cues:`');
    for (const facet of FACETS) {
      const list = get(node, facet);
      if (list) out[facet] = this.terms(list, `the ${facet} cues`);
    }
    return out;
  }

  private categories(root: YAMLMap, dimensions: Dimension[]): Category[] | undefined {
    const node = get(root, 'categories');
    if (!node || !isSeq(node) || node.items.length === 0) {
      this.error('taxonomy-no-categories', node ? this.place(node) : this.place(root), node ? '`categories:` must be a non-empty list of categories.' : 'The codebook has no `categories:` list.', 'Add a `categories:` list; each category needs at least `id`, `facet` (problem or strategy), `dimension` and `include` terms.');
      return undefined;
    }
    const out: Category[] = [];
    const seen = new Map<string, number>();
    for (const item of node.items) {
      const n = item as Node;
      if (!isMap(n)) {
        this.error('taxonomy-bad-category', this.place(n), 'Each entry of `categories:` must be a mapping (id, facet, dimension, label, include, ...).', 'Indent the keys of the category under its `- id: ...` line.');
        continue;
      }
      const category = this.category(n, dimensions);
      if (!category) continue;
      const first = seen.get(category.id);
      if (first !== undefined) {
        this.warning('taxonomy-duplicate-id', this.place(n), `The category id "${category.id}" is used twice (first on line ${first}); the second category is ignored.`, 'Give every category its own id, or merge the two.');
        continue;
      }
      seen.set(category.id, category.line);
      out.push(category);
    }
    return out;
  }

  private category(node: YAMLMap, dimensions: Dimension[]): Category | undefined {
    const place = this.place(node);
    this.unknownKeys(node, CATEGORY_KEYS, 'in a category');
    const idNode = get(node, 'id');
    const id = this.string(node, 'id');
    if (!id) {
      this.error('taxonomy-missing-id', place, 'A category has no `id`.', 'Add an id such as `problem.resources`: it names the category in every output, so keep it stable.');
      return undefined;
    }
    if (!ID.test(id)) {
      this.error('taxonomy-bad-id', idNode ? this.place(idNode) : place, `The category id "${id}" holds characters other than letters, digits, dots, hyphens and underscores (or is longer than 80).`, 'Use ids such as `problem.resources` or `strategy.curriculum-reform`.');
      return undefined;
    }
    let ok = true;
    const facetNode = get(node, 'facet');
    let facet = this.string(node, 'facet') as Facet | undefined;
    if (facet === undefined && !facetNode) {
      const prefix = id.split('.')[0];
      if (prefix === 'problem' || prefix === 'strategy') facet = prefix;
    }
    if (facet !== 'problem' && facet !== 'strategy') {
      this.error('taxonomy-bad-facet', facetNode ? this.place(facetNode) : place, facetNode ? `The category "${id}" has facet "${String(facet ?? '')}"; a facet is \`problem\` or \`strategy\`.` : `The category "${id}" has no \`facet\`.`, 'Write `facet: problem` for a category of problems named, `facet: strategy` for countermeasures proposed.');
      ok = false;
    }
    const dimNode = get(node, 'dimension');
    const dimension = this.string(node, 'dimension');
    if (!dimension || !dimensions.some((d) => d.id === dimension)) {
      const known = dimensions.map((d) => d.id).join(', ');
      this.error('taxonomy-bad-dimension', dimNode ? this.place(dimNode) : place, dimension ? `The category "${id}" has dimension "${dimension}", which the codebook does not declare.` : `The category "${id}" has no \`dimension\`.`, `Use one of: ${known}; or declare the dimension in \`dimensions:\` at the top of the codebook.`);
      ok = false;
    }
    const label = this.label(node, id);
    const description = this.string(node, 'description') ?? '';
    const includeNode = get(node, 'include');
    const include = includeNode ? this.terms(includeNode, `the include terms of "${id}"`) : [];
    const patternsNode = get(node, 'patterns');
    const patterns = patternsNode ? this.patterns(patternsNode, id) : [];
    const excludeNode = get(node, 'exclude');
    const exclude = excludeNode ? this.terms(excludeNode, `the exclude terms of "${id}"`) : [];
    const examplesNode = get(node, 'examples');
    const examples = examplesNode ? this.examples(examplesNode, id) : [];
    if (include.length === 0 && patterns.length === 0) {
      this.warning('taxonomy-empty-terms', includeNode ? this.place(includeNode) : place, `The category "${id}" has no include terms or patterns, so no passage can ever be coded with it.`, 'Add words and phrases under `include:` (`en:` and `zh:` lists).');
    }
    const excluded = new Set(exclude.map((t) => t.text));
    for (const t of include) {
      if (excluded.has(t.text)) {
        this.warning('taxonomy-term-included-and-excluded', { line: t.line, column: 1 }, `"${t.text}" is both an include and an exclude term of "${id}"; its matches cancel themselves.`, 'Keep the term in one of the two lists.');
      }
    }
    if (!ok || facet === undefined || dimension === undefined) return undefined;
    return { id, facet, dimension, label, description, include, patterns, exclude, examples, line: place.line ?? 0 };
  }

  private label(node: YAMLMap, fallback: string): Bilingual {
    const l = get(node, 'label');
    if (!l) return { en: fallback, zh: '' };
    if (isScalar(l) && typeof l.value === 'string') return { en: l.value.trim(), zh: '' };
    if (isMap(l)) {
      this.unknownKeys(l, ['en', 'zh'], 'in a label');
      return { en: this.string(l, 'en') ?? fallback, zh: this.string(l, 'zh') ?? '' };
    }
    this.warning('taxonomy-bad-label', this.place(l), 'A label must be a text or a mapping `{ en: ..., zh: ... }`; it was ignored.', 'Write `label: { en: Insufficient resources, zh: 资源不足 }`.');
    return { en: fallback, zh: '' };
  }

  /** Reads a list of terms: a list, or a mapping of `en:` / `zh:` lists; items are texts or `{ term, weight }`. */
  private terms(node: Node, what: string): Term[] {
    const out: Term[] = [];
    for (const { item, language } of this.listItems(node, what)) {
      let raw: unknown;
      let weight: number | undefined;
      if (isScalar(item)) {
        raw = item.value;
      } else if (isMap(item)) {
        this.unknownKeys(item, ['term', 'weight'], `in ${what}`);
        raw = get(item, 'term') && isScalar(get(item, 'term')) ? (get(item, 'term') as { value: unknown }).value : undefined;
        weight = this.weight(item, what);
      }
      if (typeof raw === 'number') raw = String(raw);
      if (typeof raw !== 'string' || normaliseTerm(raw) === '') {
        this.warning('taxonomy-bad-term', this.place(item), `An entry of ${what} is not a word or phrase; it was skipped.`, 'Write each term as a text, or as `{ term: ..., weight: 2 }`.');
        continue;
      }
      const text = normaliseTerm(raw);
      if (text.length > MAX_TERM_LENGTH) {
        this.warning('taxonomy-term-too-long', this.place(item), `A term of ${what} is ${text.length} characters long (more than ${MAX_TERM_LENGTH}); it was skipped.`, 'Split it into shorter terms, or write a pattern.');
        continue;
      }
      const lang: TermLanguage = hasChinese(text) ? 'zh' : language === 'zh' && !/[a-z]/.test(text) ? 'zh' : 'en';
      const line = this.place(item).line ?? 0;
      if (out.some((t) => t.text === text)) continue;
      out.push({ text, language: lang, weight: weight ?? defaultWeight(text, lang), line, weighted: weight !== undefined });
    }
    return out;
  }

  private patterns(node: Node, id: string): Pattern[] {
    const out: Pattern[] = [];
    for (const { item, language } of this.listItems(node, `the patterns of "${id}"`)) {
      let source: unknown;
      let weight = 1;
      if (isScalar(item)) {
        source = item.value;
      } else if (isMap(item)) {
        this.unknownKeys(item, ['pattern', 'weight'], `in the patterns of "${id}"`);
        const p = get(item, 'pattern');
        source = p && isScalar(p) ? p.value : undefined;
        weight = this.weight(item, `the patterns of "${id}"`) ?? 1;
      }
      const place = this.place(item);
      if (typeof source !== 'string') {
        this.warning('taxonomy-bad-pattern', place, `An entry of the patterns of "${id}" is not a text; it was skipped.`, 'Write each pattern as a quoted text, such as \'重[^，。]{0,6}轻\'.');
        continue;
      }
      const problem = checkPattern(source);
      if (problem) {
        this.warning('taxonomy-bad-pattern', place, `The pattern /${source}/ of "${id}" cannot be used: ${problem}; it was skipped.`, 'Use plain terms where you can; allow gaps with bounded repeats such as [^，。]{0,6} or (?:\\w+ ){0,3}.');
        continue;
      }
      out.push({ source, language: language ?? (hasChinese(source) ? 'zh' : 'en'), regex: new RegExp(source, 'giu'), weight, line: place.line ?? 0 });
    }
    return out;
  }

  private examples(node: Node, id: string): Example[] {
    const out: Example[] = [];
    for (const { item, language } of this.listItems(node, `the examples of "${id}"`)) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        this.warning('taxonomy-bad-example', this.place(item), `An example of "${id}" is not a text; it was skipped.`, 'Write each example passage as a text.');
        continue;
      }
      const text = item.value.trim();
      out.push({ language: language ?? (hasChinese(text) ? 'zh' : 'en'), text });
    }
    return out;
  }

  private weight(item: YAMLMap, what: string): number | undefined {
    const w = get(item, 'weight');
    if (!w) return undefined;
    const value = isScalar(w) ? w.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 10) {
      this.warning('taxonomy-bad-weight', this.place(w), `A weight in ${what} is not a number between 0 and 10; the default weight is used.`, 'Write `weight: 2` for a term that should count double, `weight: 0.5` for a weak one.');
      return undefined;
    }
    return value;
  }

  /** The items of a list, or of the `en:` and `zh:` lists of a mapping, with their language. */
  private listItems(node: Node, what: string): Array<{ item: Node; language: TermLanguage | undefined }> {
    if (isSeq(node)) return node.items.map((item) => ({ item: item as Node, language: undefined }));
    if (isMap(node)) {
      const out: Array<{ item: Node; language: TermLanguage | undefined }> = [];
      for (const pair of node.items) {
        const key = keyOf(pair);
        if (key !== 'en' && key !== 'zh') {
          this.warning('taxonomy-unknown-key', this.place((pair.key as Node | null) ?? node), `"${key}" in ${what} is not a language; only \`en:\` and \`zh:\` lists are read, so it was ignored.`, 'Put English terms under `en:` and Chinese terms under `zh:`.');
          continue;
        }
        const v = pair.value as Node | null;
        if (!v) continue;
        if (!isSeq(v)) {
          this.warning('taxonomy-bad-list', this.place(v), `\`${key}:\` in ${what} must be a list; it was ignored.`, 'Write the terms as a list: `en: [lack of funds, shortage of funding]`.');
          continue;
        }
        for (const item of v.items) out.push({ item: item as Node, language: key });
      }
      return out;
    }
    if (isScalar(node) && node.value === null) return [];
    this.warning('taxonomy-bad-list', this.place(node), `${capitalise(what)} must be a list (or \`en:\` and \`zh:\` lists); it was ignored.`, 'Write for example:\ninclude:\n  en: [training base, equipment]\n  zh: [实训基地, 设备]');
    return [];
  }

  /**
   * Warns about terms that two categories of the same facet share without a weight written for
   * either: the coder cannot tell the two apart by that term. A written weight marks the sharing as
   * intended.
   */
  private sharedTerms(categories: Category[]): void {
    for (const facet of FACETS) {
      const owner = new Map<string, { id: string; weighted: boolean }>();
      for (const c of categories) {
        if (c.facet !== facet) continue;
        for (const t of c.include) {
          const seen = owner.get(t.text);
          if (seen === undefined) owner.set(t.text, { id: c.id, weighted: t.weighted });
          else if (seen.id !== c.id && !seen.weighted && !t.weighted) {
            const first = seen.id;
            this.warning('taxonomy-shared-term', { line: t.line, column: 1 }, `The term "${t.text}" is in both "${first}" and "${c.id}", two ${facet} categories; a passage holding it counts for both.`, 'Keep it in the category it fits best, or give it a lower weight (`{ term: ..., weight: 0.5 }`) in the other.');
          }
        }
      }
    }
  }

  private string(map: YAMLMap, key: string): string | undefined {
    const node = get(map, key);
    if (!node) return undefined;
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
      const s = String(node.value).trim();
      return s === '' ? undefined : s;
    }
    if (isScalar(node) && node.value === null) return undefined;
    this.warning('taxonomy-bad-value', this.place(node), `\`${key}:\` must be a text; it was ignored.`, `Write \`${key}: ...\` with a text value.`);
    return undefined;
  }

  private unknownKeys(map: YAMLMap, known: readonly string[], where: string): void {
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (known.includes(key)) continue;
      const near = nearest(key, known);
      this.warning('taxonomy-unknown-key', this.place((pair.key as Node | null) ?? map), `Unknown key "${key}" ${where}; it was ignored.`, near ? `Did you mean \`${near}\`? Known keys: ${known.join(', ')}.` : `Known keys: ${known.join(', ')}.`);
    }
  }

  private place(node: Node): Place {
    const offset = node.range?.[0] ?? 0;
    return this.at(offset);
  }

  private at(offset: number): Place {
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  private error(rule: string, place: Place, reason: string, note: string): void {
    this.messages.push(message('error', STAGE, rule, this.path, reason, { place, note }));
  }

  private warning(rule: string, place: Place, reason: string, note: string): void {
    this.messages.push(message('warning', STAGE, rule, this.path, reason, { place, note }));
  }
}

function get(map: YAMLMap, key: string): Node | undefined {
  for (const pair of map.items) {
    if (keyOf(pair) === key) return (pair.value as Node | null) ?? undefined;
  }
  return undefined;
}

function keyOf(pair: Pair): string {
  const k = pair.key as Node | null;
  return k && isScalar(k) ? String(k.value) : '';
}

/** Offset of the first place where brackets, dashes and indentation nest over 200 deep (else the deepest). */
function deepestOffset(text: string): number {
  let flow = 0;
  let block = 0;
  let atLineStart = true;
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      atLineStart = true;
      block = 0;
      continue;
    }
    if (atLineStart && (c === ' ' || c === '-' || c === '?')) block++;
    else atLineStart = false;
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (flow + block > best) {
      best = flow + block;
      bestAt = i;
      if (best > 200) break;
    }
  }
  return bestAt;
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').replace(/\.$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The known key within edit distance 2 of `key`, if any (for "did you mean"). */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
