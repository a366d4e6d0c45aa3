/**
 * Whether the process that wrote a temporary file is still running: a report (src/cli/output.ts),
 * a cache entry (src/corpus/cache.ts) and an index (src/corpus/store/files.ts) are each written to
 * a temporary file named with its writer's pid and renamed, and a temporary whose writer is gone
 * was left by a killed run, so the next writer removes it. `EPERM` is a process of another user:
 * running.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
