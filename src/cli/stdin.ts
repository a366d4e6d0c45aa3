import {TroubleError} from './errors.js'

// Standard input as an input of the CLI: its name, and the rule that it is read once per run.
// Kept apart from files.ts (which loads the readers and the parser) so that program.ts, which
// resets it at the start of every run, stays light.

/** `-` names standard input, as in most Unix tools. */
export const stdinArgument = '-'

/** The name an input goes by in messages and reports: `<stdin>` for `-`, else the path as given. */
export function inputName(file: string): string {
  return file === stdinArgument ? '<stdin>' : file
}

let stdinRead = false

/** Start of a run: standard input has not been read yet (the CLI may run several times in one process). */
export function resetInputs(): void {
  stdinRead = false
}

/** Take standard input for this run; a second taker is told it was read already. */
export function claimStdin(): void {
  if (stdinRead) throw new TroubleError('<stdin>: standard input can be read only once; give "-" for one input only')
  stdinRead = true
}
