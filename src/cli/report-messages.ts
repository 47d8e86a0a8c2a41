import { formatPlace } from '../core/place.js';
import { compareMessages, type Message } from '../core/message.js';
import type { CliIo } from './io.js';

/** Prints problems on stderr: `path (place)  severity  reason  stage:rule`, or JSON lines with --json. */
export function reportMessages(io: CliIo, messages: readonly Message[], opts: { json: boolean; quiet: boolean; limit?: number }): void {
  const shown = [...messages].sort(compareMessages).filter((m) => !opts.quiet || m.severity === 'error');
  const limit = opts.json ? shown.length : (opts.limit ?? 50);
  for (const m of shown.slice(0, limit)) {
    if (opts.json) {
      io.stderr(`${JSON.stringify({ type: 'problem', ...m })}\n`);
    } else {
      const place = formatPlace(m.place);
      io.stderr(`${m.path || '(corpus)'}${place ? ` (${place})` : ''}  ${m.severity}  ${m.reason}  ${m.stage}:${m.rule}\n`);
    }
  }
  if (shown.length > limit) io.stderr(`… and ${shown.length - limit} more: see problems.csv\n`);
}
