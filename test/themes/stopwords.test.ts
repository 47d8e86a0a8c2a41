import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/themes/stopwords.js';
import { tokenize } from '../../src/themes/tokenize.js';

describe('stop words', () => {
  it('keep negation, deficiency, need and problem words countable', () => {
    for (const w of ['not', 'no', 'never', 'without', 'lack', 'insufficient', 'few', 'less', 'need', 'problem', 'system', 'should', "don't", "isn't", 'cannot']) {
      expect(isStopWord(w), w).toBe(false);
    }
    for (const w of ['不', '无', '未', '没有', '缺乏', '不足', '需要', '问题', '体制', '机制', '应当']) expect(isStopWord(w), w).toBe(false);
  });

  it('remove function words', () => {
    for (const w of ['the', 'of', 'and', 'is', 'which', 'a', '的', '了', '和', '与', '第', '条', '第一条', '第三十二条', '第二章']) expect(isStopWord(w), w).toBe(true);
    for (const w of ['第一', '第一线', 'x光']) expect(isStopWord(w), w).toBe(false);
  });

  it('mark tokens: the problem words of a sentence stay, the glue goes', () => {
    const kept = tokenize('There is no system and a lack of funds; 企业缺乏动力，投入不足。', 'mixed')
      .filter((t) => !t.stop)
      .map((t) => t.text);
    expect(kept).toEqual(['no', 'system', 'lack', 'funds', '企业', '缺乏', '动力', '投入', '不足']);
  });
});
