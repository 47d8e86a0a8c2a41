/**
 * Conservative stop-word lists, written for this project. They remove function words only. Words
 * that mark a problem statement or a demand stay countable: negation (not, no, never, without, 不, 无,
 * 未, 没有), deficiency (lack, insufficient, few, little, less, 缺乏, 不足, 欠缺), need and obligation
 * (need, should, must, 需要, 应当, 必须) and the nouns problem and system (问题, 体制, 机制, 制度).
 * Generic lists such as stopwords-iso drop exactly those words.
 */

const ENGLISH = `a an the and or but if then else nor
of in on at by for with from to into onto upon about above below over under between among amongst
through throughout during before after within across along around beyond toward towards against
as than so such that this these those there here where which who whom whose what when why how
it its itself they them their theirs themselves we us our ours ourselves you your yours yourself
yourselves he him his himself she her hers herself i me my mine myself one ones
is am are was were be been being has have had having do does did doing done
will would shall can could may might
also both each either any some all other others another same very too just
thus hence therefore however moreover furthermore whereas while although though because since
until unless via per etc eg ie et al whether once again further mr mrs ms dr
it's we're they're i'm you're he's she's that's there's let's`;

/** Negation and deficiency words that must never be treated as stop words, even by mistake. */
const ENGLISH_KEEP = `not no never none nothing nobody neither cannot without lack lacks lacking lacked
insufficient inadequate few fewer little less least limited need needs needed problem problems
system systems weak poor only should must`;

const CHINESE = `的 地 得 之 了 着 过 和 与 及 以及 或 或者 等 等等 在 是 对 对于 为 为了 将 把 被 由 从 向 于
其 其中 此 这 那 这些 那些 这个 那个 该 各 各个 有关 有 也 都 就 而 并 并且 及其 即 如 如下 中 上 下 个
我们 他们 它 它们 我 你 他 她 以 所 之一 依照 按照 根据 通过 关于 以上 以下 此外 同时 均 又 还 已 已经
则 但 但是 而且 一些 所有 每 本 第 条 章 节 款 项 年 月 日`;

/** Chinese negation and deficiency words of two or more characters: split off the jieba words that hold them. */
const CHINESE_DEFICIENCY = `没有 无法 未能 不能 难以 缺乏 缺少 欠缺 短缺 匮乏 不足 不够 不力 不强 不高 薄弱 滞后`;

/** Chinese negation and deficiency words kept countable. */
const CHINESE_KEEP = `不 无 未 非 ${CHINESE_DEFICIENCY} 需要 问题 体制 机制 制度 应当 应 必须`;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** English stop words, lower case, apostrophes as U+0027. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = words(ENGLISH);
/** Chinese stop words: function words, pronouns, and the numbering words of articles (第, 条, 章, 款). */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = words(CHINESE);
/**
 * Chinese negation and deficiency words of two or more characters (没有, 无法, 缺乏, 不足, 不够, 薄弱 …).
 * jieba's dictionary holds compounds that end or begin with one of them (经费不足, 缺乏经验, 基础薄弱);
 * the tokenizer splits such a compound in two so that the word is counted (see chinese-splits.ts).
 * One-character negations (不, 无, 未, 非) are not in it: they begin words that negate nothing (不断,
 * 无论, 未来, 非常).
 */
export const CHINESE_DEFICIENCY_WORDS: ReadonlySet<string> = words(CHINESE_DEFICIENCY);
/** Words that carry the problem signal and are never stop words, in both languages. */
export const SIGNAL_WORDS: ReadonlySet<string> = words(`${ENGLISH_KEEP} ${CHINESE_KEEP}`);

const ARTICLE_NUMBER = /^第[〇一二三四五六七八九十百千零两\d]{1,8}[条章节款项编]$/;

/**
 * True when a word (lower case, possessive removed) is a stop word. Single letters and the numbering
 * of articles and chapters (第一条, 第三章) are stop words; contractions of not ("don't", "isn't") and
 * the signal words never are.
 */
export function isStopWord(word: string): boolean {
  if (SIGNAL_WORDS.has(word)) return false;
  if (word.endsWith("n't")) return false;
  if (ENGLISH_STOP_WORDS.has(word) || CHINESE_STOP_WORDS.has(word)) return true;
  if (word.charCodeAt(0) === 0x7b2c && ARTICLE_NUMBER.test(word)) return true; // 第…条: article numbering
  return word.length === 1 && word.charCodeAt(0) < 0x2e80;
}
