import { parseBlocks, type SampleDocument } from './sample-document.js';

/** English review paper, 2024, Markdown with YAML front matter; author-year references; cites two corpus papers. */
export const brennanZhou2024: SampleDocument = {
  path: 'papers/2024-brennan-zhou-digital-platforms-review.md',
  format: 'md',
  kind: 'paper',
  language: 'en',
  year: 2024,
  title: 'Digital Platforms and Industrial Colleges: A Review of Industry–Education Integration Strategies, 2015–2023',
  authors: ['Lucas Brennan', 'Yiting Zhou'],
  source: 'Journal of Vocational and Higher Education Reform, 2024, 9(1)',
  firstPage: 1,
  description:
    'English literature review of problems and strategies; Markdown with YAML front matter, references in the "Zhang J, 2022, Title. Journal, 22(02): 82–85." style; cites two other corpus papers (one by DOI).',
  blocks: parseBlocks(`
T: Digital Platforms and Industrial Colleges: A Review of Industry–Education Integration Strategies, 2015–2023
M: Lucas Brennan¹, Yiting Zhou²
M: ¹ Faculty of Education, Harbourview University; ² School of Public Administration, Nanzhou Normal University
M: Journal of Vocational and Higher Education Reform, 2024, 9(1): 1–14
**Abstract:** Research on industry–education integration has grown quickly since the Chinese national opinions of 2017, and English-language studies of apprenticeship and work-based learning address many of the same questions. This review reads 58 English and Chinese articles published between 2015 and 2023 and maps the problems they name and the strategies they propose. Enterprise motivation, curriculum mismatch and the shortage of dual-qualified teachers dominate the problem side throughout the period. On the strategy side, attention has shifted from order classes and co-built training bases towards industrial colleges and digital platforms. We argue that the newer strategies have not yet solved the older problems, and that quality monitoring remains the weakest link.
**Keywords:** industry–education integration; industrial college; digital platform; literature review; quality assurance
H1: 1 Introduction
Reviews of industry–education integration usually stay within one language. Chinese studies discuss policy implementation and institutional design, while English studies of apprenticeship discuss employer returns and the protection of learners (Hartley and Moreno, 2016; Weber and Lin, 2017). Reading both together shows how similar the diagnoses are. This review asks which problems and strategies the two literatures name, and how the balance between them changed from 2015 to 2023.
H1: 2 Method
We searched two databases for articles on school–enterprise cooperation, modern apprenticeship and industrial colleges, screened 214 records and retained 58 empirical or policy-analytic articles. Both authors coded each article for the problems it names and the strategies it proposes, and disagreements were resolved by discussion. The coding scheme followed three levels: policy transmission, mechanism building and operational effectiveness.
H1: 3 Problems Named in the Literature
Three problems appear in more than half of the articles. The first is weak enterprise motivation: firms bear the cost of training while the benefit is uncertain, and some treat interns as cheap labour (Chen and Hollis, 2018). The second is the disconnection between curricula and production, since programmes are revised slowly and the equipment in colleges lags behind industry. The third is the shortage of dual-qualified teachers who can both teach and solve practical problems (Osei et al., 2017).
Less frequent but persistent are complaints that policies lack implementation rules at the local level, that evaluation, salary and personnel systems discourage teachers from working with firms, and that no one measures what partnerships achieve. The last point is striking: only six of the 58 articles report any outcome indicator beyond the number of agreements signed.
H1: 4 Strategies
H2: 4.1 Industrial colleges
Industrial colleges, jointly governed by a university and one or more firms, are the most discussed strategy after 2020. Their promise lies in a board with real authority over programmes and budgets (Rahman and Ellis, 2019). Evidence on their outcomes is still thin.
H2: 4.2 Digital platforms
A second recent strategy is the digital platform: regional portals that match internship places and technical needs, dashboards that follow apprentices through their training, and virtual simulation centres that replace some expensive equipment (Kovacs, 2021; Amari, 2022). Platforms lower the cost of coordination, but several studies warn that a portal full of inactive accounts repeats the formality problem in digital form.
H2: 4.3 International cooperation
A small group of studies describes alliances with foreign institutions and firms, for example jointly run industrial colleges that follow the standards of both partners (Petrov and Haddad, 2023).
H1: 5 Discussion
Older strategies have not disappeared. Modern apprenticeship pilots continue, and their evaluations remain the most careful studies in the field (Wu and Tan, 2019; Okafor and Ma, 2020). Order classes are still common, although they are criticised for narrowing the curriculum (Ferreira, 2017). What the literature lacks is a shared set of quality indicators that would let researchers compare strategies with one another.
H1: 6 Conclusion
The vocabulary of industry–education integration has changed faster than its problems. Future studies should measure outcomes, report them openly and follow partnerships for longer than one cohort.
RH: References
R: {amari2022} Amari S, 2022, Virtual Simulation Training Centres and Their Use by Enterprises. Vocational Technology Today, 18(02): 82–85.
R: {A1} Chen M, Hollis R, 2018, Why Enterprises Stay Cold: School-Enterprise Cooperation in Higher Vocational Colleges and How to Warm It Up. Journal of Technical and Vocational Studies, 6(02): 41–52.
R: {ferreira2017} Ferreira D, 2017, “Order Classes” and the Limits of Customised Training. Comparative Review of Skills Policy, 9(04): 301–318.
R: {hartley2016} Hartley S, Moreno L, 2016, Employer Engagement in Vocational Education: Costs, Benefits and the Apprenticeship Bargain. Journal of Vocational Education Policy, 12(03): 211–229.
R: {kovacs2021} Kovacs E, 2021, Data Dashboards for Partnership Management in Polytechnics. Journal of Educational Technology Systems Research, 9(04): 310–326.
R: {A2} Okafor GA, Ma L, 2020, Modern Apprenticeship in Transition: Building Mechanisms for Mutual Benefit in School–Enterprise Partnerships. International Review of Work-Based Learning, 4(01): 18–34. https://doi.org/10.5555/irwbl.2020.0104
R: {osei2017} Osei K, Brandt M, Fischer A, 2017, Dual-Qualified Teachers and the Practice Gap in Higher Vocational Colleges. International Journal of Vocational Teacher Studies, 15(02): 98–114.
R: {petrov2023} Petrov A, Haddad N, 2023, International Alliances in Vocational Education: The Case of Sino-Foreign Industrial Colleges. Global Skills Review, 4(01): 12–29.
R: {rahman2019} Rahman F, Ellis J, 2019, Governing Partnerships Through Joint Boards. Journal of Education Governance, 5(03): 201–219.
R: {weber2017} Weber C, Lin F, 2017, Cost–Benefit Analysis of In-Company Training: Evidence from Three Regions. Training Economics Review, 10(02): 145–167.
R: {wu2019} Wu Y, Tan H, 2019, Modern Apprenticeship Pilots in China: An Evaluation of the First Two Cohorts. Asia Pacific Journal of Education and Work, 7(01): 45–63.
`),
};
