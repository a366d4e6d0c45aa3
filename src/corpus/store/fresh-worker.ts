import {parentPort, workerData} from 'node:worker_threads'
import {checkIndexDocuments} from './fresh.js'

// Checks every file and folder of one index against the disk (see checkIndexFiles) and answers once.
checkIndexDocuments(workerData as string).then(
  (stale) => parentPort?.postMessage(stale),
  () => parentPort?.postMessage(undefined),
)
