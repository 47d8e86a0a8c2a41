import { createRequire } from 'node:module';

/**
 * The only file that uses compromise. It is about 450 times slower than the tokenizer, so it only
 * ever sees short spans (a candidate phrase with a few words of context), never whole documents,
 * and it is loaded (about 1 s) only when a check is asked for.
 */
interface NlpView {
  nouns(): { out(format: 'array'): string[] };
}
type Nlp = (text: string) => NlpView;

let nlp: Nlp | undefined;

function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const mod = require('compromise') as Nlp | { default: Nlp };
    nlp = typeof mod === 'function' ? mod : mod.default;
  }
  return nlp;
}

function simplify(s: string): string {
  return ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * True when compromise reads `phrase` as (part of) a noun phrase of `span`, the short stretch of
 * text around it: "dual-qualified teachers" in "the lack of dual-qualified teachers in colleges"
 * is; "enterprises lack" in "enterprises lack motivation" is not.
 * @param span a sentence or a few words around the phrase (keep it short: under about 30 words)
 * @param phrase the phrase as written in the span
 */
export function isNounPhrase(span: string, phrase: string): boolean {
  const target = simplify(phrase);
  if (target.trim() === '') return false;
  for (const np of load()(span).nouns().out('array')) {
    if (simplify(np).includes(target)) return true;
  }
  return false;
}
