import type {VFile} from 'vfile'
import {flatten} from '../messages.js'

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per
 * message, so findings show as annotations on the pull request.
 */
export function formatGithub(files: readonly VFile[]): string {
  let text = ''
  for (const file of files) {
    for (const message of file.messages.map(flatten)) {
      const command = message.severity === 'error' ? 'error' : 'warning'
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${message.line}`,
        `endLine=${message.endLine}`,
        `col=${message.column}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(`resdiff ${message.ruleId}`)}`,
      ].join(',')
      text += `::${command} ${properties}::${escapeData(`${message.message} (${message.ruleId})`)}\n`
    }
  }
  return text
}

// The escaping of @actions/core: data may not hold `%`, CR or LF; properties also not `:` or `,`.
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
