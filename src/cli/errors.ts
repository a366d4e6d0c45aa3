/** A problem with what the user gave us: a file, an option. Exit code 2, one sentence, no stack. */
export class TroubleError extends Error {
  override name = 'TroubleError'
}

/** Exit codes shared by every command, as GNU diff and ESLint use them. */
export const exitCode = {
  /** Same / clean. */
  ok: 0,
  /** Differences, findings or lint errors. */
  found: 1,
  /** Trouble: bad input, bad usage, internal error. */
  trouble: 2,
} as const
