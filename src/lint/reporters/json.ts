import type {VFile} from 'vfile'
import {countMessages, flatten, type FlatMessage} from '../messages.js'

/** The `resdiff/lint@1` document (see docs/lint.md and docs/schema/lint.schema.json). */
export interface LintReport {
  schema: 'resdiff/lint@1'
  files: Array<{file: string; resolution?: string; errors: number; warnings: number; messages: FlatMessage[]}>
  summary: {files: number; errors: number; warnings: number}
}

export function lintReport(files: readonly VFile[]): LintReport {
  const total = countMessages(files)
  return {
    schema: 'resdiff/lint@1',
    files: files.map((file) => {
      const counts = countMessages([file])
      const resolution = file.data['resolution']
      return {
        file: file.path,
        ...(typeof resolution === 'string' ? {resolution} : {}),
        ...counts,
        messages: file.messages.map(flatten),
      }
    }),
    summary: {files: files.length, ...total},
  }
}

export function formatJson(files: readonly VFile[]): string {
  return `${JSON.stringify(lintReport(files), null, 2)}\n`
}
