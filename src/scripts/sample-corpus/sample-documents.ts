import { brennanZhou2024 } from './brennan-zhou-2024.js';
import { chenHollis2018 } from './chen-hollis-2018.js';
import { jiangchuanPlan2021 } from './jiangchuan-plan-2021.js';
import { liuHe2022 } from './liu-he-2022.js';
import { nanzhouNotice2023 } from './nanzhou-notice-2023.js';
import { okaforMa2020 } from './okafor-ma-2020.js';
import { opinions2017 } from './opinions-2017.js';
import type { SampleDocument } from './sample-document.js';
import { sunXuGao2023 } from './sun-xu-gao-2023.js';
import { wangChen2019 } from './wang-chen-2019.js';
import { workBasedLearning2019 } from './work-based-learning-2019.js';

/** Every document of the sample corpus, in path order. */
export const SAMPLE_DOCUMENTS: readonly SampleDocument[] = [
  nanzhouNotice2023,
  chenHollis2018,
  wangChen2019,
  okaforMa2020,
  liuHe2022,
  sunXuGao2023,
  brennanZhou2024,
  opinions2017,
  workBasedLearning2019,
  jiangchuanPlan2021,
].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** Keys used in reference entries for works that are themselves corpus documents. */
export const CORPUS_KEYS: Readonly<Record<string, string>> = {
  P1: opinions2017.path,
  P2: jiangchuanPlan2021.path,
  P3: workBasedLearning2019.path,
  A1: chenHollis2018.path,
  A2: okaforMa2020.path,
  C1: wangChen2019.path,
};

/** For each cited work (reference key), the corpus documents that cite it, in path order. */
export function citingDocuments(docs: readonly SampleDocument[] = SAMPLE_DOCUMENTS): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const doc of docs) {
    for (const b of doc.blocks) {
      if (b.type !== 'ref' || b.key === undefined) continue;
      const list = map.get(b.key) ?? [];
      if (!list.includes(doc.path)) list.push(doc.path);
      map.set(b.key, list);
    }
  }
  return new Map([...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
