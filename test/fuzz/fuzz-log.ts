// What every fuzz test does with the report of its loop (not a test file itself): checks that cases
// ran, and appends the report as a JSON line to the file FUZZ_LOG names (for the long campaign).
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FuzzReport } from '../../src/testing/fuzz.js';

/** Asserts that the loop ran cases; logs its report when FUZZ_LOG is set. */
export function expectCases(report: FuzzReport): void {
  expect(report.cases).toBeGreaterThan(0);
  const log = process.env.FUZZ_LOG;
  if (log) {
    const { name, seed, cases, slowestCase } = report;
    appendFileSync(log, `${JSON.stringify({ name, seed, cases, totalMs: Math.round(report.totalMs), slowestMs: Math.round(report.slowestMs), slowestCase })}\n`);
  }
}
