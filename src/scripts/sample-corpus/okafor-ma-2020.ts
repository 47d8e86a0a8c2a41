import { parseBlocks, type SampleDocument } from './sample-document.js';

/** English journal paper, 2020, Word file, APA references (two with DOIs); cites the corpus guideline. */
export const okaforMa2020: SampleDocument = {
  path: 'papers/2020-okafor-ma-modern-apprenticeship.docx',
  format: 'docx',
  kind: 'paper',
  language: 'en',
  year: 2020,
  title: 'Modern Apprenticeship in Transition: Building Mechanisms for Mutual Benefit in School–Enterprise Partnerships',
  authors: ['Grace A. Okafor', 'Lin Ma'],
  source: 'International Review of Work-Based Learning, 4(1), 2020',
  firstPage: 18,
  description:
    'English comparative case study of three apprenticeship partnerships; Word file with heading styles and core properties, APA references, cites the corpus guideline by title.',
  blocks: parseBlocks(`
T: Modern Apprenticeship in Transition: Building Mechanisms for Mutual Benefit in School–Enterprise Partnerships
M: Grace A. Okafor and Lin Ma
M: Institute of Vocational Pedagogy, Westfield University
M: International Review of Work-Based Learning, 2020, 4(1), 18–34
Abstract. Apprenticeship schemes that combine college teaching with paid work in an enterprise are expanding in several countries, but many partnerships end after the first cohort. This article compares three partnerships between one vocational college and employers in logistics, automotive repair and hospitality, observed from 2017 to 2019. The partnership that lasted differed from the two that failed in three ways: decisions were taken by a joint board rather than by individual goodwill, costs and benefits were written down and shared, and workplace mentors were trained and recognised as teachers. We discuss what national guidance can and cannot do to produce these conditions.
Keywords: modern apprenticeship; work-based learning; partnership governance; mutual benefit; workplace mentors
H1: 1. Introduction
Apprenticeship has returned to the centre of skills policy. Governments in Europe and East Asia have introduced schemes under which students sign a contract with an employer and spend part of their programme in the workplace (Lindqvist, 2015; Wu & Tan, 2019). Research agrees that such schemes work when employers see a return on their investment (Hartley & Moreno, 2016; Weber & Lin, 2017), yet it says less about how colleges and employers organise that return in practice. This article addresses the question through three cases.
H1: 2. Policy Context
In March 2019 the Department for Skills and Vocational Learning issued the Guidelines on Work-Based Learning in Vocational and Higher Education Institutions, which require written agreements with stated learning outcomes and forbid the use of learners to cover staff shortages. The guidelines arrived midway through our observation period. Staff in all three partnerships welcomed the clarity but noted that the document leaves funding decisions to regional authorities, so the promised training grants had not reached any of the employers by the end of 2019.
H1: 3. Cases and Method
The three partnerships were run by the same college, which allowed us to hold the institutional setting constant. We attended 22 partnership meetings, interviewed 27 people (managers, mentors, teachers and apprentices) and read the agreements and minutes. All names used here are pseudonyms.
The logistics partnership began in 2017 with 24 apprentices and ended after one year. The automotive partnership began with 16 apprentices and continued into a third cohort. The hospitality partnership, with 30 apprentices, was suspended in its second year.
H1: 4. What Made the Difference
H2: 4.1 Shared governance
In the automotive case, a partnership board with two college and two company members met every six weeks, kept minutes and could change the training schedule. In the other cases decisions depended on a single enthusiastic manager. When the logistics manager was transferred, nobody in the company felt responsible, and the agreement remained in force only on paper.
H2: 4.2 Costs and benefits written down
The automotive company calculated what each apprentice cost in supervision and materials and agreed with the college that the college would provide evening courses for its existing staff in exchange. Both sides could therefore point to a benefit. In the hospitality case, managers came to regard apprentices as seasonal staff and scheduled them for long shifts at peak times; complaints from students and parents led the college to suspend the placement (Baptiste, 2017).
H2: 4.3 Mentors as teachers
Workplace mentors in the automotive company attended a short course at the college and were listed as adjunct instructors, and two college teachers spent a month each year in the company workshop. Mentors in the other cases received no preparation and saw supervision as an extra burden. This echoes earlier findings that the practice gap between college teachers and industry is narrowed from both sides or not at all (Nakamura, 2014; Osei et al., 2017).
H1: 5. Discussion
The cases suggest that a partnership survives when it becomes an organisation with its own rules rather than a relationship between two people. National guidance can require written agreements and protect learners, but it cannot by itself create a joint board or a fair exchange of costs; those are built locally (Rahman & Ellis, 2019). Order classes, in which an employer sponsors a whole cohort, may be easier to sustain but narrow the curriculum to the needs of one firm (Ferreira, 2017). Quality indicators for partnerships remain rare: the college we studied counted agreements signed, not apprentices completing (Okonkwo, 2015). Where apprentice wages are fixed in the contract, disputes over duties become less frequent (Sato, 2018).
H1: 6. Conclusion
Mutual benefit does not appear by itself. It has to be designed, recorded and reviewed. The automotive partnership did these three things; the other two did not. Further research should test whether the pattern holds in larger samples and in other sectors.
RH: References
R: {baptiste2017} Baptiste, H. (2017). Interns or cheap labour? Student placements in manufacturing. Work, Employment and Learning, 31(6), 1020–1036.
R: {P3} Department for Skills and Vocational Learning. (2019). Guidelines on work-based learning in vocational and higher education institutions (Circular No. 2019/4).
R: {ferreira2017} Ferreira, D. (2017). “Order classes” and the limits of customised training. Comparative Review of Skills Policy, 9(4), 301–318.
R: {hartley2016} Hartley, S., & Moreno, L. (2016). Employer engagement in vocational education: Costs, benefits and the apprenticeship bargain. Journal of Vocational Education Policy, 12(3), 211–229. https://doi.org/10.5555/jvep.2016.0123
R: {lindqvist2015} Lindqvist, P. (2015). Work-based learning and the dual system. Fenwick Press.
R: {nakamura2014} Nakamura, R. (2014). Boundary crossing between school and workplace. Learning and Work Quarterly, 22(1), 5–24.
R: {okonkwo2015} Okonkwo, T. (2015). Measuring the quality of school–enterprise partnerships. Quality in Technical Education, 3(1), 12–27.
R: {osei2017} Osei, K., Brandt, M., & Fischer, A. (2017). Dual-qualified teachers and the practice gap in higher vocational colleges. International Journal of Vocational Teacher Studies, 15(2), 98–114.
R: {rahman2019} Rahman, F., & Ellis, J. (2019). Governing partnerships through joint boards. Journal of Education Governance, 5(3), 201–219.
R: {sato2018} Sato, K. (2018). Apprentice contracts and the question of wages. Labour and Learning, 14(2), 88–101.
R: {weber2017} Weber, C., & Lin, F. (2017). Cost–benefit analysis of in-company training: Evidence from three regions. Training Economics Review, 10(2), 145–167.
R: {wu2019} Wu, Y., & Tan, H. (2019). Modern apprenticeship pilots in China: An evaluation of the first two cohorts. Asia Pacific Journal of Education and Work, 7(1), 45–63. https://doi.org/10.5555/apjew.2019.0045
`),
};
