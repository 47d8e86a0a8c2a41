import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import type { Codebook } from './codebook.js';
import { loadCodebook } from './load-codebook.js';

/** Where the default codebook lives: next to this module (the build copies it into dist/taxonomy/). */
export const DEFAULT_TAXONOMY_PATH: string = fileURLToPath(new URL('./default-taxonomy.yaml', import.meta.url));

let cached: Codebook | undefined;

/**
 * The default codebook of domain.md (23 categories), read once. Throws ConfigError
 * `taxonomy-default-missing` when the file is not next to the module (a build without its copy step).
 */
export function loadDefaultCodebook(): Codebook {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(DEFAULT_TAXONOMY_PATH, 'utf8');
  } catch {
    throw new ConfigError(
      'taxonomy-default-missing',
      `The default taxonomy ${DEFAULT_TAXONOMY_PATH} is missing: the build must copy src/taxonomy/default-taxonomy.yaml next to the compiled module.`,
    );
  }
  const { codebook, messages } = loadCodebook(text, 'default-taxonomy.yaml');
  const errors = messages.filter((m) => m.severity === 'error');
  if (!codebook || errors.length > 0) {
    throw new ConfigError('taxonomy-default-invalid', `The default taxonomy is invalid: ${errors.map((m) => m.reason).join('; ')}`);
  }
  cached = codebook;
  return codebook;
}
