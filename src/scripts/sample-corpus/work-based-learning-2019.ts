import { parseBlocks, type SampleDocument } from './sample-document.js';

/** English ministry guideline, 2019, Word file, Parts and numbered Articles. */
export const workBasedLearning2019: SampleDocument = {
  path: 'policy/2019-work-based-learning-guidelines.docx',
  format: 'docx',
  kind: 'policy',
  language: 'en',
  year: 2019,
  title: 'Guidelines on Work-Based Learning in Vocational and Higher Education Institutions',
  authors: ['Department for Skills and Vocational Learning'],
  source: 'Department for Skills and Vocational Learning, Circular No. 2019/4',
  description:
    'English ministry guideline (fictional department) with Parts, numbered Articles and numbered paragraphs; Word file with heading styles and core properties. Cited by title in one corpus paper.',
  blocks: parseBlocks(`
T: Guidelines on Work-Based Learning in Vocational and Higher Education Institutions
M: Department for Skills and Vocational Learning
M: Circular No. 2019/4
M: Issued 12 March 2019
H1: Part I General Provisions
H2: Article 1 Purpose
These Guidelines set out how vocational colleges, universities of applied sciences and employers should plan, deliver and assure the quality of work-based learning. They aim to make placements and apprenticeships a planned part of each programme rather than an addition left to individual goodwill.
H2: Article 2 Definitions
In these Guidelines: (a) “work-based learning” means learning that takes place through participation in productive work under the supervision of an employer and is assessed as part of a programme of study; (b) “host employer” means an enterprise or public body that accepts learners for work-based learning; (c) “workplace mentor” means an employee of the host employer who is responsible for guiding and assessing a learner.
H2: Article 3 Scope
These Guidelines apply to all publicly funded vocational colleges and universities of applied sciences and to every employer that hosts their learners.
H1: Part II Partnership Agreements and Governance
H2: Article 4 Written agreements
1. Every placement shall rest on a written agreement between the institution, the host employer and the learner.
2. The agreement shall state the learning outcomes, the duration and schedule, the name of the workplace mentor, the insurance cover and any allowance paid to the learner.
3. Agreements that state no learning outcomes shall not be counted as partnerships in institutional performance reports.
H2: Article 5 Joint governance
1. An institution with more than 200 learners in work-based learning in a year shall establish a partnership board on which host employers hold at least one third of the seats.
2. The board shall review placements each term, approve changes to programmes that affect work-based learning and publish a short annual account of its work.
H1: Part III Programmes and Staff
H2: Article 6 Alignment with occupational standards
Institutions shall review each programme with employers at least once every three years against the current occupational standards of the sector, and shall record what was changed and why.
H2: Article 7 Apprenticeship pathways
Institutions are encouraged to offer apprenticeship pathways in which learners are employed under contract and alternate between the institution and the workplace. The employer and the institution shall agree a joint training plan before the contract is signed.
H2: Article 8 Teaching staff and workplace mentors
1. Teachers of vocational subjects shall spend no fewer than 20 working days in industry in every period of two years.
2. Institutions may appoint experienced practitioners as adjunct instructors and shall offer workplace mentors a short preparation course.
H1: Part IV Protection of Learners
H2: Article 9 Purpose of placements
Learners on placement are not a substitute for regular employees. A host employer shall not assign a learner to tasks unrelated to the agreed learning outcomes or use learners to cover staff shortages.
H2: Article 10 Working time and safety
Learners under the age of 18 shall not work at night. Host employers shall provide learners with the same health and safety training and protective equipment as regular employees.
H1: Part V Support and Quality Assurance
H2: Article 11 Employer support
1. Host employers of apprentices may claim a training grant for each apprentice who completes the first year of the programme.
2. Small and medium-sized enterprises may claim the grant through a regional training association.
H2: Article 12 Shared training centres
Regional authorities may co-fund training centres shared by institutions and employers, provided that each partner contributes equipment, staff or funds.
H2: Article 13 Quality assurance
1. The Department will publish a quality framework for work-based learning.
2. Institutions shall report each year on the number of learners placed, completion rates and the satisfaction of employers and learners.
3. The work-based learning arrangements of each institution shall be reviewed externally at least once every five years.
H2: Article 14 Records
Institutions shall keep placement records in the national work-based learning register, so that placements can be traced and evaluated.
H1: Part VI Final Provisions
H2: Article 15 Entry into force
These Guidelines take effect on 1 September 2019. Agreements concluded before that date shall be brought into line with them by 31 August 2020.
`),
};
