import type {TraceReport} from './report.js'

export function renderTraceJson(report: TraceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
