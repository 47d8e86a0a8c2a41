/**
 * The built-in cue lexicon: words that tell a passage naming a problem from one proposing a
 * strategy, whatever its topic. A codebook may add problem and strategy cues (`cues:`).
 */

/**
 * - problem: a deficiency (lack, insufficient, 不足, 滞后);
 * - strategy: a prescription or an action (should, strengthen, 加强, 建立);
 * - modal: a prescription by a modal (should, must, 应, 要): counts as strategy;
 * - remedy: an action against a deficiency (address, solve, 解决, 针对): counts as strategy, and the
 *   deficiency words after it in its clause are the object of the remedy, not a problem claim;
 * - negator: a negation (not, no, 未, 没有) or an incapacity (difficult to, 难以): it turns the action or
 *   positive quality that follows into a deficiency ("not sound", 未建立), cancels a deficiency that
 *   follows ("not lacking"), and otherwise counts as a weak deficiency itself;
 * - cancel: "no longer", 不再: the deficiency that follows is not claimed;
 * - positive: a quality that a negation makes a deficiency (sound, effective, 到位 is lexical);
 * - neutral: words that contain or look like a cue but are none ("not only", 不断, 主要, 适应);
 * - meta: methodology and document furniture (questionnaire, Table 2, 问卷, 第三章): no finding;
 * - study: talk about research (this paper, scholars, 本文): no finding unless a finding verb follows;
 * - finding: a finding verb (find, reveal, 表明, 发现) that makes a `study` sentence a claim;
 * - proposal: a verb of proposing (propose, put forward, 提出, 建议): a strategy cue that also makes a
 *   `study` sentence a claim ("this paper proposes establishing ...");
 * - background: a statement of importance or of what something is ("serves as", "has become", 是…的重要):
 *   no claim unless a modal or a deficiency says otherwise.
 */
export type CueKind = 'problem' | 'strategy' | 'modal' | 'remedy' | 'negator' | 'cancel' | 'positive' | 'neutral' | 'meta' | 'study' | 'finding' | 'proposal' | 'background';

/** One cue: its words (English words are stemmed when compiled), what it marks, and how much it counts. */
export interface Cue {
  text: string;
  kind: CueKind;
  weight: number;
}

function list(kind: CueKind, weight: number, words: string): Cue[] {
  return words
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map((text) => ({ text, kind, weight }));
}

/** English cues. */
export const ENGLISH_CUES: readonly Cue[] = [
  ...list('problem', 1.2, 'lack|lack of|lacking|shortage|shortages|short of|shortfall|insufficient|insufficiently|inadequate|inadequately|deficient|deficiency|deficiencies|deficit|scarce|scarcity|absent|absence|missing|weak|weakly|weakness|weaknesses|poor|poorly|low|too few|too little|too small|too narrow|lag|lag behind|lagging|outdated|obsolete|out of date|backward|disconnect|disconnected|disconnection|mismatch|mismatched|misaligned|divorced from|out of step|difficulty|difficulties|hinder|hinders|hamper|impede|obstruct|obstacle|obstacles|barrier|barriers|bottleneck|dilemma|predicament|plight|reluctant|reluctance|unwilling|unwillingness|half-hearted|half-heartedly|lukewarm|indifferent|superficial|superficially|shallow|formality|mere formality|formalism|perfunctory|only on paper|on paper|in name only|nominal|fragmented|fragmentation|scattered|unclear|vague|ambiguous|unsound|imperfect|incomplete|rigid|unbalanced|imbalance|uneven|inconsistent|overlap|overlapping|duplicated|duplication|inefficient|inefficiency|ineffective|irrational|unreasonable|neglect|neglected|overlook|overlooked|shirk|buck-passing|cheap labour|cheap labor|misunderstanding|misconception|far below|far from|yet to|deviate|deviation|cling to|diverge|collapse|collapses|narrow|impossible|almost impossible|uncertain|too uncertain|cannot afford|inactive|dormant|symbolic|tokenistic|disappear|disappears|withdraw|withdraws|contradict|contradictory|dampen|dampens|squeezed out|marginalised|marginalized|marginal|patchwork|piecemeal|haphazard|ad hoc|short-lived|unstable|instability|unaware|underfunded|understaffed|overburdened|burden|burdens|shortcoming|shortcomings|drawback|drawbacks|flaw|flaws|defect|defects|bias|biased|mere|merely|dispute|disputes|chaos|chaotic|confusion|confused|friction|frictions|tension|tensions|wrangling|little to do with|not kept pace|failed to keep pace|out of touch|insufficiency|lacks|lacked|vary greatly|vary widely|varies greatly|dominated by|remains dominated|gap between|gaps between|weaken|weakens|undermine|undermines|erode|hampered|hindered|hindering|restricted|constrained|deprived'),
  ...list('problem', 0.8, 'weaker|lower|poorer|fewer|less|smaller|narrower|worse|limited|limit|limits|problem|problems|worry|worries|concern|concerns|conflict|conflicts|restrict|restricts|constrain|constraint|constraints|discourage|discourages|struggle|struggle to|only|merely|persist|persists|loose|slow|complicated|cumbersome|waste|decline|declining|excessive|overly|overstate|complain|complaint|cap|caps|minority|only a minority|only when|tend to|tends to|prevent|prevents|nothing|no one|nobody|costly|expensive|separate|separately|isolation|isolated|unequal|inequality|lower|falls short|fall short|behind|pressure|pressures|dissatisfied|dissatisfaction|passive|passively|reluctantly'),
  ...list('problem', 0.4, 'rather than|instead of'),
  ...list('problem', 0.5, 'challenge|challenges|risk|risks|still|remain|remains|mostly|largely|rely on|relies on|depend on|depends on|dependent on|treat|treats|merely as|equate|regard'),
  ...list('modal', 1.3, 'should|must|need to|needs to|ought to|have to|has to|it is necessary|it is essential|it is imperative|it is recommended|it is suggested|is needed|are needed|is required|are required|is essential|are advised to|is advised to|need a|needs a|need an|needs an|need for|a need to|it is important to|it is vital to|it is crucial to|it is urgent to|should be|must be|urgently|recommended|recommendation|recommendations'),
  ...list('strategy', 0.5, 'necessary|essential|needed|required'),
  ...list('strategy', 1.1, 'encourage|encouraged|promote|strengthen|establish|build|construct|improve|optimise|optimize|deepen|foster|set up|formulate|clarify|restructure|facilitate|accelerate|push forward|advance|ensure|safeguard|advocate|call for|urge|strive|take measures|countermeasure|countermeasures|co-build|co-construct|jointly|introduce|innovate|broaden|expand|create|integrate|purchase|reimburse|subsidise|subsidize|incentivise|incentivize|spell out|set aside|earmark|mobilise|mobilize|motivate|align|aligned with|revise|overhaul|redesign|strengthening|establishing|building|promoting|encouraging|improving|deepening|optimising|optimizing|expanding|developing|creating|fostering|let|make full use|give full play|in the future|going forward'),
  ...list('strategy', 0.7, 'support|enhance|implement|reform|adjust|refine|standardise|standardize|guarantee|guide|update|upgrade|allocate|pool|hire|invite|appoint|form|develop|cultivate|can|aim to|focus on|key to|is the key|adopt|carry out|launch|organise|organize|combine|provide|offer|design|explore|follow|learn from|draw on|open|share|invest|set|increase|raise|reward|certify|select|feed|inform|use|combining|connect'),
  ...list('strategy', 0.8, 'help|helps|enable|enables|allow|allows'),
  ...list('strategy', 0.5, 'could|would|may|might'),
  ...list('strategy', 0.3, 'will|plan|measure|measures|path|paths|pathway|pathways|approach|approaches'),
  ...list('remedy', 0.6, 'address|solve|resolve|overcome|tackle|remedy|alleviate|mitigate|avoid|to prevent|so as to prevent|eliminate|reverse|bridge|compensate|compensate for|make up for|in response to|cope with|counter|fix|ease|break down barriers|break down the barriers|break through|narrow the gap|close the gap|reduce|respond to'),
  ...list('negator', 0.8, 'few|little|rarely|seldom|scarcely|barely|hardly'),
  ...list('negator', 0.8, "not|no|never|without|nor|neither|none|nobody|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|couldn't|can't"),
  ...list('negator', 1.2, 'cannot|can not|fail|fails|failed|fail to|fails to|failure|unable|unable to|difficult|difficult to|hard to|struggle to|is hard|are hard'),
  ...list('cancel', 0, 'no longer|not lack|no lack|no shortage|not insufficient|not a problem|no problem|never lack'),
  ...list('positive', 0, 'sound|perfect|complete|adequate|adequately|sufficient|sufficiently|effective|effectively|clear|clearly|close|closely|deep|deeply|high|strong|mature|smooth|smoothly|enough|in place|timely|good|well|unified|systematic|systematically|coordinated|active|actively|fully|properly|widely|substantive|substantial|satisfactory|consistent|stable|balanced|reasonable|keep pace|kept pace|keep up|kept up|recognise|recognize|reached|evidence|recognition|interest|agreement|authority|responsibility|guidance|clauses|access|accepted|recognised|recognized|counted|regulated|enforced|match|matched|adapted|flow'),
  ...list('neutral', 0, 'can only|only if|only by|only through|only then|only in this way|not only|not just|not least|no doubt|no matter|no less|not necessarily|a few|quite a few|a little|not to mention|as well|as well as|can be traced|can be seen|it can be seen|lower-level|low-carbon|high-quality|high quality|higher vocational|high-level|high-calibre|high-caliber|high-tech|strong support|well-known|skills gap'),
  ...list('meta', 0, 'questionnaire|questionnaires|likert|cronbach|regression|factor analysis|variance|respondents|respondent|interviewed|interviewees|interview protocol|interviews were|were interviewed|sample of|sampling|descriptive statistics|coefficient|coefficients|hypothesis|hypotheses|table|figure|fig|appendix|keywords|key words|funded by|research questions|research question|the remainder of|this chapter|chapter|section 1|section 2|section 3|section 4|section 5|mixed-methods|mixed methods|case studies|literature review|reviews the literature|data were collected|was distributed|were distributed|the following section|as follows|is organised|is organized|this section|stratified|random sampling|transcribed|coded with|nvivo|spss|correlation|cnki|web of science|semi-structured|focus group|focus groups|was conducted|were conducted|analysis was|research methods|research method|this article elaborates|elaborates on'),
  ...list('study', 0, 'this paper|this study|this article|this research|the present study|the study|studies|scholars|researchers|previous research|prior research|the literature|theoretical framework|theoretical perspective|from the perspective of|from the perspectives of|is defined|are defined|defined as|refers to|refer to|traced back|triple helix|first appeared|anonymous reviewers|the author thanks|we thank'),
  ...list('proposal', 0.8, 'propose|proposes|proposed|proposing|put forward|puts forward|suggest|suggests|suggested|recommend|recommends|recommended|advise|advises'),
  ...list('background', 0, 'serves as a|serves as an|serve as a|serve as an|plays an important role|play an important role|plays a key role|is an important|are an important|is an effective|has become|have become|has emerged as|is regarded as|are regarded as|is considered|is seen as|is essentially|is the core|is a pivotal|pivotal mechanism'),
  ...list('finding', 0, 'find|finds|found|findings|reveal|reveals|revealed|show that|shows that|showed that|indicate|indicates|indicated|suggest that|suggests that|argue that|argues that|conclude|concludes|demonstrate|demonstrates'),
];

/** Chinese cues (matched as substrings, leftmost-longest, so 不健全 wins over 健全 and 主要 over 要). */
export const CHINESE_CUES: readonly Cue[] = [
  ...list('problem', 1.2, '不足|缺乏|缺少|匮乏|欠缺|短缺|紧缺|稀缺|缺失|缺位|缺口|不健全|不完善|不完备|不充分|不到位|不明确|不清晰|不清|不明|不畅|不顺畅|不够|不高|不强|不深|不紧密|不稳定|不平衡|不均衡|不合理|不规范|不匹配|不适应|不相适应|不对接|不协调|不一致|不力|不佳|不良|不积极|不主动|不重视|重视不够|不理想|不充足|难题|困境|瓶颈|障碍|阻碍|制约|束缚|掣肘|壁垒|短板|薄弱|滞后|落后|陈旧|老化|过时|脱节|错位|失衡|偏差|偏低|较低|过低|偏少|较少|很少|过少|单一|碎片化|割裂|各自为政|多头管理|条块分割|流于形式|形式化|形式主义|表面化|浅层次|浅层|松散|模糊|笼统|空泛|虚化|弱化|淡化|边缘化|忽视|忽略|轻视|漠视|推诿|扯皮|校热企冷|一头热|冷淡|消极|参差不齐|良莠不齐|缓慢|困难|难以为继|有名无实|貌合神离|两张皮|廉价劳动力|顾虑|担心|担忧|亟待|无人|不畅通|不统一|不健康|断层|低下|短期化|功利化|随意性|不确定|不明显|不显著|无人问津|差距较大|差距大|存在差距|较大差距|明显差距|负担|包袱|形同虚设|名存实亡|虚设|搁置|空转|不了了之|有待提高|有待加强|有待完善|亟待解决|亟待加强|不尽如人意|捉襟见肘|力不从心|望而却步|心有余而力不足|热情较低|积极性不高|动力不足|不愿|不敢|不想|不肯|不足以|青黄不接|供不应求|供过于求|一刀切|同质化|重复|低水平|低层次|单向|被动应付|应付|敷衍|走过场|各行其是|相互掣肘|层层衰减|梗阻|堵点|痛点|难点|短缺|流失|偏重|偏离|迟迟|始终未|一直未|长期缺乏|尚待|有待'),
  ...list('problem', 0.8, '有限|分散|停留在|矛盾|严重|不多|不大|不一|低|少|差|弱|难|限制|依赖|依靠|等同于|固守|签完即止|不对称|较大|过大|过多|过高|过重|主要看|只看|仅限于|局限于|无暇|额外|滞缓|不够高|不够强|还不够|尚不|仍未|仍以|仍是'),
  ...list('problem', 0.5, '问题|挑战|风险|仅仅|只是|仍然|依然|仍|依旧|突出|存在|往往|普遍|多数|大多|少数|当作|视为|当成'),
  ...list('modal', 1.3, '应|应当|应该|要|须|必须|务必|理应|亟需|亟须|有必要|宜|要求各|应将|应把'),
  ...list('modal', 0.9, '需要|需'),
  ...list('strategy', 1.1, '鼓励|支持|推动|推进|促进|加强|强化|完善|健全|建立|构建|打造|搭建|组建|深化|优化|加大|加快|推行|引导|树立|营造|确保|给予|按规定|着力|大力|切实|坚持|激发|调动|拓宽|拓展|建立健全|制定|融入|培育|提升|提高|增强|转变|借鉴|探索|共建|创新|实行|吸引|聘请|选派|设立|统筹|落实|纳入|引入|探索建立|加快|鼓励支持|支持鼓励|推动建立|按照规定|予以|奖励|补助|扶持|倾斜|打通|畅通|贯通|做强|做实|做优|提质|赋能|夯实|筑牢|推进|建立完善'),
  ...list('strategy', 0.7, '要求|建设|建成|成立|实施|开展|推广|引入|引进|形成|实现|发挥|保障|整合|共享|共同|联合|协同|对接|调整|改革|规范|明确|出台|积极|进一步|努力|力争|引领|带动|扩大|运用|利用|发布|定期|可|可以|能够|有助于|有利于|面向|允许|改善|更新|设置|推出|开放|培养|走出去|试点'),
  ...list('remedy', 0.6, '解决|破解|弥补|缓解|克服|化解|扭转|打破|消除|避免|防止|杜绝|针对|应对|补齐|补足|突破|降低|减少|为解决|着力解决|有效解决|改变|扭转|纠正|规避|防范'),
  ...list('negator', 0.7, '不|没|无|并非|非'),
  ...list('negator', 1.0, '未|没有|并未|从未|尚未|未能|不能|无法|难以|很难|较难|不易|得不到|不会|无从|谈不上'),
  ...list('cancel', 0, '不再|不缺|不乏'),
  ...list('positive', 0, '到位|畅通|深入|紧密|充分|足够|主动|重视|认定|挂钩|落地|匹配|适应'),
  ...list('neutral', 0, '共建成|共有|共计|共同点|依法|不得|不宜|不准|不必|不妨|不失为|不一定|不但|不同|不论|不管|不少|不可或缺|不可替代|不容忽视|不言而喻|不可|不得不|无论|无疑|无缝|毫无疑问|主要|重要|要素|纲要|要点|只要|必要|适应性|相适应|相应|应用|供应|响应|对应|效应|反应|应届|回应|应运|顺应|降低成本|低碳|最低|高低|不仅如此|差异|差距|需求|需求侧|急需|难度|难点|无形|无人机|至少|多少|少数民族|应急|可能|认可|可持续|可操作性|许可|非常|非营利|非遗'),
  ...list('meta', 0, '问卷|样本|访谈|量表|信度|效度|回归|因子分析|描述性统计|基金项目|关键词|摘要|附录|研究对象|研究方法|研究设计|有效回收率|本章|第一章|第二章|第三章|第四章|第五章|第六章|绪论|表1|表2|表3|表4|表5|图1|图2|图3|图4|拟从|拟对|作者简介|收稿日期|扎根理论|编码分析|本节|下文|如下|本章|访谈资料|追究刑事责任|追究法律责任|给予处分|依法给予|责令|罚款|吊销|处罚|没收|违反本法|违反本条例|制定本法|制定本条例|本法所称|本条例所称|本条例自|本法自|施行'),
  ...list('study', 0, '本文|本研究|笔者|学者|研究者|已有研究|现有研究|文献|是指|指的是|定义为|内涵是|起源于|概念最早|最早见于|三螺旋'),
  ...list('proposal', 0.8, '提出|建议|主张'),
  ...list('background', 0, '具有重要意义|具有重要作用|发挥着重要作用|是推动|是促进|是实现|是提升|的重要途径|的重要举措|的必然要求|的必然选择|的关键所在|是职业教育|成为'),
  ...list('finding', 0, '发现|表明|显示|揭示|认为|指出|证实'),
];

/** Irregular verb forms of cue words. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  build: ['built'], set: ['set'], lead: ['led'], make: ['made'], take: ['took', 'taken'], give: ['gave', 'given'], fall: ['fell', 'fallen'],
  break: ['broke', 'broken'], hold: ['held'], keep: ['kept'], seek: ['sought'], bring: ['brought'], draw: ['drew', 'drawn'], spend: ['spent'],
  lend: ['lent'], send: ['sent'], feed: ['fed'], let: ['let'], put: ['put'], cut: ['cut'], run: ['ran'], pay: ['paid'], lay: ['laid'],
  overcome: ['overcame'], undertake: ['undertook', 'undertaken'], fight: ['fought'], leave: ['left'], lose: ['lost'],
};
const INFLECTED: ReadonlySet<CueKind> = new Set(['problem', 'strategy', 'remedy']);
const VOWEL = /[aeiou]/;

/**
 * The forms under which an English cue is matched: itself, and for problem, strategy and remedy cues
 * the -s, -ed and -ing forms of its first word (establish → establishes, established, establishing;
 * "lag behind" → "lagging behind"). Nouns made from verbs are not forms: "integration" is not a cue.
 */
export function inflections(cue: Cue): string[] {
  const out = new Set<string>([cue.text]);
  if (!INFLECTED.has(cue.kind) || /[\u3400-\u9fff]/.test(cue.text)) return [...out];
  const space = cue.text.indexOf(' ');
  const first = space < 0 ? cue.text : cue.text.slice(0, space);
  const rest = space < 0 ? '' : cue.text.slice(space);
  if (!/^[a-z]{3,}$/.test(first)) return [...out];
  for (const form of wordForms(first)) out.add(form + rest);
  return [...out];
}

function wordForms(w: string): string[] {
  const forms: string[] = [...(IRREGULAR[w] ?? [])];
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (last === 'e') {
    forms.push(`${w}s`, `${w}d`, `${w.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(prev)) {
    forms.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`, `${w}ing`);
  } else if (/(?:s|x|z|ch|sh)$/.test(w)) {
    forms.push(`${w}es`, `${w}ed`, `${w}ing`);
  } else {
    forms.push(`${w}s`, `${w}ed`, `${w}ing`);
    // Short words ending consonant-vowel-consonant double the consonant: lag → lagged, plan → planning.
    if (w.length <= 4 && !VOWEL.test(last) && VOWEL.test(prev) && !VOWEL.test(w[w.length - 3] ?? 'a') && !/[wxy]/.test(last)) {
      forms.push(`${w}${last}ed`, `${w}${last}ing`);
    }
  }
  return forms;
}
