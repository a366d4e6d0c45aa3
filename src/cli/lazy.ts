/**
 * A command's action that loads its implementation only when the command runs: declaring a
 * command (its arguments, options and help) then costs nothing, so `resdiff --help`, which
 * declares them all, loads none of the parser, the aligner or the corpus code.
 */
export function lazyAction<Args extends unknown[]>(
  load: () => Promise<(...args: Args) => Promise<void> | void>,
): (...args: Args) => Promise<void> {
  return async (...args) => {
    await (
      await load()
    )(...args)
  }
}
