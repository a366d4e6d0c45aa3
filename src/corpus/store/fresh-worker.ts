import {parentPort, workerData} from 'node:worker_threads'
import {checkIndexDocuments, type LeftOut} from './fresh.js'
import {untilRead} from './read-ahead-gate.js'

/** The longest the check waits for postings read ahead (a reader that stalls). */
const gateMs = 10_000

// Checks every file and folder of one index against the disk (see checkIndexFiles) and answers once.
const {file, leftOut, gate} = workerData as {file: string; leftOut: LeftOut; gate?: Int32Array}
// Not while a trace's postings are read ahead on the core this worker would share (read-ahead-gate.ts).
if (gate) untilRead(gate, gateMs)
checkIndexDocuments(file, leftOut).then(
  (stale) => parentPort?.postMessage(stale),
  () => parentPort?.postMessage(undefined),
)
