// Preloaded (node --require) into a command a bench times: at exit, writes the process's CPU time
// (user + system, every thread: the main one, workers, SQLite's and V8's) as JSON to descriptor 3.
// Workers inherit the preload: only the main thread reports, at the process's end.
if (require('node:worker_threads').isMainThread)
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    try {
      require('node:fs').writeSync(3, JSON.stringify({user, system}))
    } catch {
      // Not run by a bench: nothing to report to.
    }
  })
