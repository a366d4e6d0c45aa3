import {parentPort, workerData} from 'node:worker_threads'
import {checkIndexDocuments} from './fresh.js'

// Checks every file of one index against the disk (see checkIndexFiles) and answers once.
try {
  parentPort?.postMessage(checkIndexDocuments(workerData as string))
} catch {
  parentPort?.postMessage(undefined)
}
