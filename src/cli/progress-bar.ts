import type { ProgressFn } from '../pipeline/options.js';
import type { CliIo } from './io.js';

/**
 * A progress bar on stderr when it is a terminal (redrawn at most ten times a second), nothing
 * otherwise: logs and CI output stay clean.
 */
export function progressBar(io: CliIo, enabled: boolean): { update: ProgressFn; end: () => void } {
  if (!enabled || !io.isTTY) return { update: () => {}, end: () => {} };
  let last = 0;
  let drawn = false;
  const update: ProgressFn = (stage, done, total, item) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const name = item ? ` ${item.length > 40 ? `…${item.slice(-39)}` : item}` : '';
    io.stderr(`\r\x1b[2K${stage} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${pct}%${name}`);
    drawn = true;
  };
  return {
    update,
    end: () => {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
