/**
 * Chinese policy document numbers (文号) as one key in both scripts: 国办发〔2017〕95号 and
 * "Guobanfa [2017] No. 95" both give `guobanfa-2017-95`.
 */

/**
 * Pinyin (without tones) of the characters that make up document-number prefixes: issuing bodies
 * (国务院办公厅 -> 国办), provinces (京, 沪, 渝, 湘 …), ministries (教 education, 人社 human resources,
 * 财 finance, 发改 development and reform …) and the kind of paper (发, 函, 字, 令, 通, 电).
 * A character missing here stays as it is: the key then still matches the same number in Chinese.
 */
const PINYIN_TABLE =
  '国guo 办ban 发fa 函han 字zi 令ling 通tong 电dian 明ming 传chuan 真zhen 报bao 要yao 纪ji ' +
  '教jiao 育yu 职zhi 成cheng 高gao 基ji 师shi 督du 导dao 学xue 位wei 研yan 究jiu 生sheng 语yu 言yan ' +
  '考kao 试shi 思si 政zheng 体ti 艺yi 卫wei 健jian 财cai 税shui 人ren 社she 部bu 厅ting 院yuan ' +
  '改gai 产chan 业ye 工gong 信xin 科ke 技ji 协xie 委wei 中zhong 央yang 党dang 团tuan 组zu 宣xuan ' +
  '省sheng 市shi 府fu 县xian 区qu 乡xiang 镇zhen 农nong 商shang 贸mao 易yi 经jing 济ji 规gui 划hua ' +
  '建jian 交jiao 运yun 输shu 环huan 境jing 总zong 局ju 银yin 保bao 监jian 证zheng 外wai 民min ' +
  '司si 法fa 统tong 计ji 审shen 价jia 格ge 资zi 源yuan 水shui 利li 住zhu 房fang 文wen 旅lv 广guang ' +
  '公gong 安an 劳lao 动dong 务wu 妇fu 残can 联lian 会hui 知zhi 识shi 权quan 海hai 关guan 署shu ' +
  '质zhi 检jian 标biao 准zhun 编bian 秘mi 综zong 合he 行xing 群qun 机ji 事shi 管guan 理li 评ping ' +
  '估gu 网wang 络luo 息xi 化hua 术shu 继ji 续xu 示shi 范fan 特te 急ji 意yi 则ze 例li 条tiao 印yin ' +
  '共gong 青qing 年nian 少shao 先xian 队dui 直zhi 属shu 军jun 兵bing 侨qiao 台tai 港gang 澳ao ' +
  '京jing 津jin 沪hu 渝yu 冀ji 晋jin 辽liao 吉ji 黑hei 苏su 浙zhe 皖wan 闽min 赣gan 鲁lu 豫yu 鄂e ' +
  '湘xiang 粤yue 琼qiong 川chuan 蜀shu 贵gui 黔qian 云yun 滇dian 陕shan 甘gan 陇long 蒙meng 桂gui ' +
  '藏zang 宁ning 新xin 江jiang 南nan 州zhou 北bei 上shang 天tian 河he 山shan 西xi 东dong 内nei ' +
  '湖hu 四si 福fu 深shen 圳zhen 杭hang 武wu 汉han 都du 城cheng 长chang 沙sha 庆qing 重zhong';

const PINYIN: ReadonlyMap<string, string> = new Map(
  PINYIN_TABLE.split(' ').map((pair) => [pair.slice(0, 1), pair.slice(1)] as [string, string]),
);

/** Characters that end a title, not begin a prefix: 意见, 通知, 方案, 的, 》. */
const NOT_PREFIX = /[见知案的》」』”号]/u;

const ZH = /([\p{Script=Han}]{1,12})\s?[〔\[(（【［]\s?(\d{4})\s?[〕\])）】］]\s?第?\s?(\d{1,4})\s?号/u;
const EN = /\b([A-Z][a-z]{1,12}(?: [A-Z][a-z]{1,12}){0,4}) ?[[(](\d{4})[\])] ?(?:No\.?|Number) ?(\d{1,4})\b/;

/** Transliterates a Chinese prefix; unknown characters are kept. */
function transliterate(prefix: string): string {
  let out = '';
  for (const ch of prefix) out += PINYIN.get(ch) ?? ch;
  return out;
}

/**
 * Finds a document number in `s` and returns its key, `prefix-year-number` with the prefix in
 * pinyin ('' when there is none): "国办发〔2017〕95号" and "Guobanfa [2017] No. 95" -> "guobanfa-2017-95".
 */
export function docNumberKey(s: string | undefined): string {
  if (!s) return '';
  const zh = ZH.exec(s);
  if (zh) {
    let prefix = zh[1] ?? '';
    // Keep only what follows the last character that ends a title ("若干意见国办发" -> "国办发").
    for (let i = prefix.length - 1; i >= 0; i--) {
      if (NOT_PREFIX.test(prefix[i] ?? '')) {
        prefix = prefix.slice(i + 1);
        break;
      }
    }
    if (prefix.length > 6) prefix = prefix.slice(-6);
    if (!prefix) return '';
    return `${transliterate(prefix)}-${zh[2]}-${Number(zh[3])}`;
  }
  const en = EN.exec(s);
  if (en) {
    const prefix = (en[1] ?? '').toLowerCase().replace(/ /g, '');
    return `${prefix}-${en[2]}-${Number(en[3])}`;
  }
  return '';
}
