/**
 * Words that end (Chinese) or appear in (English) the name of an organisation: ministries, councils,
 * offices, governments, international bodies.
 */
const ORG_WORDS =
  /(?:部|厅|院|委员会|委|局|府|署|办公室|中心|协会|学会|小组|工作组|编写组|课题组|研究会|联合会|集团|公司|大学|学院|银行|组织|政府|国务院|人大|常委会|领导小组|中央)$|\b(?:ministry|council|office|department|commission|organi[sz]ation|bank|association|government|bureau|agency|institute|university|committee|board|authority|foundation|forum|unesco|oecd|unicef|who|world|national|federal|state|centre|center|group|society|union|league|service)\b/i;

/** True when `name` reads as an organisation (教育部, 国务院办公厅, Ministry of Education, OECD). */
export function isOrganisationName(name: string): boolean {
  return ORG_WORDS.test(name.trim());
}
