// One open + trace of a draft in a new process, as the command line's first trace is: `node
// bench/trace-once.js INDEX DRAFT on|off` prints, as JSON, the wall time, the main thread's CPU
// (Linux: /proc) and the process's CPU (every thread), with postings read ahead on a worker or
// not (TraceOptions.prefetch), under the command's own filter (the draft's date and session).
// Not run by `npm run bench` (no .bench.js): an A/B runs it several times, alternating.
import {readFileSync} from 'node:fs'
import {CorpusIndex, traceResolution} from '../dist/corpus/index.js'
import {parseResolution} from '../dist/parse/index.js'

const [index, draftFile, prefetch] = process.argv.slice(2)
if (!index || !draftFile || !['on', 'off'].includes(prefetch ?? '')) {
  process.stderr.write('usage: node bench/trace-once.js INDEX DRAFT on|off\n')
  process.exit(2)
}
/** CPU of this thread in ms (0 where /proc is missing). */
function mainMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}
const draft = parseResolution(readFileSync(draftFile, 'utf8'))
const {meta} = draft
const options = {prefetch: prefetch === 'on'}
const before = meta.adoptionDate ?? meta.date
if (before !== undefined) options.before = before
if (meta.body !== undefined && meta.session !== undefined) options.session = {body: meta.body, session: meta.session}
const main = mainMs()
const usage = process.cpuUsage()
const started = performance.now()
const opened = CorpusIndex.open(index)
const traced = traceResolution(opened, draft, options)
const readAhead = opened.readAhead
opened.close()
const spent = process.cpuUsage(usage)
console.log(
  JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    mainMs: mainMs() - main,
    cpuMs: Math.round((spent.user + spent.system) / 1000),
    readAhead,
    paragraphs: traced.length,
  }),
)
