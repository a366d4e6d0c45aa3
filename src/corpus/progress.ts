/** A progress bar for long corpus work. */
export interface Progress {
  /** Set how many of the total are done. */
  update(done: number): void
  /** Erase the bar. */
  finish(): void
}

const silent: Progress = {update() {}, finish() {}}

/**
 * A one-line bar on a terminal stream, redrawn at most ten times a second; nothing at all
 * when the stream is not a TTY, so logs and pipes stay clean.
 */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return silent
  const started = Date.now()
  let drawn = 0
  let shown = false
  const draw = (done: number): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 40))
    const share = Math.min(1, done / total)
    const filled = Math.round(share * width)
    const elapsed = (Date.now() - started) / 1000
    const eta = done > 0 ? Math.round((elapsed / done) * (total - done)) : 0
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(share * 100)}%${done > 0 && done < total ? ` ${eta}s left` : ''}`
    stream.write(`\r${line}\u001b[K`)
    shown = true
  }
  return {
    update(done) {
      const now = Date.now()
      if (done < total && now - drawn < 100) return
      drawn = now
      draw(done)
    },
    finish() {
      if (shown) stream.write('\r\u001b[K')
    },
  }
}
