import { formatPlace } from '../core/place.js';
import { compareMessages, type Message } from '../core/message.js';
import type { Table } from './csv.js';

/** output/problems.csv: every message of the run, sorted by path and place. */
export function problemsTable(messages: readonly Message[]): Table {
  return {
    header: ['path', 'place', 'severity', 'stage', 'rule', 'message', 'note'],
    rows: [...messages]
      .sort(compareMessages)
      .map((m) => [m.path, formatPlace(m.place), m.severity, m.stage, m.rule, m.reason, m.note ?? '']),
  };
}
