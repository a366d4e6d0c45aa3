import {parentPort, workerData} from 'node:worker_threads'
import {checkIndexDocuments, type LeftOut} from './fresh.js'

// Checks every file and folder of one index against the disk (see checkIndexFiles) and answers once.
const {file, leftOut} = workerData as {file: string; leftOut: LeftOut}
checkIndexDocuments(file, leftOut).then(
  (stale) => parentPort?.postMessage(stale),
  () => parentPort?.postMessage(undefined),
)
