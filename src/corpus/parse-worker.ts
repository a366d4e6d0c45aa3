import {parentPort} from 'node:worker_threads'
import {runParseJob, type ParseJob} from './digest.js'

// One worker of the parse pool: takes jobs, answers outcomes, keeps nothing between jobs.
parentPort?.on('message', (message: {id: number; job: ParseJob}) => {
  void runParseJob(message.job).then((outcome) => parentPort?.postMessage({id: message.id, outcome}))
})
