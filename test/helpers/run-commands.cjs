// Run several resdiff commands in one real Node process, through the binary's own entry (the
// bundle bin/resdiff.js loads), each command's exit code, stdout and stderr captured apart. A test
// about what only a real process has (its folder, time zone and locale) then pays for one Node
// start instead of one per command. Usage: node run-commands.cjs '[["parse","a.txt"],…]'
// Prints the results as JSON: [{status, stdout, stderr}, …].
const {existsSync} = require('node:fs')
const path = require('node:path')
const {pathToFileURL} = require('node:url')

const root = path.join(__dirname, '..', '..')
const bundled = path.join(root, 'dist/cli/bundle/resdiff.cjs')

async function main() {
  const {main: resdiff} = existsSync(bundled)
    ? require(path.join(root, 'bin/load-bundle.js')).loadBundle(bundled).exports
    : await import(pathToFileURL(path.join(root, 'dist/cli/program.js')).href)
  const write = {stdout: process.stdout.write, stderr: process.stderr.write}
  const results = []
  for (const args of JSON.parse(process.argv[2] ?? '[]')) {
    const captured = {stdout: '', stderr: ''}
    for (const name of ['stdout', 'stderr'])
      process[name].write = (chunk, encoding, callback) => {
        captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
        const done = typeof encoding === 'function' ? encoding : callback
        if (typeof done === 'function') queueMicrotask(done)
        return true
      }
    process.exitCode = undefined
    try {
      results.push({status: await resdiff(args), ...captured})
    } finally {
      process.stdout.write = write.stdout
      process.stderr.write = write.stderr
    }
  }
  process.exitCode = 0
  process.stdout.write(JSON.stringify(results))
}

main()
