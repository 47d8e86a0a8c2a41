// Fuzz tests of codebook (taxonomy) files: the YAML/JSON loader and validator, the run's loading of a
// codebook file, and the coder built from whatever the loader accepts (patterns included).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import type { Rng } from '../../src/graphs/rng.js';
import { loadRunCodebook } from '../../src/pipeline/stage-taxonomy.js';
import { createCoder } from '../../src/taxonomy/create-coder.js';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';
import { between, fuzzSettings, mutate, pick, randomText, runFuzz } from '../../src/testing/fuzz.js';
import { checkMessage } from './check-reader.js';
import { MAX_MS } from './export-fuzz.js';
import { expectCases } from './fuzz-log.js';
import { tempDir } from '../helpers/cli.js';

const settings = fuzzSettings();
const PATH = 'my-codebook.yaml';

/** A codebook using every feature the loader reads, written for these tests. */
const CODEBOOK = `# A small codebook for the fuzz tests
name: Fuzz codebook
version: 2
description: Every feature once.
dimensions:
  - id: policy
    label: { en: Policy transmission, zh: 政策传导 }
  - mechanism
  - id: operation
    label: Operational effectiveness
cues:
  problem: { en: [shortfall, lack of], zh: [短板, 不足] }
  strategy: { en: [roll out, should], zh: [着力, 加强] }
categories:
  - id: problem.resources
    facet: problem
    dimension: operation
    label: { en: Insufficient resources, zh: 资源不足 }
    description: >-
      Training bases, equipment or funds are lacking.
    include:
      en: [training base, equipment, { term: funding, weight: 0.5 }]
      zh: [实训基地, 设备, 经费]
    patterns:
      - '重[^，。]{0,6}轻'
      - { pattern: '(?:\\w+ ){0,3}shortage', weight: 2 }
    exclude:
      en: [equipment manufacturer]
    examples:
      en: [The college lacks training bases.]
      zh: [学校实训基地不足。]
  - id: strategy.cooperation
    facet: strategy
    dimension: mechanism
    label: School-enterprise cooperation
    include: [school-enterprise cooperation, 校企合作, { term: apprenticeship, weight: 2 }]
  - id: problem.policy
    dimension: policy
    include:
      zh: [配套政策, 实施细则]
`;

/** The same codebook as JSON (YAML reads JSON too). */
const CODEBOOK_JSON = JSON.stringify(
  {
    name: 'Fuzz codebook (JSON)',
    categories: [
      { id: 'problem.resources', facet: 'problem', dimension: 'operation', include: { en: ['training base'], zh: ['实训基地'] }, patterns: ['重[^，。]{0,6}轻'] },
      { id: 'strategy.cooperation', facet: 'strategy', dimension: 'mechanism', include: ['school-enterprise cooperation', { term: '校企合作', weight: 2 }] },
    ],
  },
  null,
  2,
);

const YAML_TOKENS = ['\n', '\n  ', '\n    - ', ': ', '- ', '{', '}', '[', ']', ',', '"', "'", '#', '&a', '*a', '<<: *a', '!!str', '|', '>-', '---', '...', '? ', 'id: x', 'facet: problem', 'dimension: policy', 'include:', 'patterns:', 'weight: 11', '\t'];
const PATTERN_TOKENS = ['(', ')', '(?:', '+', '*', '?', '{0,6}', '{2,}', '{1,99}', '[^，。]', '.', '\\w', '\\s', '\\S', '|', 'a', '中', '\\1', '[a-z]', '^', '$', '\\p{L}', '(?<n>', '\\k<n>', '[', '\\'];

/** A codebook with one pattern made of random regular-expression pieces. */
function withRandomPattern(rng: Rng): string {
  let pattern = '';
  for (let k = between(rng, 1, 14); k > 0; k--) pattern += pick(rng, PATTERN_TOKENS);
  return CODEBOOK.replace("'重[^，。]{0,6}轻'", JSON.stringify(pattern));
}

/**
 * Passages that make a careless pattern take exponential or cubic time. 400 characters: a pattern the
 * loader accepts (at worst quadratic) codes them in a few ms; a cubic one takes about a second.
 */
const HARD_TEXTS = ['a'.repeat(400), `${'a '.repeat(200)}!`, '中'.repeat(400), `${'重'.repeat(200)}轻`, `${'ab'.repeat(200)}c`, 'The college lacks training bases and equipment; 学校实训基地不足，重理论轻实践。'];
/** The patterns of CODEBOOK and CODEBOOK_JSON. */
const SEED_PATTERNS = new Set(['重[^，。]{0,6}轻', '(?:\\w+ ){0,3}shortage']);
/** Longest the coder may take on one of them. */
const MAX_CODING_MS = 300;

/**
 * Loads a codebook text and checks the messages; codes the hard texts with what it accepts (every
 * twentieth case with the classifier, whose training takes about 100 ms, the others without).
 */
function checkCodebook(text: string, n: number): void {
  const loaded = loadCodebook(text, PATH);
  for (const m of loaded.messages) {
    checkMessage(m, PATH, new Set());
    if (m.stage !== 'taxonomy') throw new Error(`message ${m.rule} has stage ${m.stage}`);
    if (!m.place?.line) throw new Error(`message ${m.rule} has no line`);
  }
  const errors = loaded.messages.filter((m) => m.severity === 'error');
  if (loaded.codebook && errors.length > 0) throw new Error('a codebook with errors was returned as usable');
  if (!loaded.codebook && errors.length === 0) throw new Error('the codebook was refused without an error message');
  if (!loaded.codebook) return;
  // Building a coder takes tens of ms: build it for every codebook with a pattern of its own, else for every fourth.
  const ownPattern = loaded.codebook.categories.some((c) => c.patterns.some((p) => !SEED_PATTERNS.has(p.source)));
  if (!ownPattern && n % 4 !== 0) return;
  const coder = createCoder(loaded.codebook, { classifierWeight: n % 20 === 0 ? 3 : 0 });
  for (const passage of HARD_TEXTS) {
    const t0 = performance.now();
    const codes = coder.code(passage, 'mixed');
    if (!Array.isArray(codes)) throw new Error('the coder did not return a list');
    const ms = performance.now() - t0;
    if (ms > MAX_CODING_MS) throw new Error(`coding a passage of ${passage.length} characters took ${Math.round(ms)} ms`);
  }
}

describe('fuzz: codebook files', () => {
  it('loadCodebook: mutated YAML and JSON codebooks never throw; every message has a line; what loads can code in time', async () => {
    const report = await runFuzz({
      name: 'loadCodebook mutated',
      seed: 14_001,
      cases: settings.cases(400),
      maxMs: MAX_MS,
      make: (rng) => new TextDecoder().decode(mutate(rng() < 0.75 ? CODEBOOK : CODEBOOK_JSON, rng, { maxRounds: 3, maxHuge: 15_000, lineShare: 0.6 }).bytes),
      check: checkCodebook,
      describe: (t) => `${t.length} characters`,
    });
    expectCases(report);
  });

  it('loadCodebook: random YAML, and random patterns, are refused or coded in time', async () => {
    const report = await runFuzz({
      name: 'loadCodebook random',
      seed: 14_002,
      cases: settings.cases(300),
      maxMs: MAX_MS,
      make: (rng) => (rng() < 0.4 ? randomText(rng, between(rng, 0, 3000), YAML_TOKENS) : withRandomPattern(rng)),
      check: checkCodebook,
      describe: (t) => `${t.length} characters`,
    });
    expectCases(report);
  });

  it('loadRunCodebook: a damaged codebook file stops the run with a ConfigError naming the file and its lines, or loads', async () => {
    const dir = tempDir('corpus-lens-fuzz-codebook-');
    const file = join(dir, PATH);
    const report = await runFuzz({
      name: 'loadRunCodebook',
      seed: 14_003,
      cases: settings.cases(150),
      maxMs: MAX_MS,
      make: (rng) => mutate(CODEBOOK, rng, { maxRounds: 2, maxHuge: 10_000, lineShare: 0.6 }).bytes,
      check: async (bytes) => {
        writeFileSync(file, bytes);
        try {
          const { messages } = await loadRunCodebook(file);
          for (const m of messages) checkMessage(m, file, new Set());
        } catch (err) {
          if (!(err instanceof ConfigError) || err.code !== 'taxonomy-invalid') throw err;
          if (!err.message.includes(`${file}:`)) throw new Error(`the error names no line: ${err.message.slice(0, 200)}`);
        }
      },
      describe: (b) => `${b.length} bytes`,
    });
    expectCases(report);
  });
});
