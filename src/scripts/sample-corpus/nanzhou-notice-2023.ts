import { parseBlocks, type SampleDocument } from './sample-document.js';

/** Chinese municipal notice, 2023, a government web page at the top of the corpus (kind to be guessed). */
export const nanzhouNotice2023: SampleDocument = {
  path: '2023-nanzhou-industrial-college-notice.html',
  format: 'html',
  kind: 'policy',
  language: 'zh',
  year: 2023,
  title: '南州市教育局 南州市发展和改革委员会关于推进现代产业学院和市域产教联合体建设的通知',
  authors: ['南州市教育局', '南州市发展和改革委员会'],
  source: '南教发〔2023〕7号',
  description:
    'Chinese municipal notice (fictional city) saved from a government web site with navigation, breadcrumb and footer; 一、 and （一） numbering. At the top of the corpus with no metadata row, so its kind must be guessed. Names the provincial plan in 《》.',
  blocks: parseBlocks(`
T: 南州市教育局 南州市发展和改革委员会关于推进现代产业学院和市域产教联合体建设的通知
M: 南教发〔2023〕7号
M: 各区县教育局、发展改革局，市属各高等学校、职业院校：
为贯彻落实《江川省深化产教融合实施方案》（江政办发〔2021〕12号），推动我市教育链与产业链深度对接，经市政府同意，现就推进现代产业学院和市域产教联合体建设的有关事项通知如下。
H1: 一、充分认识建设意义
近年来，我市校企合作取得积极进展，但部分合作仍停留在签协议、挂牌子的层面，企业参与人才培养的深度不够，学校专业设置与全市重点产业的匹配度有待提高。各地各校要把现代产业学院和产教联合体建设作为深化产教融合的重要抓手。
H1: 二、建设目标
到2025年，全市建成市级现代产业学院10个左右、市域产教联合体3个，每个联合体覆盖1个产业园区、1所以上高校或职业院校和20家以上企业。
H1: 三、重点任务
（一）组建市域产教联合体。以国家级和省级产业园区为依托，由园区管理机构、龙头企业和院校共同牵头，实行理事会制度，统筹园区内的人才需求、实习实训和技术服务。
（二）建设现代产业学院。支持院校与行业龙头企业共建现代产业学院，校企共同制定人才培养方案、共同开发课程、共同组建教学团队、共同评价培养质量。
（三）共建共享实训资源。鼓励联合体内的企业和院校开放设备、场地和技术资源，建设共享型实训基地和技术创新中心，面向中小企业提供技术服务。
（四）推进数字化赋能。建设“南州产教通”数字服务平台，汇集用工需求、实习岗位和技术难题信息，实现校企供需在线对接。
（五）促进人员双向流动。院校每年选派专业教师到联合体企业实践，企业技术骨干到院校兼职授课，其工作量分别纳入各自单位的考核。
H1: 四、保障措施
（一）加强组织领导。市教育局、市发展改革委会同市工业和信息化局建立工作推进机制，定期研究解决建设中的困难和问题。
（二）强化经费保障。市级财政统筹产教融合专项资金，对认定的现代产业学院和产教联合体给予一次性建设补助。
（三）开展绩效评估。建立年度评估制度，对挂牌后两年内没有实质性合作内容的现代产业学院予以撤销。
请各单位于2023年6月30日前将申报材料报送市教育局职业教育处。
M: 附件：南州市现代产业学院申报表
M: 南州市教育局　南州市发展和改革委员会
M: 2023年5月18日
`),
};
