import { parseBlocks, type SampleDocument } from './sample-document.js';

/** English journal paper, 2018, two-column PDF, numbered references with quoted titles. */
export const chenHollis2018: SampleDocument = {
  path: 'papers/2018-chen-hollis-enterprises-stay-cold.pdf',
  format: 'pdf',
  kind: 'paper',
  language: 'en',
  year: 2018,
  title: 'Why Enterprises Stay Cold: School-Enterprise Cooperation in Higher Vocational Colleges and How to Warm It Up',
  authors: ['Mei Chen', 'Robert Hollis'],
  source: 'Journal of Technical and Vocational Studies, Vol. 6, No. 2, 2018',
  firstPage: 41,
  description:
    'English interview study of why enterprises hold back from cooperation; two-column PDF with a running header, words hyphenated across lines, numbered references with quoted titles.',
  blocks: parseBlocks(`
T: Why Enterprises Stay Cold: School-Enterprise Cooperation in Higher Vocational Colleges and How to Warm It Up
M: Mei CHEN¹, Robert HOLLIS²
M: (1. School of Mechanical Engineering, Lanxi Vocational and Technical College, Lanxi 321100, China; 2. Centre for Skills Research, Northgate University, Northgate NG4 2AB, United Kingdom)
Abstract: Colleges in China sign many cooperation agreements with enterprises, yet the phrase “hot schools, cold enterprises” still describes most partnerships. Drawing on interviews with 31 managers and teachers in one prefecture, this paper asks why enterprises hold back and what colleges and governments can do about it. Enterprises weigh the cost of supervising interns against returns that arrive late or not at all; programmes lag behind the technology used on the shop floor; and agreements are signed for evaluation purposes and then left unused. We argue that cooperation warms up when costs are shared through tax relief and co-built training bases, when curricula are designed jointly around real production tasks, and when both sides appoint staff who are accountable for the partnership.
Keywords: school-enterprise cooperation; higher vocational education; enterprise motivation; order class; dual-qualified teachers
H1: 1 Introduction
Since the mid-2000s national policy has asked higher vocational colleges to train students together with industry, and the 2017 national opinions on industry-education inte\u00adgration promised enterprises new incentives for doing so [6]. Visits to colleges nevertheless leave a familiar impression: the college is eager, the enterprise polite but distant. Teachers sum up the situation as “hot schools, cold enterprises”. This paper examines that imbalance from the side of the enterprise, which the literature has studied less than the side of the college [1], [5].
The question matters beyond vocational education. Regional manufacturing depends on technicians who can operate and maintain automated lines, and employers in the prefecture studied here reported vacancies for such staff that stayed open for more than six months.
H1: 2 Data and Method
Between March and October 2017 we interviewed 19 managers in 13 enterprises (machinery, electronics and logistics) and 12 staff of three higher vocational colleges. Interviews lasted 40 to 90 minutes, were recorded with consent and coded in two rounds. Enterprise names are withheld at the request of participants. The sample is small and regional, so the findings below are offered as mecha\u00adnisms to test, not as estimates of prevalence.
H1: 3 Findings: Why Enterprises Hold Back
H2: 3.1 Costs without returns
Every enterprise manager mentioned cost. An intern needs a supervisor, protective equipment and insurance, and during the first weeks slows the line down. The return, a trained worker who stays, is uncertain: in the two largest firms fewer than one in five interns accepted a job after graduation. Several managers admitted that interns were placed on simple assembly tasks because “that is where they cost us least”, which turns the placement into cheap labour rather than learning [8]. Tax deductions for training costs exist on paper, but none of the 13 enterprises had claimed them, and two had never heard of them [7].
H2: 3.2 Curricula that lag behind production
Managers complained that graduates knew the theory of machines the firms had replaced years ago. College staff confirmed that programme revisions take two to three years and that equipment budgets are fixed long in advance. The mismatch is sharpest in electronics, where product cycles are shortest. Teachers, for their part, rarely have industry experience: in the three colleges only about a quarter of the teachers of vocational subjects had worked in an enterprise for more than a year, and few could advise firms on technical problems [3].
H2: 3.3 Agreements on paper
The three colleges had signed 214 cooperation agreements between them, but staff could name active projects for fewer than forty. Agreements were often signed to meet evaluation indicators and depended on a personal relationship between a dean and a manager; when either person moved, the partnership lapsed. One manager called the agreement in his drawer “a photograph for the college website”.
H1: 4 Strategies: How to Warm Enterprises Up
First, the cost of participation must be shared. Local governments can make existing tax relief usable by publishing a simple claim procedure, and colleges can offer something enterprises value in return, such as staff training or access to testing equipment. Co-built training bases, located on campus but equipped and partly run by a partner firm, let students practise on current equipment without stopping the firm’s own production [10].
Second, curricula should be designed jointly. Order classes, in which a firm recruits a cohort and helps to design its final-year modules, were the arrangement enterprises valued most, although they narrow what students learn [4]. Modern apprenticeship, which alternates college and workplace learning under a contract, spreads the benefits more widely but demands more coordination [2].
Third, people must be made responsible. Colleges can send teachers into enterprises for regular practice periods and count that time in promotion decisions, while engineers from partner firms teach practical modules as part-time instructors. A joint committee that meets each term and publishes what it has done makes it harder for an agreement to sink into a drawer [9].
H1: 5 Conclusion
Enterprises stay cold for rational reasons. The partnerships that worked in our sample had found a way to make cooperation pay for both sides and had someone on each side whose job depended on it. The interviews were conducted before the new national incentives took effect; a follow-up study will show whether they change the calculation of the enterprise.
RH: References
R: {hartley2016} [1] S. Hartley and L. Moreno, “Employer engagement in vocational education: costs, benefits and the apprenticeship bargain,” Journal of Vocational Education Policy, vol. 12, no. 3, pp. 211-229, 2016.
R: {lindqvist2015} [2] P. Lindqvist, Work-Based Learning and the Dual System. Oxford: Fenwick Press, 2015.
R: {osei2017} [3] K. Osei, M. Brandt, and A. Fischer, “Dual-qualified teachers and the practice gap in higher vocational colleges,” International Journal of Vocational Teacher Studies, vol. 15, no. 2, pp. 98-114, 2017.
R: {ferreira2017} [4] D. Ferreira, “‘Order classes’ and the limits of customised training,” Comparative Review of Skills Policy, vol. 9, no. 4, pp. 301-318, 2017.
R: {nakamura2014} [5] R. Nakamura, “Boundary crossing between school and workplace,” Learning and Work Quarterly, vol. 22, no. 1, pp. 5-24, 2014.
R: {gov2017} [6] General Office of the State Council, “Several opinions on deepening the integration of industry and education,” Guobanfa [2017] No. 95, Dec. 2017.
R: {liang2016} [7] J. Q. Liang, “Tax incentives for enterprise participation in vocational training,” Fiscal Studies in Education, vol. 4, pp. 77-85, 2016.
R: {baptiste2017} [8] H. Baptiste, “Interns or cheap labour? Student placements in manufacturing,” Work, Employment and Learning, vol. 31, no. 6, pp. 1020-1036, 2017.
R: {okonkwo2015} [9] T. Okonkwo, “Measuring the quality of school-enterprise partnerships,” Quality in Technical Education, vol. 3, no. 1, pp. 12-27, 2015.
R: {weber2017} [10] C. Weber and F. Lin, “Cost-benefit analysis of in-company training: evidence from three regions,” Training Economics Review, vol. 10, no. 2, pp. 145-167, 2017.
`),
};
