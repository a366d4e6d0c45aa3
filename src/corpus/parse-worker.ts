import {parentPort} from 'node:worker_threads'
import {runParseJob, type ParseJob} from './digest.js'

// One worker of the parse pool: takes jobs, answers outcomes, keeps nothing between jobs.
parentPort?.on('message', (message: {id: number; job: ParseJob}) => {
  parentPort?.postMessage({id: message.id, outcome: runParseJob(message.job)})
})
