/** Exit codes of every command, documented in docs/exit-codes.md. */
export const EXIT = Object.freeze({
  /** Done; warnings allowed. */
  ok: 0,
  /** Done, but some documents (or inputs) failed: see problems.csv. */
  someFailed: 1,
  /** Could not run: wrong use, missing or unreadable input folder, no readable document, output not writable, crash. */
  cannotRun: 2,
});
