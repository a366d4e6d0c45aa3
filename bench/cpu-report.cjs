// Preloaded (node --require) into a command a bench times: at exit, writes the process's CPU time
// (user + system, every thread: the main one, workers, SQLite's and V8's) as JSON to descriptor 3,
// and, on Linux, the main thread's own (from /proc/self/task/PID/stat: what the command's wall
// time comes down to when every other thread has a core of its own).
// Workers inherit the preload: only the main thread reports, at the process's end.
const {isMainThread} = require('node:worker_threads')

function mainThreadMs() {
  try {
    const stat = require('node:fs').readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces, in parentheses): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / 100
  } catch {
    return undefined
  }
}

if (isMainThread)
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    try {
      require('node:fs').writeSync(3, JSON.stringify({user, system, mainMs: mainThreadMs()}))
    } catch {
      // Not run by a bench: nothing to report to.
    }
  })
